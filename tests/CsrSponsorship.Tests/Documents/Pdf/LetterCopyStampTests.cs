using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Documents.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace CsrSponsorship.Tests.Documents.Pdf;

// Decision 0184: a single company's copy is stamped into the letter laid out once for copies of its shape.
public sealed class LetterCopyStampTests
{
    private static readonly string Body = string.Join(' ', Enumerable.Repeat(
        "Banyak pekerja rentan di Kecamatan Jorong dan Kintap belum terlindungi jaminan sosial ketenagakerjaan.", 12));

    [Fact]
    public void A_stamped_copy_reads_page_for_page_as_the_same_copy_laid_out_in_full()
    {
        var alfa = Copy("PT Alfa Jaya", 10);
        var copyBase = CircularLetterPdf.PrepareCopies(alfa);

        foreach (var (company, workers) in new[] { ("PT Bumi Kintap Sejahtera", 120), ("CV Ümit & Söhne (Jorong) – Cabang \"Asam-Asam\"", 7) })
        {
            var copy = Copy(company, workers);
            Assert.Equal(copyBase.Shape, CircularLetterPdf.CopyShape(copy));

            var stamped = CircularLetterPdf.RenderCopy(copyBase, copy);

            Assert.True(stamped.AsSpan().StartsWith(copyBase.Bytes), "A stamped copy is the base with an update appended.");
            Assert.Equal(PdfTestFiles.PageTexts(CircularLetterPdf.Render(copy)), StrictPageTexts(stamped));
        }
    }

    [Fact]
    public void The_copy_the_base_was_laid_out_for_leaves_nothing_of_its_own_in_another_company_copy()
    {
        var copyBase = CircularLetterPdf.PrepareCopies(Copy("PT Alfa Jaya", 10));

        var text = string.Join(' ', StrictPageTexts(CircularLetterPdf.RenderCopy(copyBase, Copy("PT Beta Makmur", 25))));

        Assert.DoesNotContain("Alfa", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10 pekerja", text, StringComparison.Ordinal);
        Assert.Contains("Yth. Pimpinan PT Beta Makmur di Tempat", text, StringComparison.Ordinal);
        Assert.Contains("PT Beta Makmur disarankan mendanai iuran bagi 25 pekerja selama 6 bulan", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stamped_copy_keeps_the_verification_link_and_its_pages()
    {
        var copyBase = CircularLetterPdf.PrepareCopies(Copy("PT Alfa Jaya", 10));

        var stamped = CircularLetterPdf.RenderCopy(copyBase, Copy("PT Beta Makmur", 25));

        using var document = PdfDocument.Open(stamped, new ParsingOptions { UseLenientParsing = false });
        using var full = PdfDocument.Open(CircularLetterPdf.Render(Copy("PT Beta Makmur", 25)));
        Assert.Equal(full.NumberOfPages, document.NumberOfPages);
        var links = document.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri);
        Assert.Equal(["http://127.0.0.1:5000/verifikasi/abc"], links);
    }

    [Fact]
    public void A_copy_of_another_shape_or_with_a_character_no_base_reserves_is_laid_out_in_full()
    {
        var copyBase = CircularLetterPdf.PrepareCopies(Copy("PT Alfa Jaya", 10));
        var withoutSuggestion = Copy("PT Gama", null);
        var greek = Copy("PT Ωmega Jaya", 10);

        Assert.NotEqual(copyBase.Shape, CircularLetterPdf.CopyShape(withoutSuggestion));
        Assert.False(CircularLetterPdf.CanStampCopy(greek));
        foreach (var copy in new[] { withoutSuggestion, greek })
        {
            var rendered = CircularLetterPdf.RenderCopy(copyBase, copy);

            Assert.False(rendered.AsSpan().StartsWith(copyBase.Bytes));
            Assert.Equal(PdfTestFiles.PageTexts(CircularLetterPdf.Render(copy)), StrictPageTexts(rendered));
        }
    }

    [Fact]
    public void Many_copies_stamped_at_once_from_one_base_each_read_their_own_company()
    {
        var copyBase = CircularLetterPdf.PrepareCopies(Copy("PT Alfa Jaya", 10));

        var texts = Enumerable.Range(1, 24).AsParallel()
            .Select(i => (i, Text: string.Join(' ', StrictPageTexts(CircularLetterPdf.RenderCopy(copyBase, Copy($"PT Nomor {i:00}", 10 + i))))))
            .ToList();

        Assert.All(texts, t => Assert.Contains($"Yth. Pimpinan PT Nomor {t.i:00} di Tempat", t.Text, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains($"iuran bagi {10 + t.i} pekerja", t.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Stamping_needs_reserved_characters()
    {
        Assert.True(PdfComposer.CanStampCopies, "PdfPig's internals for forms or shared fonts moved: single copies are laid out in full.");
        Assert.Throws<InvalidOperationException>(() => PdfComposer.PrepareCopies(new PdfComposerOptions(), "x", c => c.Paragraph("Halo")));
    }

    // Opened strictly: the appended cross-reference section must be exact, not repaired by a lenient reader.
    private static List<string> StrictPageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false });
        return [.. document.GetPages().Select(PdfTestFiles.Words)];
    }

    private static CircularLetterPdfModel Copy(string company, int? workers)
    {
        var letter = CircularLetterPdfTests.Model(CircularLetterPdfTests.KepalaDinas, "500.15.10/7/Disnakerind/2026");
        var suggestion = workers is { } w ? $"Sebagai gambaran, {company} disarankan mendanai iuran bagi {w} pekerja selama 6 bulan." : null;
        return letter with
        {
            Addressees = ["Pimpinan " + company],
            Sections =
            [
                new LetterSection("Latar Belakang", Body, []),
                new LetterSection("Maksud dan Tujuan", Body, []),
                new LetterSection("Ruang Lingkup", Body, []),
                new LetterSection("Dasar", null, ["Undang-Undang Nomor 40 Tahun 2004;", "Undang-Undang Nomor 24 Tahun 2011."]),
                new LetterSection("Isi Edaran", null, ["Iuran JKK dan JKM Rp 16.800 per pekerja per bulan.", Body], suggestion),
                new LetterSection("Penutup", "Demikian.", []),
            ],
        };
    }
}
