using System.Text.Json;
using CsrSponsorship.Benchmarks;
using CsrSponsorship.Benchmarks.Scale;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Tools;

// The scale tool of issue 20 (tests/CsrSponsorship.Benchmarks, decision 0210) kept from rotting: its bulk seed writes rows
// the services read and change as their own, and a tiny run emits every figure. Speed is never asserted here.
public abstract class ScaleToolTests
{
    private static readonly string[] Keys =
    [
        "workers", "seed_s", "list_filtered_ms", "list_unfiltered_ms", "list_name_ms", "dashboard_ms", "dashboard_count_ms", "public_page_ms",
        "letter_recipients",
        "letter_combined_s", "letter_peak_mb", "letter_single_copy_ms", "invoice_pdf_per_s", "excel_rows", "excel_s", "excel_peak_mb",
        "payment_writers", "payment_p50_ms", "payment_p95_ms", "payment_p99_ms", "payment_errors",
        "list_sponsorships_ms", "list_sponsorships_deep_ms", "list_invoices_ms", "list_invoices_deep_ms", "list_payments_ms", "list_payments_deep_ms",
        "audit_rows", "list_audit_ms", "list_audit_deep_ms", "list_audit_filtered_ms",
    ];

    private static readonly string[] PeakKeys = ["letter_peak_mb", "excel_peak_mb"];

    protected abstract Task<string[]> EngineArgumentsAsync();

    // Peaks come from child processes (PeakProbe), the same code on both engines: one engine keeps that path from
    // rotting, and the other run stays short (the suite runs on 2 cores).
    protected abstract bool MeasuresPeaks { get; }

