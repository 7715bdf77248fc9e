using System.Globalization;

namespace CsrSponsorship.Web.Components.Shared;

// MudDataGrid formats its pager ("1–25 dari 2.001") and cells with its own Culture parameter, which defaults to the
// invariant culture ("2,001"), not the request's. Every grid passes this one (decision 0171).
internal static class AppCulture
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
}
