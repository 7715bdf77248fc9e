using System.Globalization;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Tests.Documents.Pdf;

// Synthetic, prepared document models: what the invoicing and payment services would hand over.
internal static class DocumentModels
{
    public const string InvoiceNumber = "TGH-2026-000123";
    public const long InvoiceTotal = 2_112_000;

    private static readonly string[] Desa = ["Asam Asam", "Swarangan", "Jorong", "Muara Asam Asam", "Kintap", "Kintapura"];
    private static readonly string[] Occupations = ["Petani/pekebun", "Nelayan", "Buruh harian lepas", "Pedagang kecil"];

    public static LetterheadModel Letterhead { get; } = new(
        "PEMERINTAH KABUPATEN TANAH LAUT",
        "DINAS TENAGA KERJA DAN PERINDUSTRIAN",
        "Jalan Jenderal Sudirman Nomor 1, Pelaihari, Kalimantan Selatan 70815, Telepon (0512) 21000",
        "disnakerind.tanahlautkab.go.id",
        "disnakerind@tanahlautkab.go.id",
        PdfTestFiles.Png(120, 140));

    public static SignatureModel Signer { get; } = new(
        "Pelaihari",
        new DateOnly(2026, 6, 18),
        ["a.n. KEPALA DINAS TENAGA KERJA DAN PERINDUSTRIAN", "Sekretaris,"],
        "Drs. H. SUPRIYANTO, M.Si.",
        "Pembina Tingkat I (IV/b)",
        "198001012005011001");

    // 120 worker-months of JKK+JKM, 30 of JHT, and the PP 50/2025 halving of JKK+JKM on 60 of them.
    public static InvoicePdfModel Invoice(int workers = 0) => new()
    {
        Letterhead = Letterhead,
        Number = InvoiceNumber,
        IssueDate = new DateOnly(2026, 6, 18),
        DueDate = new DateOnly(2026, 6, 30),
        CompanyName = "PT Sinar Jorong Energi",
        CompanyAddress = "Jalan Raya Jorong Km. 12, Desa Asam Asam, Kecamatan Jorong, Kabupaten Tanah Laut",
        CompanyNpwp = "0912345678901000",
        PeriodStart = new YearMonth(2026, 7),
        PeriodEnd = new YearMonth(2026, 12),
        LetterReference = "Surat Edaran Nomor 500.15.10/123/Disnakerind/2026 dan surat kesanggupan perusahaan tanggal 2 Juni 2026",
        Lines =
        [
            new("Iuran JKK dan JKM", 20, 120, 16_800, 2_016_000),
            new("Iuran JHT", 5, 30, 20_000, 600_000),
            new("Potongan iuran JKK dan JKM 50% (PP 50/2025)", null, 60, -8_400, -504_000),
        ],
        Total = InvoiceTotal,
        TotalInWords = Terbilang.Rupiah(InvoiceTotal),
        PaymentInstructions =
            "Pembayaran dilakukan langsung kepada BPJS Ketenagakerjaan Cabang Pratama Tanah Laut melalui transfer ke " +
            "rekening virtual 8888 0123 4567 8901 paling lambat pada tanggal jatuh tempo.\n" +
            "Cantumkan nomor tagihan pada berita transfer.",
        Signer = Signer,
        VerificationUrl = "https://csr.tanahlautkab.go.id/verifikasi/tagihan/" + InvoiceNumber,
        Workers = [.. Enumerable.Range(1, workers).Select(Worker)],
    };

    public static string FullNik(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"630102{(i % 28) + 1:00}0790{i:0000}");

    public static InvoicePdfWorker Worker(int i) => new(
        NikMask.Mask(FullNik(i)),
        $"Pekerja Sintetis {i}",
        Desa[i % Desa.Length],
        Occupations[i % Occupations.Length],
        new YearMonth(2026, 7),
        new YearMonth(2026, 12),
        100_800);

    public static ReceiptPdfModel Receipt(long amount = 5_250_000) => new()
    {
        Letterhead = Letterhead,
        ReceiptNumber = "KW-2026-000045",
        PaidOn = new DateOnly(2026, 6, 25),
        Recorder = "Dinas Tenaga Kerja dan Perindustrian Kabupaten Tanah Laut",
        PayerName = "PT Sinar Jorong Energi",
        PayerAddress = "Jl. Poros Jorong Km 7, Desa Jorong",
        PayerNpwp = "0912345678901000",
        Amount = amount,
        AmountInWords = Terbilang.Rupiah(amount),
        Purpose = "Iuran program JKK dan JKM periode Juli–Desember 2026 sesuai Tagihan Nomor " + InvoiceNumber + " tanggal 18 Juni 2026",
        PaidTo = "BPJS Ketenagakerjaan Kantor Cabang Pratama Tanah Laut",
        MethodText = "Transfer ke rekening virtual BPJS Ketenagakerjaan 8888 0123 4567 8901",
        BankReference = "FT26176ABC123",
        Signer = Signer with { Date = new DateOnly(2026, 6, 25), Position = ["Kepala Dinas Tenaga Kerja dan Perindustrian"], Rank = "Pembina (IV/a)", Nip = "198503152010012002" },
        VerificationUrl = "https://csr.tanahlautkab.go.id/verifikasi/kuitansi/KW-2026-000045",
    };
}
