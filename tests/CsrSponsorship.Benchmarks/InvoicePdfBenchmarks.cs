using BenchmarkDotNet.Attributes;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Benchmarks;

// Invoice PDF rendering on one thread: target ≥ 50 single-page renders per second (mean ≤ 20 ms); the two-page
// invoice (20 workers in the attachment) must stay ≤ 300 KB. Sizes are printed once from the global setup.
[Config(typeof(ShortInProcessConfig))]
public class InvoicePdfBenchmarks
{
    private InvoicePdfModel onePage = default!;
    private InvoicePdfModel twoPages = default!;

    [GlobalSetup]
    public void Setup()
    {
        onePage = Model(workers: 0);
        twoPages = Model(workers: 20);
        Console.WriteLine($"// invoice sizes: 1 page {InvoicePdf.Render(onePage).Length:N0} bytes, 2 pages {InvoicePdf.Render(twoPages).Length:N0} bytes");
    }

    [Benchmark(Description = "Invoice PDF, 1 page")]
    public int SinglePage() => InvoicePdf.Render(onePage).Length;

    [Benchmark(Description = "Invoice PDF, 2 pages (20 workers)")]
    public int TwoPages() => InvoicePdf.Render(twoPages).Length;

    private static InvoicePdfModel Model(int workers) => new()
    {
        Letterhead = new LetterheadModel(
            "PEMERINTAH KABUPATEN TANAH LAUT",
            "DINAS TENAGA KERJA DAN PERINDUSTRIAN",
            "Jalan Jenderal Sudirman Nomor 1, Pelaihari, Kalimantan Selatan 70815",
            "disnakerind.tanahlautkab.go.id",
            "disnakerind@tanahlautkab.go.id"),
        Number = "TGH-2026-000123",
        IssueDate = new DateOnly(2026, 6, 18),
        DueDate = new DateOnly(2026, 6, 30),
        CompanyName = "PT Sinar Jorong Energi",
        CompanyAddress = "Jalan Raya Jorong Km. 12, Desa Asam Asam, Kecamatan Jorong, Kabupaten Tanah Laut",
        CompanyNpwp = "0912345678901000",
        PeriodStart = new YearMonth(2026, 7),
        PeriodEnd = new YearMonth(2026, 12),
        LetterReference = "Surat Edaran Nomor 500.15.10/123/Disnakerind/2026",
        Lines =
        [
            new("Iuran JKK dan JKM", 20, 120, 16_800, 2_016_000),
            new("Iuran JHT", 5, 30, 20_000, 600_000),
            new("Potongan iuran JKK dan JKM 50% (PP 50/2025)", null, 60, -8_400, -504_000),
        ],
        Total = 2_112_000,
        TotalInWords = Terbilang.Rupiah(2_112_000),
        PaymentInstructions = "Pembayaran dilakukan langsung kepada BPJS Ketenagakerjaan Cabang Pratama Tanah Laut melalui " +
            "rekening virtual 8888 0123 4567 8901 paling lambat pada tanggal jatuh tempo.",
        Signer = new SignatureModel(
            "Pelaihari",
            new DateOnly(2026, 6, 18),
            ["a.n. KEPALA DINAS TENAGA KERJA DAN PERINDUSTRIAN", "Sekretaris,"],
            "Drs. H. SUPRIYANTO, M.Si.",
            "Pembina Tingkat I (IV/b)",
            "198001012005011001"),
        VerificationUrl = "https://csr.tanahlautkab.go.id/verifikasi/tagihan/TGH-2026-000123",
        Workers =
        [
            .. Enumerable.Range(1, workers).Select(i => new InvoicePdfWorker(
                NikMask.Mask($"630102{(i % 28) + 1:00}0790{i:0000}"),
                $"Pekerja Sintetis {i}",
                "Asam Asam",
                "Petani/pekebun",
                new YearMonth(2026, 7),
                new YearMonth(2026, 12),
                100_800)),
        ],
    };
}
