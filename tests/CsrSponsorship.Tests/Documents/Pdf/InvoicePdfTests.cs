using System.Text.RegularExpressions;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Documents.Pdf.Layout;
using CsrSponsorship.Core.Domain.Contributions;
using UglyToad.PdfPig.Content;
using Xunit.Abstractions;

namespace CsrSponsorship.Tests.Documents.Pdf;

public sealed partial class InvoicePdfTests(ITestOutputHelper output)
{
    private static readonly PageSetup Page = PageSetup.A4Letter;

    [Fact]
    public void An_invoice_shows_number_company_total_terbilang_and_masked_niks()
    {
        var model = DocumentModels.Invoice(workers: 5);
        var pdf = InvoicePdf.Render(model);

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var text = Normalized(string.Join(' ', PdfTestFiles.PageTexts(pdf)));
        Assert.Contains("TAGIHAN", text, StringComparison.Ordinal);
        Assert.Contains(DocumentModels.InvoiceNumber, text, StringComparison.Ordinal);
        Assert.Contains("PT Sinar Jorong Energi", text, StringComparison.Ordinal);
        Assert.Contains("NPWP 0912.3456.7890.1000", text, StringComparison.Ordinal);
        Assert.Contains("Periode iuran : Juli\u2013Desember 2026", text, StringComparison.Ordinal);
        Assert.Contains("Jatuh tempo : 30 Juni 2026", text, StringComparison.Ordinal);
        Assert.Matches(@"Jumlah tagihan Rp ?2\.112\.000", text);
        Assert.Matches(@"-Rp ?504\.000", text);
        Assert.Contains("Terbilang: dua juta seratus dua belas ribu rupiah", text, StringComparison.Ordinal);
        Assert.Contains("NIP. 19800101 200501 1 001", text, StringComparison.Ordinal);
        Assert.Contains("Pindai untuk memeriksa", text, StringComparison.Ordinal);
        foreach (var worker in model.Workers)
        {
            Assert.Contains(worker.MaskedNik, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_cancelled_invoice_says_BATAL_with_date_and_reason_on_every_page_and_keeps_its_layout()
    {
        var valid = DocumentModels.Invoice(workers: 120);
        var cancelled = valid with { Void = new VoidStamp(new DateOnly(2026, 7, 2), "Salah perusahaan; diganti tagihan baru") };

        var pages = PdfTestFiles.PageTexts(InvoicePdf.Render(cancelled));

        Assert.Equal(PdfTestFiles.PageTexts(InvoicePdf.Render(valid)).Count, pages.Count);
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, page =>
        {
            Assert.Contains("BATAL – DOKUMEN INI TIDAK BERLAKU", page, StringComparison.Ordinal);
            Assert.Contains("Dibatalkan tanggal 2 Juli 2026. Alasan: Salah perusahaan; diganti tagihan baru", page, StringComparison.Ordinal);
        });
        Assert.Contains("TAGIHAN (BATAL)", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_carries_a_full_sixteen_digit_nik()
    {
        var pdf = InvoicePdf.Render(DocumentModels.Invoice(workers: 150));

        var texts = PdfTestFiles.PageTexts(pdf);
        Assert.All(texts, page => Assert.DoesNotMatch(SixteenDigits(), page));
        Assert.DoesNotContain(DocumentModels.FullNik(1), string.Concat(texts), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unmasked_nik_in_the_attachment_is_refused()
    {
        var model = DocumentModels.Invoice(workers: 2);
        var leaked = model with { Workers = [model.Workers[0] with { MaskedNik = DocumentModels.FullNik(1) }] };

        Assert.Throws<ArgumentException>(() => InvoicePdf.Render(leaked));
    }

    [Fact]
    public void A_150_worker_invoice_repeats_the_worker_header_on_every_attachment_page_and_numbers_every_page()
    {
        var model = DocumentModels.Invoice(workers: 150);
        var pdf = InvoicePdf.Render(model);

        using var document = PdfTestFiles.Open(pdf);
        var pages = document.GetPages().ToList();
        output.WriteLine($"150 workers: {pages.Count} pages, {pdf.Length:N0} bytes");
        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        Assert.DoesNotContain("LAMPIRAN", PdfTestFiles.Words(pages[0]), StringComparison.Ordinal);
        Assert.StartsWith("LAMPIRAN: DAFTAR PEKERJA YANG DILINDUNGI", PdfTestFiles.Words(pages[1]), StringComparison.Ordinal);
        foreach (var page in pages)
        {
            Assert.Contains($"Halaman {page.Number} dari {pages.Count}", PdfTestFiles.Words(page), StringComparison.Ordinal);
        }

        foreach (var page in pages.Skip(1))
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            Assert.All(["No", "NIK", "Nama", "Desa", "Pekerjaan", "Periode", "Jumlah"], header => Assert.Contains(header, words));
        }

        var attachment = string.Join(' ', pages.Skip(1).Select(PdfTestFiles.Words));
        Assert.All(model.Workers, w => Assert.Contains(w.MaskedNik, attachment, StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_page_invoice_has_no_attachment()
    {
        using var document = PdfTestFiles.Open(InvoicePdf.Render(DocumentModels.Invoice(workers: 0)));

        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("Halaman 1 dari 1", PdfTestFiles.Words(document.GetPage(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_page_invoice_stays_within_its_size_budget()
    {
        var pdf = InvoicePdf.Render(DocumentModels.Invoice(workers: 20));

        using var document = PdfTestFiles.Open(pdf);
        output.WriteLine($"2-page invoice with logo: {pdf.Length:N0} bytes");
        Assert.Equal(2, document.NumberOfPages);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length <= 300 * 1024, $"{pdf.Length:N0} bytes");
        Assert.Equal("Tagihan " + DocumentModels.InvoiceNumber, document.Information.Title);
    }

    [Fact]
    public void Page_one_reads_letterhead_title_number_lines_total_then_signer()
    {
        using var document = PdfTestFiles.Open(InvoicePdf.Render(DocumentModels.Invoice(workers: 3)));
        var words = document.GetPage(1).GetWords().ToList();

        double TopOf(Func<string, bool> match) => words.First(w => match(Normalized(w.Text))).BoundingBox.Top;

        double[] tops =
        [
            TopOf(t => t == "PEMERINTAH"),
            TopOf(t => t == "TAGIHAN"),
            TopOf(t => t == DocumentModels.InvoiceNumber),
            TopOf(t => t == "Uraian"),
            TopOf(t => t.EndsWith("2.112.000", StringComparison.Ordinal)),
            TopOf(t => t == "SUPRIYANTO,"),
        ];

        // PDF y grows upwards: reading order down the page means strictly decreasing tops.
        for (var i = 1; i < tops.Length; i++)
        {
            Assert.True(tops[i] < tops[i - 1], $"marker {i} at {tops[i]:0.0} is not below marker {i - 1} at {tops[i - 1]:0.0}");
        }
    }

    [Fact]
    public void Table_amounts_are_right_aligned_in_their_column()
    {
        using var document = PdfTestFiles.Open(InvoicePdf.Render(DocumentModels.Invoice()));
        var page = document.GetPage(1);

        // "Rp 2.016.000", "Rp 600.000", "-Rp 504.000" and the total all end at the same x.
        var ends = page.GetWords()
            .Where(w => w.Text.EndsWith("2.016.000", StringComparison.Ordinal) || w.Text.EndsWith("600.000", StringComparison.Ordinal)
                || w.Text.EndsWith("504.000", StringComparison.Ordinal) || w.Text.EndsWith("2.112.000", StringComparison.Ordinal))
            .Select(w => w.BoundingBox.Right)
            .ToList();
        Assert.Equal(4, ends.Count);
        Assert.All(ends, x => Assert.Equal(ends[0], x, 1.0));
    }

    [Fact]
    public void A_bill_of_billions_keeps_every_amount_on_one_line()
    {
        var model = DocumentModels.Invoice() with
        {
            Lines = [new("Iuran JKK, JKM dan JHT", 2_500, 30_000, 36_800, 1_104_000_000)],
            Total = 1_104_000_000,
            TotalInWords = "satu miliar seratus empat juta rupiah",
        };

        using var document = PdfTestFiles.Open(InvoicePdf.Render(model));
        var words = document.GetPage(1).GetWords().Select(w => Normalized(w.Text)).ToList();

        Assert.Equal(2, words.Count(w => w.EndsWith("1.104.000.000", StringComparison.Ordinal)));
        Assert.Contains("30.000", words);
        AssertInsideMargins(document.GetPage(1));
    }

    [Fact]
    public void An_invoice_without_lines_or_workers_still_renders()
    {
        var model = DocumentModels.Invoice() with { Lines = [], Total = 0, TotalInWords = "nol rupiah" };

        using var document = PdfTestFiles.Open(InvoicePdf.Render(model));

        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("Terbilang: nol rupiah", PdfTestFiles.Words(document.GetPage(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_names_and_a_long_address_do_not_crash_and_stay_inside_the_margins()
    {
        var longWord = string.Concat(Enumerable.Repeat("Panjang", 12));
        var address = string.Join(' ', Enumerable.Repeat("Jalan Trans Kalimantan Km. 123 RT 004 RW 002", 4)) + " " + longWord;
        Assert.True(address.Length >= 200);
        var model = DocumentModels.Invoice(workers: 40) with
        {
            CompanyName = "<script>alert('x')</script> PT Sumber 😀 Energi Nusantara",
            CompanyAddress = address[..Math.Min(address.Length, 260)],
        };
        model = model with
        {
            Workers = [.. model.Workers.Select((w, i) => i % 5 == 0 ? w with { Name = $"<b>Siti</b> 🙂 {longWord} {i}" } : w)],
        };

        var pdf = InvoicePdf.Render(model);

        using var document = PdfTestFiles.Open(pdf);
        var text = string.Join(' ', document.GetPages().Select(PdfTestFiles.Words));
        Assert.Contains("<script>alert('x')</script> PT Sumber ? Energi", text, StringComparison.Ordinal);
        Assert.All(document.GetPages(), AssertInsideMargins);
    }

    [Theory]
    [InlineData(2026, 7, 2026, 12, "Juli\u2013Desember 2026")]
    [InlineData(2026, 11, 2027, 4, "November 2026\u2013April 2027")]
    [InlineData(2026, 7, 2026, 7, "Juli 2026")]
    public void Periods_read_as_Indonesian_month_ranges(int y1, int m1, int y2, int m2, string expected) =>
        Assert.Equal(expected, DocumentText.Period(new YearMonth(y1, m1), new YearMonth(y2, m2)));

    [Theory]
    [InlineData(2026, 7, 2026, 12, "Jul\u2013Des 2026")]
    [InlineData(2026, 8, 2027, 1, "Agu 2026\u2013Jan 2027")]
    [InlineData(2026, 5, 2026, 5, "Mei 2026")]
    public void Worker_periods_use_short_month_names_to_fit_their_column(int y1, int m1, int y2, int m2, string expected) =>
        Assert.Equal(expected, DocumentText.ShortPeriod(new YearMonth(y1, m1), new YearMonth(y2, m2)));

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => DocumentText.Period(new YearMonth(2026, 12), new YearMonth(2026, 7)));

    [Theory]
    [InlineData(16_800, "Rp\u00A016.800")]
    [InlineData(-504_000, "-Rp\u00A0504.000")]
    [InlineData(0, "Rp\u00A00")]
    public void Rupiah_in_table_cells_keeps_Rp_and_the_number_together(long amount, string expected) =>
        Assert.Equal(expected, DocumentText.RupiahCell(amount));

    [Theory]
    [InlineData("198001012005011001", "19800101 200501 1 001")]
    [InlineData("19800101 200501 1 001", "19800101 200501 1 001")]
    [InlineData("12345", "12345")]
    public void Nip_prints_in_four_groups(string nip, string expected) =>
        Assert.Equal(expected, NipFormat.Display(nip));

    internal static void AssertInsideMargins(Page page)
    {
        var left = Page.Margins.Left;
        var right = Page.Width - Page.Margins.Right;
        Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l =>
        {
            Assert.True(l.StartBaseLine.X >= left - 1, $"'{l.Value}' starts at {l.StartBaseLine.X:0.0} on page {page.Number}");
            Assert.True(l.EndBaseLine.X <= right + 1, $"'{l.Value}' ends at {l.EndBaseLine.X:0.0} on page {page.Number}");
        });
    }

    // Table cells use a no-break space between "Rp" and the number; read either as a space.
    private static string Normalized(string text) => text.Replace('\u00A0', ' ');

    [GeneratedRegex(@"\d{16}")]
    private static partial Regex SixteenDigits();
}
