using MudBlazor;

namespace CsrSponsorship.Web.Components.Layout;

internal static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0f5c8c",
            Secondary = "#2e7d32",
            AppbarBackground = "#0f5c8c",
            Background = "#f5f7fa",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Liberation Sans", "Arial", "Helvetica", "sans-serif"] },
        },
    };
}
