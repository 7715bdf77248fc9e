using CsrSponsorship.Core.Documents.Pdf;
using Xunit.Abstractions;

namespace CsrSponsorship.Tests.Documents.Pdf;

public sealed class ReceiptPdfTests(ITestOutputHelper output)
{
    [Fact]
    public void A_receipt_is_one_page_with_payer_amount_words_and_purpose()
    {
        var pdf = ReceiptPdf.Render(DocumentModels.Receipt());

        using var document = PdfTestFiles.Open(pdf);
        output.WriteLine($"receipt: {pdf.Length:N0} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(1, document.NumberOfPages);
        Assert.Equal("Kuitansi KW-2026-000045", document.Information.Title);
        var text = PdfTestFiles.Words(document.GetPage(1));
        Assert.Contains("KUITANSI", text, StringComparison.Ordinal);
        Assert.Contains("Nomor: KW-2026-000045", text, StringComparison.Ordinal);
        Assert.Contains("Telah terima dari : PT Sinar Jorong Energi", text, StringComparison.Ordinal);
        Assert.Contains("Uang sejumlah : Lima juta dua ratus lima puluh ribu rupiah", text, StringComparison.Ordinal);
        Assert.Contains("Untuk pembayaran : Pembayaran iuran BPJS Ketenagakerjaan sesuai Tagihan Nomor TGH-2026-000123", text, StringComparison.Ordinal);
        Assert.Contains("Rp5.250.000", text, StringComparison.Ordinal);
        Assert.Contains("Pelaihari, 25 Juni 2026", text, StringComparison.Ordinal);
        Assert.Contains("NIP. 19850315 201001 2 002", text, StringComparison.Ordinal);
        Assert.Contains("Pindai untuk memeriksa keaslian kuitansi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Halaman", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_receipt_that_needs_stamp_duty_marks_the_place_for_the_Meterai()
    {
        using var document = PdfTestFiles.Open(ReceiptPdf.Render(DocumentModels.Receipt(stampDuty: true)));
        var page = document.GetPage(1);

        Assert.Contains("Meterai Rp10.000", PdfTestFiles.Words(page), StringComparison.Ordinal);
        Assert.Contains(page.Paths, p => p.IsStroked && p.LineDashPattern is { Array.Count: > 0 });
    }

    [Fact]
    public void A_receipt_without_stamp_duty_has_no_Meterai()
    {
        using var document = PdfTestFiles.Open(ReceiptPdf.Render(DocumentModels.Receipt(amount: 1_008_000, stampDuty: false)));
        var page = document.GetPage(1);

        Assert.DoesNotContain("Meterai", PdfTestFiles.Words(page), StringComparison.Ordinal);
        Assert.DoesNotContain(page.Paths, p => p.IsStroked && p.LineDashPattern is { Array.Count: > 0 });
        Assert.Contains("Rp1.008.000", PdfTestFiles.Words(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_payer_and_long_texts_stay_on_one_page_inside_the_margins()
    {
        var longWord = string.Concat(Enumerable.Repeat("Referensi", 10));
        var model = DocumentModels.Receipt() with
        {
            PayerName = "<script>alert('x')</script> PT Sumber 😀 Energi Nusantara Kalimantan Selatan Tanah Laut Jorong",
            Purpose = string.Join(' ', Enumerable.Repeat("Pembayaran iuran BPJS Ketenagakerjaan sesuai Tagihan Nomor TGH-2026-000123.", 3)),
            BankReference = longWord,
        };

        using var document = PdfTestFiles.Open(ReceiptPdf.Render(model));

        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("<script>alert('x')</script> PT Sumber ? Energi", PdfTestFiles.Words(document.GetPage(1)), StringComparison.Ordinal);
        InvoicePdfTests.AssertInsideMargins(document.GetPage(1));
    }
}