    [Fact]
    public async Task Rows_seeded_through_the_bulk_path_are_read_and_changed_by_the_services_as_their_own()
    {
        var options = ScaleOptions.Parse([.. await EngineArgumentsAsync(), "--workers", "300", "--excel-rows", "50", "--letter-recipients", "3", "--payment-writers", "2"]);
        await using var database = ScaleDatabase.Create(options);
        await using var app = await database.StartAppAsync();
        SeedResult seed;
        await using (var writer = await database.OpenWriterAsync(app))
        await using (var db = await app.DbAsync())
        {
            seed = await new ScaleSeeder(options, TextWriter.Null).SeedAsync(db, writer);
        }

        app.ActAs(Roles.Disnakerind);
        var workers = app.Get<WorkerService>();
        int seededPayments;
        Worker first, unverified;
        await using (var db = await app.DbAsync())
        {
            first = await db.Workers.AsNoTracking().SingleAsync(w => w.Id == 1);
            unverified = await db.Workers.AsNoTracking().Where(w => w.Status == WorkerStatus.Terdaftar).OrderBy(w => w.Id).FirstAsync();
            seededPayments = await db.Payments.CountAsync();
        }

        Assert.True(NikCheck.Check(first.Nik, first.BirthDate, first.Sex).IsValid);
        var found = Assert.Single((await workers.SearchAsync(new WorkerQuery(Search: first.Nik))).Items);
        Assert.Equal((1, first.FullName), (found.Id, found.FullName));
        var byName = await workers.SearchAsync(new WorkerQuery(Search: first.FullName.Split(' ')[1].ToUpperInvariant(), Page: new PageRequest(0, 500)));
        Assert.Contains(byName.Items, w => w.Id == 1);
        var detail = await workers.GetAsync(1);
        Assert.Equal((first.DesaCode, first.Status, first.BirthDate), (detail.DesaCode, detail.Status, detail.BirthDate));
        Assert.False(string.IsNullOrEmpty(detail.KecamatanName));

        // An update carries the seeded concurrency token in its WHERE clause: the stored Guid must read back as written.
        await workers.VerifyAsync(unverified.Id);
        Assert.Equal(WorkerStatus.Terverifikasi, (await workers.GetAsync(unverified.Id)).Status);

        var dashboard = await app.Get<DashboardService>().DisnakerindAsync();
        Assert.Equal(300, dashboard.WorkersRegistered);
        Assert.True(dashboard.WorkersSponsored > 0);
        Assert.True(dashboard.Money.Paid > 0);

        // New rows after the seed take ids after the seeded ones (identity counters moved on both engines).
        app.ActAs(Roles.Keuangan);
        var recorded = await app.Get<PaymentService>().RecordAsync(seed.UnpaidInvoiceIds[0], new PaymentInput(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), 500, PaymentMethod.TransferBpjs, "UJI-SKALA"));
        Assert.Equal((false, seededPayments + 1), (recorded.WasDuplicate, recorded.PaymentId));
        Assert.NotEmpty((await app.Get<InvoiceDocumentService>().InvoicePdfAsync(seed.UnpaidInvoiceIds[0])).Content);
    }

    [Fact]
    public async Task A_tiny_scale_run_writes_every_figure_as_a_number()
    {
        var json = Path.Combine(Path.GetTempPath(), $"csr-scale-{Guid.NewGuid():N}.json");
        try
        {
            string[] tiny = ["--workers", "2000", "--runs", "2", "--heavy-runs", "1", "--letter-recipients", "5", "--excel-rows", "500", "--payment-writers", "4", "--json", json,
                .. MeasuresPeaks ? Array.Empty<string>() : ["--no-peaks"]];
            Assert.Equal(0, await ScaleCommand.RunAsync([.. await EngineArgumentsAsync(), .. tiny], TextWriter.Null));

            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            var figures = report.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
            Assert.Equal(Keys, figures.Keys);
            Assert.All(figures.Values, v => Assert.Equal(JsonValueKind.Number, v.ValueKind));
            var n = figures.ToDictionary(f => f.Key, f => f.Value.GetDouble());
            Assert.Equal((2000, 5, 500, 4, 0), ((int)n["workers"], (int)n["letter_recipients"], (int)n["excel_rows"], (int)n["payment_writers"], (int)n["payment_errors"]));
            Assert.All(Keys.Where(k => k != "payment_errors" && (MeasuresPeaks || !PeakKeys.Contains(k))), k => Assert.True(n[k] > 0, $"{k} = {n[k]}"));
            Assert.All(PeakKeys, k => Assert.True(MeasuresPeaks == n[k] > 0, $"{k} = {n[k]}"));
            Assert.True(n["payment_p50_ms"] <= n["payment_p95_ms"] && n["payment_p95_ms"] <= n["payment_p99_ms"]);
        }
        finally
        {
            File.Delete(json);
        }
    }
    // Decision 0207: the bulk path switches the Workers triggers and indexes off and rebuilds them once. Compared with a
    // database that received the same workers through EF (every trigger firing per row), then changed the same way in both.
    [Fact]
    public async Task A_bulk_load_leaves_the_name_index_counts_triggers_and_indexes_as_inserting_row_by_row_does_and_later_writes_keep_them_right()
    {
        var options = ScaleOptions.Parse([.. await EngineArgumentsAsync(), "--workers", "2000", "--excel-rows", "50", "--letter-recipients", "3", "--payment-writers", "2"]);
        await using var bulk = ScaleDatabase.Create(options);
        await using var bulkApp = await bulk.StartAppAsync();
        await using (var writer = await bulk.OpenWriterAsync(bulkApp))
        await using (var db = await bulkApp.DbAsync())
        {
            await new ScaleSeeder(options, TextWriter.Null).SeedAsync(db, writer);
        }

        await using var plain = ScaleDatabase.Create(options);
        await using var plainApp = await plain.StartAppAsync();
        string moved, deleted;
        await using (var from = await bulkApp.DbAsync())
        await using (var to = await plainApp.DbAsync())
        {
            var rows = await from.Workers.AsNoTracking().OrderBy(w => w.Id).ToListAsync();
            moved = rows[10].Nik;
            deleted = rows.First(w => w.Status == WorkerStatus.Nonaktif).Nik;
            foreach (var row in rows)
            {
                to.Entry(row).Property(w => w.Id).CurrentValue = 0;
                to.Workers.Add(row);
            }

            await to.SaveChangesAsync();
        }

        Assert.Equal(await StateAsync(plainApp), await StateAsync(bulkApp));

        foreach (var app in new[] { bulkApp, plainApp })
        {
            await using var db = await app.DbAsync();
            var home = await db.Workers.AsNoTracking().Where(w => w.Nik == moved).Select(w => new { w.DesaCode, w.KecamatanCode, w.OccupationCode }).SingleAsync();
            var (nik, born, sex) = SyntheticData.Identity(options.Workers + 1, home.KecamatanCode[^2..]);
            db.Workers.Add(Worker.Register(
                new ValidWorker(nik, "Siti Baru Sekali", "Pelaihari", born, sex, home.DesaCode, home.KecamatanCode, "001", "002", "Jl. Contoh", null,
                    home.OccupationCode, null, 1_000_000, null, Provenance.Loket, "Petugas Loket", SyntheticData.TodayWita, null),
                "uji", DateTime.UtcNow));
            await db.SaveChangesAsync();
            await db.Workers.Where(w => w.Nik == moved).ExecuteUpdateAsync(s => s
                .SetProperty(w => w.NormalizedName, "ZAINAL PINDAH DESA").SetProperty(w => w.DesaCode, "63.01.01.2001")
                .SetProperty(w => w.KecamatanCode, "63.01.01").SetProperty(w => w.Status, WorkerStatus.Nonaktif));
            await db.Workers.Where(w => w.Nik == deleted).ExecuteDeleteAsync();
        }

        var after = await StateAsync(bulkApp);
        Assert.Equal(await StateAsync(plainApp), after);
        Assert.Contains("NameSearch:BARU SEKALI", after, StringComparison.Ordinal);
        Assert.Contains("NameSearch:PINDAH", after, StringComparison.Ordinal);
    }

    // Engine-specific: the triggers and indexes, as the catalog describes them (name, state, definition).
    protected abstract string CatalogSql { get; }

    // Everything the per-row upkeep maintains, keyed by NIK (ids may differ between the two databases): the catalog
    // (every table's indexes, which the bulk load builds after the rows), WorkerCounts row by row, and for a few keys
    // the workers the name index finds, checked against a plain scan.
    private async Task<string> StateAsync(BenchApp app)
    {
        await using var db = await app.DbAsync();
        var lines = await db.Database.SqlQueryRaw<string>(CatalogSql).ToListAsync();
        lines.AddRange((await db.WorkerCounts.AsNoTracking().ToListAsync()).Select(c => $"{c.DesaCode} {c.KecamatanCode} {c.Status} {c.Count}").Order(StringComparer.Ordinal));
        var names = await db.Workers.AsNoTracking().Select(w => new { w.Id, w.Nik, w.NormalizedName }).ToListAsync();
        foreach (var key in new[] { "SITI", "BARU SEKALI", "PINDAH", "AH", "NUR", "S" })
        {
            var ids = new List<int>();
            foreach (var part in db.IdsWithNameMatching(key))
            {
                ids.AddRange(await part.ToListAsync());
            }

            var found = names.Where(w => ids.Contains(w.Id)).Select(w => w.Nik).Order(StringComparer.Ordinal).ToList();
            var scanned = names.Where(w => key.Length < 3 ? w.NormalizedName.StartsWith(key, StringComparison.Ordinal) : w.NormalizedName.Contains(key, StringComparison.Ordinal));
            Assert.Equal(scanned.Select(w => w.Nik).Order(StringComparer.Ordinal), found);
            lines.Add($"NameSearch:{key} {string.Join(',', found)}");
        }

        return string.Join('\n', lines);
    }
}

public sealed class ScaleToolOnSqliteTests : ScaleToolTests
{
    protected override bool MeasuresPeaks => true;

    protected override Task<string[]> EngineArgumentsAsync() => Task.FromResult<string[]>([]);

    protected override string CatalogSql =>
        "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') AS \"Value\" FROM sqlite_master ORDER BY name";
}

[Trait("Category", "Postgres")]
public sealed class ScaleToolOnPostgreSqlTests : ScaleToolTests
{
    protected override bool MeasuresPeaks => false;

    protected override async Task<string[]> EngineArgumentsAsync() => ["--provider", "PostgreSQL", "--connection", await PostgresServer.AdminAsync()];

    protected override string CatalogSql => """
        SELECT "Value" FROM (
            SELECT tgname || ' ' || tgenabled::text || ' ' || pg_get_triggerdef(oid) AS "Value" FROM pg_trigger WHERE tgrelid = '"Workers"'::regclass AND NOT tgisinternal
            UNION ALL SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public') catalog
        ORDER BY "Value"
        """;
}
