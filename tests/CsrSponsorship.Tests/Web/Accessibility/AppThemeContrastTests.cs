using CsrSponsorship.Web.Components.Layout;
using MudBlazor;
using MudBlazor.Utilities;

namespace CsrSponsorship.Tests.Web.Accessibility;

// WCAG 1.4.3: text needs 4.5:1 against what it stands on. Measured on the theme itself, so a colour changed later
// is caught here rather than on every page.
public sealed class AppThemeContrastTests
{
    private static readonly Palette Palette = AppTheme.Theme.PaletteLight;

    public static TheoryData<string> TextColours() =>
        ["Primary", "Secondary", "Tertiary", "Info", "Success", "Warning", "Error", "Dark"];

    [Theory]
    [MemberData(nameof(TextColours))]
    public void White_text_on_a_filled_chip_or_button_reaches_4_5_to_1(string colour)
    {
        var background = Colour(colour);
        var text = Colour(colour + "ContrastText");

        AssertAtLeast(4.5, text, background, $"{colour}ContrastText on {colour}");
    }

    [Theory]
    [MemberData(nameof(TextColours))]
    public void The_colour_as_text_link_or_outlined_button_reaches_4_5_to_1_on_the_page_and_on_cards(string colour)
    {
        AssertAtLeast(4.5, Colour(colour), Palette.Background, $"{colour} on Background");
        AssertAtLeast(4.5, Colour(colour), Palette.Surface, $"{colour} on Surface");
    }

    [Theory]
    [InlineData("TextPrimary")]
    [InlineData("TextSecondary")]
    [InlineData("DrawerText")]
    public void Body_text_reaches_4_5_to_1_on_the_page_and_on_cards(string colour)
    {
        AssertAtLeast(4.5, Colour(colour), Palette.Background, $"{colour} on Background");
        AssertAtLeast(4.5, Colour(colour), Palette.Surface, $"{colour} on Surface");
        AssertAtLeast(4.5, Colour(colour), Palette.DrawerBackground, $"{colour} on DrawerBackground");
    }

    [Fact]
    public void The_app_bar_title_reaches_4_5_to_1()
    {
        AssertAtLeast(4.5, Palette.AppbarText, Palette.AppbarBackground, "AppbarText on AppbarBackground");
    }

    [Fact]
    public void The_measure_matches_the_WCAG_reference_values()
    {
        Assert.Equal(21.0, ContrastRatio(new MudColor("#000000"), new MudColor("#ffffff")), 2);
        // MudBlazor's default success green with white text, 2.24:1 (axe reports 2.23).
        Assert.Equal(2.24, ContrastRatio(new MudColor("#ffffff"), new MudColor("#00c853")), 2);
    }

    private static MudColor Colour(string property) =>
        (MudColor)(typeof(Palette).GetProperty(property)?.GetValue(Palette)
            ?? throw new InvalidOperationException($"Palette has no {property}."));

    private static void AssertAtLeast(double minimum, MudColor text, MudColor background, string pair)
    {
        var ratio = ContrastRatio(Over(text, background), background);
        Assert.True(ratio >= minimum, $"{pair}: {text.Value} on {background.Value} is {ratio:0.00}:1, below {minimum}:1.");
    }

    // A translucent text colour is seen blended over its background.
    private static MudColor Over(MudColor colour, MudColor background)
    {
        var alpha = colour.A / 255.0;
        byte Mix(byte front, byte back) => (byte)Math.Round((front * alpha) + (back * (1 - alpha)));
        return new MudColor(Mix(colour.R, background.R), Mix(colour.G, background.G), Mix(colour.B, background.B), (byte)255);
    }

    private static double ContrastRatio(MudColor a, MudColor b)
    {
        var (lighter, darker) = (Luminance(a), Luminance(b)) is var (x, y) && x >= y ? (x, y) : (y, x);
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(MudColor colour)
    {
        static double Channel(byte value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(colour.R)) + (0.7152 * Channel(colour.G)) + (0.0722 * Channel(colour.B));
    }
}
