using System.Text.Json;
using CsrSponsorship.Benchmarks.Scale;
using CsrSponsorship.Core.Common;
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
        "workers", "seed_s", "list_filtered_ms", "list_unfiltered_ms", "list_name_ms", "dashboard_ms", "public_page_ms", "letter_recipients",
        "letter_combined_s", "letter_peak_mb", "letter_single_copy_ms", "invoice_pdf_per_s", "excel_rows", "excel_s", "excel_peak_mb",
        "payment_writers", "payment_p50_ms", "payment_p95_ms", "payment_p99_ms", "payment_errors",
        "list_sponsorships_ms", "list_sponsorships_deep_ms", "list_invoices_ms", "list_invoices_deep_ms", "list_payments_ms", "list_payments_deep_ms",
        "audit_rows", "list_audit_ms", "list_audit_deep_ms", "list_audit_filtered_ms",
    ];

    protected abstract Task<string[]> EngineArgumentsAsync();

    [Fact]
    public async Task Rows_seeded_through_the_bulk_path_are_read_and_changed_by_the_services_as_their_own()
    {
        var options = ScaleOptions.Parse([.. await EngineArgumentsAsync(), "--workers", "300", "--excel-rows", "50", "--letter-recipients", "3", "--payment-writers", "2"]);
        await using var database = ScaleDatabase.Create(options);
        await using var app = await database.StartAppAsync();
        SeedResult seed;
        await using (var writer = await database.OpenWriterAsync())
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
            string[] tiny = ["--workers", "2000", "--runs", "2", "--heavy-runs", "1", "--letter-recipients", "5", "--excel-rows", "500", "--payment-writers", "4", "--json", json];
            Assert.Equal(0, await ScaleCommand.RunAsync([.. await EngineArgumentsAsync(), .. tiny], TextWriter.Null));

            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            var figures = report.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
            Assert.Equal(Keys, figures.Keys);
            Assert.All(figures.Values, v => Assert.Equal(JsonValueKind.Number, v.ValueKind));
            var n = figures.ToDictionary(f => f.Key, f => f.Value.GetDouble());
            Assert.Equal((2000, 5, 500, 4, 0), ((int)n["workers"], (int)n["letter_recipients"], (int)n["excel_rows"], (int)n["payment_writers"], (int)n["payment_errors"]));
            Assert.All(Keys.Where(k => k != "payment_errors"), k => Assert.True(n[k] > 0, $"{k} = {n[k]}"));
            Assert.True(n["payment_p50_ms"] <= n["payment_p95_ms"] && n["payment_p95_ms"] <= n["payment_p99_ms"]);
        }
        finally
        {
            File.Delete(json);
        }
    }
}

public sealed class ScaleToolOnSqliteTests : ScaleToolTests
{
    protected override Task<string[]> EngineArgumentsAsync() => Task.FromResult<string[]>([]);
}

[Trait("Category", "Postgres")]
public sealed class ScaleToolOnPostgreSqlTests : ScaleToolTests
{
    protected override async Task<string[]> EngineArgumentsAsync() => ["--provider", "PostgreSQL", "--connection", await PostgresServer.AdminAsync()];
}
