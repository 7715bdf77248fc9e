using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Core.Documents.Pdf;

// A bukti pencatatan pembayaran: the office's acknowledgement that it recorded a payment the company made
// directly to BPJS Ketenagakerjaan. Prepared by the payment service (amount, terbilang, programmes and wording of
// who received the money included): the document only places them.
public sealed record ReceiptPdfModel
{
    public required LetterheadModel Letterhead { get; init; }

    public required string ReceiptNumber { get; init; }

    public required DateOnly PaidOn { get; init; }

    // "Dinas Tenaga Kerja dan Perindustrian Kabupaten Tanah Laut": who records the payment.
    public required string Recorder { get; init; }

    // The paying company as frozen on the receipt.
    public required string PayerName { get; init; }

    public string? PayerAddress { get; init; }

    // 16 digits; printed as 0912.3456.7890.1000. Null leaves the line out.
    public string? PayerNpwp { get; init; }

    public required long Amount { get; init; }

    // Terbilang.Rupiah(Amount); printed with a capital first letter.
    public required string AmountInWords { get; init; }

    // "Iuran program JKK dan JKM periode Juli–Desember 2026 sesuai Tagihan Nomor … tanggal …"
    public required string Purpose { get; init; }

    // "BPJS Ketenagakerjaan Kantor Cabang Pratama Tanah Laut": who received the money (not the office).
    public required string PaidTo { get; init; }

    // "Transfer ke rekening BPJS Ketenagakerjaan", "Virtual account".
    public required string MethodText { get; init; }

    public required string BankReference { get; init; }

    public required SignatureModel Signer { get; init; }

    public required string VerificationUrl { get; init; }

    // The receipt of a reversed payment: "BATAL" with the date and reason.
    public VoidStamp? Void { get; init; }
}
