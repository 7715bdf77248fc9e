using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Tests.Documents.Pdf;

public sealed class PageGeometryTests
{
    [Fact]
    public void An_inch_is_72_points() => Assert.Equal(72, PdfUnits.FromCentimetres(2.54), 6);

    [Fact]
    public void A4_and_F4_have_their_paper_sizes_in_points()
    {
        Assert.Equal(595.28, PaperSize.A4.Width, 2);
        Assert.Equal(841.89, PaperSize.A4.Height, 2);
        Assert.Equal(609.45, PaperSize.F4.Width, 2);
        Assert.Equal(935.43, PaperSize.F4.Height, 2);
        Assert.Equal(PaperSize.A4.Height, PaperSize.A4.Landscape().Width);
    }

    [Fact]
    public void Letter_margins_are_2_25_3_2_cm()
    {
        var margins = PageMargins.Letter;
        Assert.Equal(PdfUnits.FromCentimetres(2), margins.Top, 6);
        Assert.Equal(PdfUnits.FromCentimetres(2.5), margins.Bottom, 6);
        Assert.Equal(PdfUnits.FromCentimetres(3), margins.Left, 6);
        Assert.Equal(PdfUnits.FromCentimetres(2), margins.Right, 6);
        Assert.Equal(PaperSize.A4.Width - margins.Left - margins.Right, PageSetup.A4Letter.ContentWidth, 6);
    }

    [Fact]
    public void F4_pages_come_out_at_F4_size()
    {
        using var composer = new PdfComposer(new PdfComposerOptions { Page = PageSetup.F4Letter });
        composer.Paragraph("Kertas F4");
        using var document = PdfTestFiles.Open(composer.Build());
        var page = document.GetPage(1);
        Assert.Equal(609.45, page.Width, 1);
        Assert.Equal(935.43, page.Height, 1);
    }

    [Theory]
    [InlineData(ListNumbering.Number, 1, "1.")]
    [InlineData(ListNumbering.Letter, 1, "a.")]
    [InlineData(ListNumbering.Letter, 26, "z.")]
    [InlineData(ListNumbering.Letter, 27, "aa.")]
    [InlineData(ListNumbering.NumberParenthesis, 3, "3)")]
    [InlineData(ListNumbering.LetterParenthesis, 2, "b)")]
    public void List_labels_follow_the_letter_levels(ListNumbering numbering, int number, string expected) =>
        Assert.Equal(expected, ListLabels.For(numbering, number));
}
