namespace CsrSponsorship.Core.Features.Numbering;

// Configuration section "Invoicing". Who receives the money is policy, not code: the default is
// that companies pay BPJS Ketenagakerjaan directly (a regional office may not collect levies
// without a regional regulation) and the office only records and reconciles.
// It also names the issuing office (signer, letterhead, issuer) that receipts, circular letters and the CSR statement
// print, which is why it lives with numbering rather than in Invoicing.
public sealed class InvoiceOptions
{
    public const string Section = "Invoicing";

    // Due date = this day of the month before the first covered month.
    public int DueDayOfPreviousMonth { get; set; } = 10;

    // The address printed in QR codes and verification links (see IPublicAddress). Unset: the address of the
    // request (or circuit) the document is made for; required in Production.
    public string? PublicBaseUrl { get; set; }

    public string PaymentInstructions { get; set; } =
        "Pembayaran dilakukan langsung kepada BPJS Ketenagakerjaan Kantor Cabang Pratama Tanah Laut melalui rekening atau virtual account " +
        "yang diberikan BPJS Ketenagakerjaan, dengan mencantumkan nomor tagihan ini pada berita transfer. Dinas Tenaga Kerja dan " +
        "Perindustrian tidak menerima pembayaran tunai; Dinas mencatat pembayaran dan mencocokkannya dengan data kepesertaan BPJS Ketenagakerjaan. " +
        "Mohon kirimkan bukti transfer kepada Dinas.";

    public string SignerPosition { get; set; } = "Kepala Dinas Tenaga Kerja dan Perindustrian";

    // Placeholders: each deployment sets the real official here.
    public string SignerName { get; set; } = "NAMA KEPALA DINAS (atur di konfigurasi)";

    public string SignerRank { get; set; } = "Pangkat / golongan (atur di konfigurasi)";

    public string SignerNip { get; set; } = "000000000000000000";

    public string LetterheadRegency { get; set; } = "PEMERINTAH KABUPATEN TANAH LAUT";

    public string LetterheadOffice { get; set; } = "DINAS TENAGA KERJA DAN PERINDUSTRIAN";

    // Unverified: confirm the office's address, website and e-mail before going live.
    public string LetterheadAddress { get; set; } = "Jl. A. Syairani, Pelaihari";

    public string LetterheadWebsite { get; set; } = "disnakerind.tanahlautkab.go.id";

    public string LetterheadEmail { get; set; } = "disnakerind@tanahlautkab.go.id";

    public string Issuer { get; set; } = "Dinas Tenaga Kerja dan Perindustrian Kabupaten Tanah Laut";

    public string IssuePlace { get; set; } = "Pelaihari";

    // Who receives the companies' money, as printed on the bukti pencatatan pembayaran. The office only records
    // the payment, so that document carries no bea meterai (docs/decisions/0110-receipt-is-a-payment-record.md).
    public string PaymentRecipient { get; set; } = "BPJS Ketenagakerjaan Kantor Cabang Pratama Tanah Laut";

    public DocumentSigner Signer() => new(SignerPosition, SignerName, SignerRank, SignerNip);

    public Letterhead Letterhead() => new(LetterheadRegency, LetterheadOffice, LetterheadAddress, LetterheadWebsite, LetterheadEmail);
}
