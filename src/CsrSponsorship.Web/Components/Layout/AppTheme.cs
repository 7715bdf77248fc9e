using MudBlazor;

namespace CsrSponsorship.Web.Components.Layout;

// The palette is set once here (decision 0170): every colour that carries text — as a filled chip or button with
// white text, or as text, links and outlined buttons on the page — reaches 4.5:1 (WCAG 1.4.3). MudBlazor's defaults
// (#00c853, #2196f3, #ff9800, ...) do not; AppThemeContrastTests measures every pair.
internal static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0f5c8c",
            Secondary = "#2e7d32",
            Tertiary = "#00695c",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#a84300",
            Error = "#c62828",
            Dark = "#424242",
            TextPrimary = "#212121",
            TextSecondary = "#616161",
            AppbarBackground = "#0f5c8c",
            AppbarText = "#ffffff",
            DrawerText = "#212121",
            DrawerIcon = "#616161",
            Background = "#f5f7fa",
            Surface = "#ffffff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Liberation Sans", "Arial", "Helvetica", "sans-serif"] },
        },
    };
}
