using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Tests.Documents.Pdf;

public sealed class LetterheadAndSignatureTests
{
    [Fact]
    public void Letterhead_text_is_centred_right_of_the_logo_and_closed_by_a_double_rule()
    {
        using var composer = new PdfComposer();
        Letterhead.Compose(composer, DocumentModels.Letterhead);
        var below = composer.CursorY;
        using var document = PdfTestFiles.Open(composer.Build());

        var page = document.GetPage(1);
        var logo = Assert.Single(page.GetImages());
        var office = page.GetWords().First(w => w.Text == "DINAS");
        Assert.True(office.BoundingBox.Left > logo.BoundingBox.Right, "the office name starts right of the emblem");
        Assert.Contains("Laman: disnakerind.tanahlautkab.go.id, Pos-el: disnakerind@tanahlautkab.go.id", PdfTestFiles.Words(page), StringComparison.Ordinal);
        Assert.Equal(2, page.Paths.Count(p => p.IsFilled));
        Assert.True(below > 100 && below < 150, $"body starts at {below:0.0} pt");
    }

    [Fact]
    public void Letterhead_without_logo_centres_over_the_whole_width()
    {
        using var composer = new PdfComposer(new PdfComposerOptions { PageNumbers = PageNumbering.None });
        Letterhead.Compose(composer, DocumentModels.Letterhead with { LogoPng = null, Website = null, Email = null });
        using var document = PdfTestFiles.Open(composer.Build());

        var page = document.GetPage(1);
        Assert.Empty(page.GetImages());
        Assert.DoesNotContain("Laman", PdfTestFiles.Words(page), StringComparison.Ordinal);
        var baseline = page.Letters.First(f => f.Value == "P").StartBaseLine.Y;
        var line = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.1).ToList();
        var middle = (line.Min(l => l.StartBaseLine.X) + line.Max(l => l.EndBaseLine.X)) / 2;
        Assert.Equal((composer.ContentLeft + composer.ContentRight) / 2, middle, 1.0);
    }

    [Fact]
    public void A_circular_letter_signature_is_dated_Ditetapkan_and_a_Bupati_has_no_NIP()
    {
        using var composer = new PdfComposer();
        var bupati = new SignatureModel("Pelaihari", new DateOnly(2026, 6, 18), ["BUPATI TANAH LAUT,"], "H. NAMA CONTOH");
        SignatureBlock.Compose(composer, bupati, rightAligned: true, SignatureOptions.Default with { Ditetapkan = true });
        using var document = PdfTestFiles.Open(composer.Build());

        var text = PdfTestFiles.Words(document.GetPage(1));
        Assert.Contains("Ditetapkan di Pelaihari pada tanggal 18 Juni 2026 BUPATI TANAH LAUT, H. NAMA CONTOH", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NIP", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_that_does_not_fit_moves_whole_to_the_next_page()
    {
        using var composer = new PdfComposer();
        composer.Paragraph("Isi surat");
        composer.SetCursor(composer.ContentBottom - 60);
        var placement = SignatureBlock.Compose(composer, DocumentModels.Signer, rightAligned: true);
        using var document = PdfTestFiles.Open(composer.Build());

        Assert.Equal(2, document.NumberOfPages);
        Assert.Equal(composer.ContentTop, placement.Block.Top, 0.5);
        Assert.DoesNotContain("Pelaihari", PdfTestFiles.Words(document.GetPage(1)), StringComparison.Ordinal);
        var second = PdfTestFiles.Words(document.GetPage(2));
        Assert.Contains("Pelaihari, 18 Juni 2026", second, StringComparison.Ordinal);
        Assert.Contains("NIP. 19800101 200501 1 001", second, StringComparison.Ordinal);
        Assert.True(placement.Block.X >= composer.ContentLeft + (composer.ContentWidth / 2) - 0.5);
    }
}
