using BenchmarkDotNet.Attributes;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CsrSponsorship.Benchmarks;

// Every dashboard query over 100,000 workers and 20,000 sponsorships (40 companies, 2,000 invoices, 1,500
// payments). Target ≤ 200 ms each. Runs on a copy of the search database, so that one stays as it is.
[Config(typeof(ShortInProcessConfig))]
public class DashboardBenchmarks
{
    public const int Sponsorships = 20_000;
    private const int Companies = 40;

    private BenchApp app = default!;
    private DashboardService dashboards = default!;
    private CoverageService coverage = default!;
    private CsrStatementService statements = default!;
    private int companyId;

    public static string DatabasePath => Path.Combine(Path.GetTempPath(), "csr-bench", "dashboard-100k.db");

    [GlobalSetup]
    public async Task SetupAsync()
    {
        app = await BenchApp.StartAsync(DatabasePath);
        await using (var db = await app.DbAsync())
        {
            if (await db.Workers.CountAsync() != WorkerSearchBenchmarks.Workers || await db.Sponsorships.CountAsync() != Sponsorships)
            {
                await db.Database.ExecuteSqlRawAsync(
                    "DELETE FROM Payments; DELETE FROM InvoiceLines; DELETE FROM InvoiceWorkers; DELETE FROM Invoices; DELETE FROM CoverageMonths; " +
                    "DELETE FROM Sponsorships; DELETE FROM CompanyOperatingDesa; DELETE FROM Companies; DELETE FROM WorkerEvents; DELETE FROM Workers;");
                await SyntheticData.SeedWorkersAsync(app, WorkerSearchBenchmarks.Workers);
                await SeedSponsorshipsAsync(app);
            }

            companyId = await db.Companies.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        }

        dashboards = app.Get<DashboardService>();
        coverage = app.Get<CoverageService>();
        statements = app.Get<CsrStatementService>();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await app.DisposeAsync();

    [Benchmark(Description = "Disnakerind dashboard")]
    public async Task<int> Disnakerind() => (await dashboards.DisnakerindAsync()).WorkersRegistered;

    [Benchmark(Description = "Csr dashboard (one company)")]
    public async Task<int> Csr() => (await dashboards.CsrAsync(companyId)).MyWorkers;

    [Benchmark(Description = "Keuangan dashboard")]
    public async Task<long> Keuangan() => (await dashboards.KeuanganAsync()).Outstanding;

    [Benchmark(Description = "Loket home")]
    public async Task<int> Loket() => (await dashboards.LoketAsync()).EndingSoon;

    [Benchmark(Description = "Public /cakupan")]
    public async Task<int> PublicCoverage() => (await coverage.GetAsync()).Kecamatan.Count;

    [Benchmark(Description = "CSR statement figures (one company, this year)")]
    public async Task<int> Statement() => (await statements.GetAsync(companyId, SyntheticData.TodayWita.Year)).Workers;

    private static async Task SeedSponsorshipsAsync(BenchApp app)
    {
        var random = new Random(7);
        var now = DateTime.UtcNow;
        var current = YearMonth.FromDate(SyntheticData.TodayWita);
        await using var db = await app.DbAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var companies = Enumerable.Range(1, Companies).Select(i => Company.Create($"PT Bench {i:00}", "Pelaihari", null, now)).ToList();
        db.Companies.AddRange(companies);
        await db.SaveChangesAsync();
        var workerIds = await db.Workers.OrderBy(w => w.Id).Select(w => w.Id).Take(Sponsorships).ToListAsync();
        SponsorshipOutcome[] outcomes = [SponsorshipOutcome.Diperpanjang, SponsorshipOutcome.Mandiri, SponsorshipOutcome.Dialihkan, SponsorshipOutcome.Nonaktif];
        await using var transaction = await db.Database.BeginTransactionAsync();
        for (var i = 0; i < workerIds.Count; i++)
        {
            // Start months from 18 months ago to 2 months ahead; a past start is allowed by passing it as "current".
            var start = current.AddMonths(random.Next(-18, 3));
            var months = Sponsorship.AllowedMonths[random.Next(Sponsorship.AllowedMonths.Count)];
            var company = companies[i % Companies];
            var s = Sponsorship.Create(
                new SponsorshipTerms(Guid.NewGuid(), company.Id, workerIds[i], FundingSource.Csr, null, false, start, months),
                months * 14_700L, "bench-admin", now, start);
            if (start <= current || random.Next(2) == 0)
            {
                s.MarkInvoiced();
                if (start <= current && random.Next(20) != 0)
                {
                    s.MarkPaid();
                    if (s.EndMonth < current && random.Next(10) < 7)
                    {
                        s.RecordOutcome(outcomes[random.Next(outcomes.Length)], null, "bench-admin", now, current);
                    }
                }
            }

            db.Sponsorships.Add(s);
            if (i % 2_000 == 1_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        await SeedInvoicesAsync((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction(), companies, current, random);
        await transaction.CommitAsync();
    }

    // Invoices and payments only feed Keuangan's sums and lists, so plain rows are enough.
    private static async Task SeedInvoicesAsync(SqliteConnection connection, SqliteTransaction transaction, List<Company> companies, YearMonth current, Random random)
    {
        var today = SyntheticData.TodayWita;
        for (var i = 0; i < 2_000; i++)
        {
            var issued = today.AddDays(-random.Next(0, 540));
            var total = random.Next(5, 200) * 88_200L;
            var paid = i % 4 == 0 ? 0 : total;
            var status = paid == total ? 4 : 2;
            using var invoice = connection.CreateCommand();
            invoice.Transaction = transaction;
            invoice.CommandText =
                "INSERT INTO Invoices (CompanyId, Number, Status, IssueDate, DueDate, PeriodStart, PeriodEnd, Total, PaidAmount, VerificationToken, CreatedByUserId, CreatedAtUtc, Version) " +
                "VALUES ($c, $n, $s, $i, $d, $p, $p, $t, $paid, $v, 'bench-admin', $i, $g); SELECT last_insert_rowid();";
            invoice.Parameters.AddWithValue("$c", companies[i % companies.Count].Id);
            invoice.Parameters.AddWithValue("$n", $"900.1/{i:0000}/BENCH");
            invoice.Parameters.AddWithValue("$s", status);
            invoice.Parameters.AddWithValue("$i", issued.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            invoice.Parameters.AddWithValue("$d", issued.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            invoice.Parameters.AddWithValue("$p", current.Number);
            invoice.Parameters.AddWithValue("$t", total);
            invoice.Parameters.AddWithValue("$paid", paid);
            invoice.Parameters.AddWithValue("$v", $"bench-{i}");
            invoice.Parameters.AddWithValue("$g", Guid.NewGuid().ToString());
            var id = (long)(await invoice.ExecuteScalarAsync() ?? 0L);
            if (paid == 0)
            {
                continue;
            }

            using var payment = connection.CreateCommand();
            payment.Transaction = transaction;
            payment.CommandText =
                "INSERT INTO Payments (InvoiceId, PaidOn, Amount, Method, BankReference, RecordedByUserId, RecordedAtUtc, Status, Version) " +
                "VALUES ($i, $on, $a, 1, $r, 'bench-admin', $on, 1, $g)";
            payment.Parameters.AddWithValue("$i", id);
            payment.Parameters.AddWithValue("$on", issued.AddDays(random.Next(0, 20)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            payment.Parameters.AddWithValue("$a", paid);
            payment.Parameters.AddWithValue("$r", $"BENCH-{i}");
            payment.Parameters.AddWithValue("$g", Guid.NewGuid().ToString());
            await payment.ExecuteNonQueryAsync();
        }
    }
}
