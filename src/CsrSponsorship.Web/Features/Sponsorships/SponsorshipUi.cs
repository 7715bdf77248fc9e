using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Sponsorships;
using MudBlazor;

namespace CsrSponsorship.Web.Features.Sponsorships;

internal static class SponsorshipUi
{
    public static Color StatusColor(SponsorshipStatus status) => status switch
    {
        SponsorshipStatus.Diajukan => Color.Info,
        SponsorshipStatus.Ditagih => Color.Warning,
        SponsorshipStatus.Aktif => Color.Success,
        SponsorshipStatus.Berakhir => Color.Default,
        SponsorshipStatus.Batal => Color.Dark,
        _ => Color.Default,
    };

    public static string Period(YearMonth start, YearMonth end) => Core.Documents.Pdf.DocumentText.Period(start, end);

    // The current month and the next twelve: a sponsorship never starts in the past.
    public static IReadOnlyList<YearMonth> StartMonths(TimeProvider clock)
    {
        var current = YearMonth.FromDate(Wita.Today(clock));
        return [.. Enumerable.Range(0, 13).Select(current.AddMonths)];
    }
}
