using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Benchmarks;

// ReportService.PesertaDisponsoriAsync over 100,000 sponsored workers, one month. Target ≤ 5 s and ≤ 300 MB peak
// working set. Peak is measured per iteration: /proc/self/clear_refs "5" resets the kernel's high-water mark (VmHWM,
// which Process.PeakWorkingSet64 reads), so seeding and earlier iterations do not count.
[Config(typeof(ShortInProcessConfig))]
public class SponsoredReportBenchmarks
{
    public const int Sponsored = 100_000;

    private readonly List<long> peaks = [];
    private BenchApp app = default!;
    private ReportService reports = default!;
    private YearMonth month;

    // Its own file: the other benchmarks may wipe their workers, which sponsorships would forbid.
    public static string DatabasePath => Path.Combine(Path.GetTempPath(), "csr-bench", "sponsored-100k.db");

    [GlobalSetup]
    public async Task SetupAsync()
    {
        month = YearMonth.FromDate(SyntheticData.TodayWita);
        app = await BenchApp.StartAsync(DatabasePath);
        await using (var db = await app.DbAsync())
        {
            var number = month.Number;
            var covered = await db.CoverageMonths.CountAsync(c => c.Month == number);
            if (covered != Sponsored)
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM CoverageMonths; DELETE FROM Sponsorships; DELETE FROM WorkerEvents; DELETE FROM Workers;");
                await SyntheticData.SeedWorkersAsync(app, Sponsored);
                await SeedSponsorshipsAsync();
            }
        }

        reports = app.Get<ReportService>();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await app.DisposeAsync();
        if (peaks.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// Peak working set per iteration (MB): max {peaks.Max() / 1_048_576.0:0}, median {peaks.Order().ElementAt(peaks.Count / 2) / 1_048_576.0:0}"));
        }
    }

    [IterationSetup]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet calls its hooks on the instance.")]
    public void ResetPeak()
    {
        GC.Collect();
        if (File.Exists("/proc/self/clear_refs"))
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    [IterationCleanup]
    public void RecordPeak()
    {
        using var self = Process.GetCurrentProcess();
        peaks.Add(self.PeakWorkingSet64);
    }

    [Benchmark(Description = "Peserta Disponsori, 100,000 rows")]
    public async Task<int> PesertaDisponsori()
    {
        var file = await reports.PesertaDisponsoriAsync(month);
        return file.Content.Length;
    }

    private async Task SeedSponsorshipsAsync()
    {
        await using var db = await app.DbAsync();
        var company = Company.Create("PT Tolok Ukur Sejahtera", "Jl. Contoh No. 1, Kintap", "0912345678901000", DateTime.UtcNow);
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        var workerIds = await db.Workers.AsNoTracking().OrderBy(w => w.Id).Select(w => w.Id).ToListAsync();
        var batch = Guid.NewGuid();
        var now = DateTime.UtcNow;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        for (var start = 0; start < workerIds.Count; start += 10_000)
        {
            foreach (var id in workerIds.Skip(start).Take(10_000))
            {
                db.Sponsorships.Add(Sponsorship.Create(
                    new SponsorshipTerms(batch, company.Id, id, FundingSource.Csr, null, false, month, 1), 16_800, "bench-admin", now, month));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync();
    }
}
