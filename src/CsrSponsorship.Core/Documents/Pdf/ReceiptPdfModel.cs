namespace CsrSponsorship.Core.Documents.Pdf;

// A kuitansi for a recorded payment, prepared by the payment service (amount, terbilang and the stamp-duty
// decision included): the document only places them.
public sealed record ReceiptPdfModel
{
    public required LetterheadModel Letterhead { get; init; }

    public required string ReceiptNumber { get; init; }

    public required DateOnly PaidOn { get; init; }

    // The paying company's legal name.
    public required string PayerName { get; init; }

    public required long Amount { get; init; }

    // Terbilang.Rupiah(Amount); printed with a capital first letter.
    public required string AmountInWords { get; init; }

    // "Pembayaran iuran BPJS Ketenagakerjaan sesuai Tagihan Nomor …"
    public required string Purpose { get; init; }

    // "Transfer ke rekening Bank Kalsel 001.00.12.345678 a.n. …"
    public required string MethodText { get; init; }

    public required string BankReference { get; init; }

    // Bea meterai (UU 10/2020): receipts of more than Rp5.000.000; the threshold is a setting in the service.
    public required bool StampDutyRequired { get; init; }

    public required SignatureModel Signer { get; init; }

    public required string VerificationUrl { get; init; }
}
