using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Tests.Documents.Pdf;

// The invoice's worker list printed "Ojek (Pangkalan/Onli" over "ne)": a word too long for its column must break
// where a reader expects it.
public sealed class TextWrapperTests
{
    private static readonly PdfFont Font = PdfFont.Regular;

    private static List<string> Lines(string text, string widthOf) =>
        [.. TextWrapper.Wrap([text], Font, 9, Font.Width(widthOf, 9), Font.Width(widthOf, 9)).Select(l => l.Text)];

    [Fact]
    public void A_word_too_long_for_the_column_breaks_after_its_slash()
    {
        var lines = Lines("Ojek (Pangkalan/Online)", "(Pangkalan/Onli");

        Assert.Equal(["Ojek", "(Pangkalan/", "Online)"], lines);
    }

    [Fact]
    public void Between_two_letters_the_break_gets_a_hyphen_and_nothing_is_lost()
    {
        var lines = Lines("Pembudidayaan", "Pembudi");

        Assert.All(lines.SkipLast(1), l => Assert.EndsWith("-", l, StringComparison.Ordinal));
        Assert.Equal("Pembudidayaan", string.Concat(lines.Select(l => l.TrimEnd('-'))));
        Assert.All(lines, l => Assert.True(Font.Width(l, 9) <= Font.Width("Pembudi", 9) + 0.01, l));
    }

    [Fact]
    public void A_number_breaks_bare_because_a_hyphen_would_change_it()
    {
        var lines = Lines("6301020603990001", "63010206");

        Assert.DoesNotContain(lines, l => l.Contains('-', StringComparison.Ordinal));
        Assert.Equal("6301020603990001", string.Concat(lines));
    }
}
