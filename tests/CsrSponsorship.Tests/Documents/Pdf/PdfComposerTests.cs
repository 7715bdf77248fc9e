using System.Diagnostics;
using CsrSponsorship.Core.Documents.Pdf.Layout;
using QRCoder;
using UglyToad.PdfPig.Content;
using Xunit.Abstractions;

namespace CsrSponsorship.Tests.Documents.Pdf;

public sealed class PdfComposerTests(ITestOutputHelper output)
{
    private const string Sentence =
        "Dalam rangka perlindungan pekerja bukan penerima upah di Kabupaten Tanah Laut, perusahaan diminta " +
        "membiayai iuran Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi pekerja rentan di sekitar wilayah " +
        "operasionalnya selama enam atau dua belas bulan.";

    [Fact]
    public void A_one_page_document_is_a_small_pdf()
    {
        using var composer = new PdfComposer();
        composer.Paragraph("SURAT EDARAN", TextStyle.BodyBold with { Align = TextAlign.Center });
        composer.Paragraph(Sentence, TextStyle.Body with { Align = TextAlign.Justify });
        var pdf = composer.Build();

        output.WriteLine($"one-page document: {pdf.Length:N0} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length < 100_000, $"{pdf.Length} bytes");
        using var document = PdfTestFiles.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("SURAT EDARAN", PdfTestFiles.Words(document.GetPage(1)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TextAlign.Left)]
    [InlineData(TextAlign.Justify)]
    [InlineData(TextAlign.Center)]
    public void Wrapped_text_stays_between_the_margins(TextAlign align)
    {
        using var composer = new PdfComposer();
        var paragraph = string.Join(' ', Enumerable.Repeat(Sentence, 4));
        composer.Paragraph(paragraph, TextStyle.Body with { Align = align });
        var pdf = composer.Build();

        using var document = PdfTestFiles.Open(pdf);
        var page = document.GetPage(1);
        var words = page.GetWords().ToList();
        Assert.True(words.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count() > 8, "the paragraph wraps");
        Assert.All(words, w =>
        {
            Assert.True(w.BoundingBox.Right <= composer.ContentRight + 1, $"'{w.Text}' ends at {w.BoundingBox.Right:0.0}");
            Assert.True(w.BoundingBox.Left >= composer.ContentLeft - 1, $"'{w.Text}' starts at {w.BoundingBox.Left:0.0}");
        });
        Assert.Equal(
            paragraph.Split(' ').Length,
            words.Count(w => w.BoundingBox.Bottom > page.Height - composer.ContentBottom));
    }

    [Fact]
    public void Justified_lines_reach_the_right_margin_except_the_last()
    {
        using var composer = new PdfComposer(new PdfComposerOptions { PageNumbers = PageNumbering.None });
        composer.Paragraph(string.Join(' ', Enumerable.Repeat(Sentence, 2)), TextStyle.Body with { Align = TextAlign.Justify });
        using var document = PdfTestFiles.Open(composer.Build());

        var lines = document.GetPage(1).Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => g.Max(l => l.EndBaseLine.X))
            .ToList();
        Assert.True(lines.Count > 2);
        Assert.All(lines.SkipLast(1), right => Assert.Equal(composer.ContentRight, right, 1.0));
        Assert.True(lines[^1] < composer.ContentRight - 20);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken()
    {
        using var composer = new PdfComposer(new PdfComposerOptions { PageNumbers = PageNumbering.None });
        var longWord = string.Concat(Enumerable.Repeat("0123456789", 40));
        composer.Paragraph(longWord);
        using var document = PdfTestFiles.Open(composer.Build());

        var letters = document.GetPage(1).Letters.Where(l => char.IsDigit(l.Value[0])).ToList();
        Assert.Equal(longWord.Length, letters.Count);
        Assert.All(letters, l => Assert.True(l.EndBaseLine.X <= composer.ContentRight + 0.5));
    }

    [Fact]
    public void Right_aligned_text_ends_at_the_right_margin()
    {
        using var composer = new PdfComposer();
        composer.Paragraph("Pelaihari, 18 Juni 2026", TextStyle.Body with { Align = TextAlign.Right });
        composer.TextAt("Rp 16.800", composer.ContentRight, 300, TextStyle.Body with { Align = TextAlign.Right });
        using var document = PdfTestFiles.Open(composer.Build());

        var lines = document.GetPage(1).Letters
            .Where(l => l.Value != " ")
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .ToList();
        Assert.Equal(3, lines.Count); // two lines of text and the page number
        foreach (var line in lines.Where(g => !string.Concat(g.Select(l => l.Value)).StartsWith("Halaman", StringComparison.Ordinal)))
        {
            Assert.Equal(composer.ContentRight, line.Max(l => l.EndBaseLine.X), 1.0);
        }
    }

    [Fact]
    public void Centred_text_is_centred_between_the_margins()
    {
        using var composer = new PdfComposer(new PdfComposerOptions { PageNumbers = PageNumbering.None });
        composer.Paragraph("PEMERINTAH KABUPATEN TANAH LAUT", TextStyle.BodyBold with { Align = TextAlign.Center });
        using var document = PdfTestFiles.Open(composer.Build());

        var letters = document.GetPage(1).Letters;
        var middle = (letters.Min(l => l.StartBaseLine.X) + letters.Max(l => l.EndBaseLine.X)) / 2;
        Assert.Equal((composer.ContentLeft + composer.ContentRight) / 2, middle, 1.0);
    }

    [Fact]
    public void Numbered_items_hang_their_text_after_the_label()
    {
        using var composer = new PdfComposer();
        composer.NumberedList([Sentence, "Kedua."]);
        composer.NumberedList(["Pertama", "Kedua"], ListNumbering.Letter, TextStyle.Body with { LeftIndent = 20 });
        using var document = PdfTestFiles.Open(composer.Build());

        var words = document.GetPage(1).GetWords().ToList();
        var one = words.First(w => w.Text == "1.");
        var firstWord = words.First(w => w.Text == "Dalam");
        var lineStarts = words
            .Where(w => w.BoundingBox.Bottom < firstWord.BoundingBox.Bottom - 5 && w.BoundingBox.Bottom > words.First(x => x.Text == "2.").BoundingBox.Bottom + 5)
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .Select(g => g.Min(w => w.BoundingBox.Left))
            .ToList();

        Assert.Equal(composer.ContentLeft, one.BoundingBox.Left, 1.0);
        Assert.NotEmpty(lineStarts);
        Assert.All(lineStarts, x => Assert.Equal(firstWord.BoundingBox.Left, x, 1.0));
        Assert.Equal(composer.ContentLeft + 20, words.First(w => w.Text == "a.").BoundingBox.Left, 1.0);
        Assert.Contains(words, w => w.Text == "b.");
    }

    [Fact]
    public void A_long_table_repeats_its_header_on_every_page_and_never_splits_a_row()
    {
        using var composer = new PdfComposer(new PdfComposerOptions { Page = PageSetup.A4Letter });
        composer.Paragraph("Lampiran: daftar pekerja", TextStyle.BodyBold);
        TableColumn[] columns =
        [
            TableColumn.Fixed("No", 28, TextAlign.Right),
            TableColumn.Relative("Nama Pekerja", 2),
            TableColumn.Relative("Desa", 1.5),
            TableColumn.Fixed("Bulan", 40, TextAlign.Center),
            TableColumn.Fixed("Iuran", 70, TextAlign.Right),
        ];
        var rows = Enumerable.Range(1, 150).Select(i => (IReadOnlyList<string>)
        [
            i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            i % 7 == 0 ? $"Pekerja{i} dengan nama yang sangat panjang sekali sehingga harus dibungkus ke baris berikutnya R{i}" : $"Pekerja{i}",
            "Desa Bati-Bati",
            "6",
            "Rp 100.800",
        ]);
        composer.Table(columns, rows);
        var pdf = composer.Build();

        using var document = PdfTestFiles.Open(pdf);
        output.WriteLine($"150-row table: {document.NumberOfPages} pages, {pdf.Length:N0} bytes");
        Assert.True(document.NumberOfPages >= 3);
        var pages = document.GetPages().ToList();
        foreach (var page in pages)
        {
            var words = page.GetWords().ToList();
            Assert.Contains(words, w => w.Text == "Nama");
            Assert.Contains(words, w => w.Text == "Pekerja");

            // Nothing but the page number below the bottom margin.
            var belowMargin = words.Where(w => w.BoundingBox.Bottom < page.Height - composer.ContentBottom - 0.5);
            Assert.Equal($"Halaman {page.Number} dari {pages.Count}", string.Join(' ', belowMargin.Select(w => w.Text)));
        }

        for (var i = 1; i <= 150; i++)
        {
            var start = $"Pekerja{i}";
            var pagesWithRow = pages.Where(p => p.GetWords().Any(w => w.Text == start)).ToList();
            Assert.Single(pagesWithRow);
            if (i % 7 == 0)
            {
                Assert.Contains(pagesWithRow[0].GetWords(), w => w.Text == $"R{i}");
            }
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_instead_of_failing()
    {
        using var composer = new PdfComposer();
        var huge = string.Join(' ', Enumerable.Range(1, 700).Select(i => $"kata{i}"));
        composer.Table([TableColumn.Fixed("No", 30), TableColumn.Relative("Uraian")], [["1", huge]]);
        using var document = PdfTestFiles.Open(composer.Build());

        Assert.True(document.NumberOfPages >= 2);
        var all = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet();
        Assert.Contains("kata1", all);
        Assert.Contains("kata700", all);
        Assert.All(document.GetPages(), p => Assert.Contains(p.GetWords(), w => w.Text == "Uraian"));
    }

    [Fact]
    public void Every_page_says_Halaman_i_dari_N()
    {
        var texts = PdfTestFiles.PageTexts(ThreePages(PageNumbering.AllPages));

        Assert.Equal(3, texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Contains($"Halaman {i + 1} dari 3", texts[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Letters_number_their_pages_from_the_second_page()
    {
        var texts = PdfTestFiles.PageTexts(ThreePages(PageNumbering.FromSecondPage));

        Assert.DoesNotContain("Halaman", texts[0], StringComparison.Ordinal);
        Assert.Contains("Halaman 2 dari 3", texts[1], StringComparison.Ordinal);
        Assert.Contains("Halaman 3 dari 3", texts[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Page_numbers_can_be_switched_off()
    {
        var texts = PdfTestFiles.PageTexts(ThreePages(PageNumbering.None));

        Assert.All(texts, t => Assert.DoesNotContain("Halaman", t, StringComparison.Ordinal));
    }

    [Fact]
    public void A_qr_code_is_drawn_as_filled_squares_matching_the_QRCoder_matrix()
    {
        const string payload = "https://csr.tanahlautkab.go.id/verifikasi/TGH-2026-000123";
        using var composer = new PdfComposer();
        var box = composer.QrCode(payload, composer.ContentRight - 100, 100, 100);
        using var document = PdfTestFiles.Open(composer.Build());

        using var generator = new QRCodeGenerator();
        using var expected = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var n = expected.ModuleMatrix.Count;
        var module = box.Width / n;
        var page = document.GetPage(1);
        var drawn = new bool[n, n];
        var filled = page.Paths.Where(p => p.IsFilled).SelectMany(p => p).ToList();
        Assert.NotEmpty(filled);
        foreach (var subpath in filled)
        {
            var r = subpath.GetBoundingRectangle()!.Value;
            var row = (int)Math.Round((page.Height - r.Top - box.Top) / module);
            var first = (int)Math.Round((r.Left - box.X) / module);
            var last = (int)Math.Round((r.Right - box.X) / module);
            for (var c = first; c < last; c++)
            {
                drawn[row, c] = true;
            }
        }

        for (var row = 0; row < n; row++)
        {
            for (var c = 0; c < n; c++)
            {
                Assert.True(expected.ModuleMatrix[row][c] == drawn[row, c], $"module {row},{c}");
            }
        }
    }

    [Fact]
    public void Characters_the_font_lacks_become_question_marks()
    {
        using var composer = new PdfComposer();
        composer.Paragraph("Terima kasih 😀 <script>alert('x')</script> \u0007bel \u2022 titik");
        composer.Table([TableColumn.Relative("Kolom 🚀")], [["sel 🙂"]]);
        using var document = PdfTestFiles.Open(composer.Build());

        var text = PdfTestFiles.Words(document.GetPage(1));
        Assert.Contains("Terima kasih ? <script>alert('x')</script> ?bel \u2022 titik", text, StringComparison.Ordinal);
        Assert.Contains("Kolom ?", text, StringComparison.Ordinal);
        Assert.Contains("sel ?", text, StringComparison.Ordinal);
    }

    [Fact]
    public void More_distinct_characters_than_a_simple_font_holds_do_not_crash()
    {
        var font = PdfFont.Regular;
        var many = Enumerable.Range(0x20, 0x600).Select(c => (char)c).Where(font.HasGlyph).Take(400).ToArray();
        Assert.Equal(400, many.Length);
        using var composer = new PdfComposer();
        composer.Paragraph(string.Join(' ', many.Chunk(20).Select(chunk => new string(chunk))));
        composer.Paragraph("Halaman terakhir");

        using var document = PdfTestFiles.Open(composer.Build());
        var text = PdfTestFiles.Words(document.GetPage(1));
        Assert.Contains("Halaman terakhir", text, StringComparison.Ordinal);
        Assert.Contains("Halaman 1 dari 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letterhead_with_logo_and_double_rule_renders()
    {
        var logo = PdfTestFiles.Png(200, 100);
        using var composer = new PdfComposer(new PdfComposerOptions { PageNumbers = PageNumbering.FromSecondPage, Title = "Surat Edaran" });
        var placed = composer.Image(logo, new PdfBox(composer.ContentLeft, composer.ContentTop, 60, 60));
        composer.Paragraph("PEMERINTAH KABUPATEN TANAH LAUT", TextStyle.BodyBold with { Size = 14, Align = TextAlign.Center, LeftIndent = 64 });
        composer.Paragraph("DINAS TENAGA KERJA DAN PERINDUSTRIAN", TextStyle.BodyBold with { Size = 16, Align = TextAlign.Center, LeftIndent = 64 });
        composer.SetCursor(Math.Max(composer.CursorY, placed.Bottom) + 4);
        composer.DoubleRule(spaceAfter: 12);
        composer.Paragraph("SURAT EDARAN", TextStyle.BodyBold with { Align = TextAlign.Center, Underline = true });
        composer.NewPage();
        composer.Image(logo, new PdfBox(composer.ContentLeft, composer.ContentTop, 60, 60));
        var pdf = composer.Build();

        Assert.Equal(60, placed.Width, 6);
        Assert.Equal(30, placed.Height, 6);
        Assert.Equal(composer.ContentTop + 15, placed.Top, 6);
        using var document = PdfTestFiles.Open(pdf);
        Assert.Equal("Surat Edaran", document.Information.Title);
        var page = document.GetPage(1);
        var image = Assert.Single(page.GetImages());
        Assert.Equal(placed.X, image.BoundingBox.Left, 1.0);
        Assert.Equal(placed.Width, image.BoundingBox.Width, 1.0);
        Assert.True(page.Paths.Count(p => p.IsFilled) >= 3, "two rules and an underline");
        Assert.Single(document.GetPage(2).GetImages());
        output.WriteLine($"letterhead, two pages with the same logo: {pdf.Length:N0} bytes");
    }

    [Fact]
    public void Fonts_are_parsed_once_and_shared_between_documents()
    {
        static byte[] Document()
        {
            using var composer = new PdfComposer();
            composer.Paragraph(Sentence, TextStyle.Body);
            composer.Paragraph(Sentence, TextStyle.BodyBold);
            composer.Paragraph(Sentence, TextStyle.Body with { Font = PdfFontStyle.Italic });
            return composer.Build();
        }

        var first = Stopwatch.StartNew();
        Document();
        first.Stop();
        var second = Stopwatch.StartNew();
        var pdf = Document();
        second.Stop();

        output.WriteLine($"first document {first.Elapsed.TotalMilliseconds:0.0} ms, second {second.Elapsed.TotalMilliseconds:0.0} ms, {pdf.Length:N0} bytes");
        Assert.True(SharedFontEmbedding.IsActive, "PdfPig internals changed: every document now re-parses its fonts");
        Assert.True(PdfComposer.CanStamp, "PdfPig internals changed: every copy of a letter is now laid out in full");
        Assert.InRange(PdfFont.LoadCount, 1, 3);
        Assert.Contains("Dalam rangka", PdfTestFiles.Words(PdfTestFiles.Open(pdf).GetPage(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_columns_wider_than_the_page_are_rejected()
    {
        using var composer = new PdfComposer();
        Assert.Throws<ArgumentException>(() =>
            composer.Table([TableColumn.Fixed("A", 400), TableColumn.Fixed("B", 400)], [["1", "2"]]));
    }

    [Fact]
    public void Build_can_only_be_called_once()
    {
        using var composer = new PdfComposer();
        composer.Build();
        Assert.Throws<InvalidOperationException>(() => composer.Build());
    }

    private static byte[] ThreePages(PageNumbering numbering)
    {
        using var composer = new PdfComposer(new PdfComposerOptions { PageNumbers = numbering });
        composer.Paragraph("Bagian pertama");
        composer.NewPage();
        composer.Paragraph("Bagian kedua");
        composer.NewPage();
        composer.Paragraph("Bagian ketiga");
        return composer.Build();
    }
}
