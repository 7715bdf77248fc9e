using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Documents.Pdf.Layout;
using Xunit.Abstractions;

namespace CsrSponsorship.Tests.Documents.Pdf;

public sealed class ReceiptPdfTests(ITestOutputHelper output)
{
    [Fact]
    public void A_receipt_is_one_page_recording_payer_amount_words_purpose_and_who_received_the_money()
    {
        var pdf = ReceiptPdf.Render(DocumentModels.Receipt());

        using var document = PdfTestFiles.Open(pdf);
        output.WriteLine($"receipt: {pdf.Length:N0} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(1, document.NumberOfPages);
        Assert.Equal("Bukti Pencatatan Pembayaran KW-2026-000045", document.Information.Title);
        var text = PdfTestFiles.Words(document.GetPage(1));
        Assert.Contains("BUKTI PENCATATAN PEMBAYARAN", text, StringComparison.Ordinal);
        Assert.Contains("Nomor: KW-2026-000045", text, StringComparison.Ordinal);
        Assert.Contains("Dinas Tenaga Kerja dan Perindustrian Kabupaten Tanah Laut telah mencatat pembayaran", text, StringComparison.Ordinal);
        Assert.Contains("Dinas tidak menerima uang atas pembayaran ini", text, StringComparison.Ordinal);
        Assert.Contains("Dibayar oleh : PT Sinar Jorong Energi", text, StringComparison.Ordinal);
        Assert.Contains("NPWP : 0912.3456.7890.1000", text, StringComparison.Ordinal);
        Assert.Contains("Sejumlah : Lima juta dua ratus lima puluh ribu rupiah", text, StringComparison.Ordinal);
        Assert.Contains("Untuk : Iuran program JKK dan JKM periode Juli–Desember 2026 sesuai Tagihan Nomor TGH-2026-000123", text, StringComparison.Ordinal);
        Assert.Contains("Dibayarkan kepada : BPJS Ketenagakerjaan Kantor Cabang Pratama Tanah Laut", text, StringComparison.Ordinal);
        Assert.Contains("Rp 5.250.000", text, StringComparison.Ordinal);
        Assert.Contains("Pelaihari, 25 Juni 2026", text, StringComparison.Ordinal);
        Assert.Contains("NIP. 19850315 201001 2 002", text, StringComparison.Ordinal);
        Assert.Contains("Pindai untuk memeriksa keaslian bukti pencatatan ini", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Halaman", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BATAL", text, StringComparison.Ordinal);
    }

    // It records a payment made to BPJS TK; it is not a receipt of money by the office (decision 0110).
    [Fact]
    public void A_receipt_above_five_million_has_no_stamp_duty_place()
    {
        using var document = PdfTestFiles.Open(ReceiptPdf.Render(DocumentModels.Receipt(amount: 12_500_000)));
        var page = document.GetPage(1);

        Assert.DoesNotContain("Meterai", PdfTestFiles.Words(page), StringComparison.Ordinal);
        Assert.DoesNotContain(page.Paths, p => p.IsStroked && p.LineDashPattern is { Array.Count: > 0 });
    }

    [Fact]
    public void A_void_receipt_says_BATAL_with_date_and_reason_and_stays_on_one_page()
    {
        var reason = string.Join(' ', Enumerable.Repeat("Transfer ditolak bank karena rekening tujuan salah ketik oleh petugas.", 6));
        using var document = PdfTestFiles.Open(ReceiptPdf.Render(DocumentModels.Receipt() with { Void = new VoidStamp(new DateOnly(2026, 6, 30), reason) }));
        var page = document.GetPage(1);
        var text = PdfTestFiles.Words(page);

        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("BATAL – DOKUMEN INI TIDAK BERLAKU", text, StringComparison.Ordinal);
        Assert.Contains("Dibatalkan tanggal 30 Juni 2026. Alasan: Transfer ditolak bank", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.Contains("BUKTI PENCATATAN PEMBAYARAN (BATAL)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_payer_and_long_texts_stay_on_one_page_inside_the_margins()
    {
        var longWord = string.Concat(Enumerable.Repeat("Referensi", 10));
        var model = DocumentModels.Receipt() with
        {
            PayerName = "<script>alert('x')</script> PT Sumber 😀 Energi Nusantara Kalimantan Selatan Tanah Laut Jorong",
            PayerAddress = string.Join(' ', Enumerable.Repeat("Jl. Poros Jorong Km 7, Desa Jorong, Kecamatan Jorong.", 4)),
            Purpose = string.Join(' ', Enumerable.Repeat("Iuran program JKK, JKM dan JHT sesuai Tagihan Nomor TGH-2026-000123.", 3)),
            BankReference = longWord,
        };

        using var document = PdfTestFiles.Open(ReceiptPdf.Render(model));

        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("<script>alert('x')</script> PT Sumber ? Energi", PdfTestFiles.Words(document.GetPage(1)), StringComparison.Ordinal);
        InvoicePdfTests.AssertInsideMargins(document.GetPage(1));
    }
}
