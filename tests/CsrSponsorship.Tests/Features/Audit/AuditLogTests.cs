using System.Text.Json;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Audit;

public sealed class AuditLogTests : IAsyncLifetime
{
    private TestApp app = default!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Recording_a_payment_logs_the_paid_amount_before_and_after_and_who_recorded_it()
    {
        var june5 = new DateOnly(2026, 6, 5);
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Pembayar"));
        app.Clock.SetWitaDate(june5);
        app.ActAsKeuangan();

        var recorded = await app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(june5, 100_000, PaymentMethod.TransferBpjs, "TRX-1"));

        await using var db = await app.DbAsync();
        var invoiceChange = await db.AuditEntries.SingleAsync(a =>
            a.EntityType == "Invoice" && a.EntityId == Key(invoiceId) && a.Action == AuditActions.Updated && a.After!.Contains("PaidAmount"));
        Assert.Equal(0, Property(invoiceChange.Before, "PaidAmount").GetInt64());
        Assert.Equal(100_000, Property(invoiceChange.After, "PaidAmount").GetInt64());
        Assert.Equal(("keuangan-1", "keuangan@test.local"), (invoiceChange.UserId, invoiceChange.UserName));
        var paymentRow = await db.AuditEntries.SingleAsync(a => a.EntityType == "Payment" && a.EntityId == Key(recorded.PaymentId));
        Assert.Equal(AuditActions.Created, paymentRow.Action);
        Assert.Equal(100_000, Property(paymentRow.After, "Amount").GetInt64());
    }

    [Fact]
    public async Task A_worker_change_is_logged_with_the_NIK_and_phone_masked()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var draft = new WorkerDraftBuilder().With(d => d.Phone = "081234567890").Build();
        var workers = app.Get<WorkerService>();

        var saved = await workers.CreateAsync(draft);

        await using var db = await app.DbAsync();
        var row = await db.AuditEntries.SingleAsync(a => a.EntityType == "Worker" && a.EntityId == Key(saved.Id));
        Assert.Equal((AuditActions.Created, "loket-1"), (row.Action, row.UserId));
        Assert.DoesNotContain(draft.Nik!, row.After!, StringComparison.Ordinal);
        Assert.Equal(NikMask.Mask(draft.Nik!), Property(row.After, "Nik").GetString());
        Assert.DoesNotContain("1234567890", row.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_change_logs_the_birth_year_only_so_the_masked_NIK_beside_it_stays_masked()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var draft = new WorkerDraftBuilder().Build();
        var born = draft.BirthDate!.Value;

        var saved = await app.Get<WorkerService>().CreateAsync(draft);

        await using var db = await app.DbAsync();
        var row = await db.AuditEntries.SingleAsync(a => a.EntityType == "Worker" && a.EntityId == Key(saved.Id));
        Assert.Equal($"{born.Year}-••-••", Property(row.After, "BirthDate").GetString());
        Assert.DoesNotContain(born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Admin_filters_the_log_by_user_and_entity_and_exporting_it_is_itself_logged()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        await app.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder().Build());
        await app.CompanyAsync("PT Lain");
        app.ActAsAdmin();
        var audit = app.Get<AuditService>();

        var byLoket = await audit.ListAsync(new AuditQuery(User: "loket-1", EntityType: "Worker"));
        var export = await audit.ExportAsync(new AuditQuery(EntityType: "Worker"));

        Assert.Equal("loket-1", Assert.Single(byLoket.Items).UserId);
        Assert.NotEmpty(export.Content);
        var logged = Assert.Single((await audit.ListAsync(new AuditQuery(Action: AuditService.Exported))).Items);
        Assert.Equal(("test-user", "AuditLog"), (logged.UserId, logged.EntityType));
    }

    [Fact]
    public async Task Opening_a_worker_with_the_full_NIK_is_logged_and_a_masked_view_is_not()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var saved = await app.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder().Build());
        app.ActAs(Roles.Keuangan, userId: "keuangan-1");
        await app.Get<WorkerService>().GetAsync(saved.Id);
        app.ActAs(Roles.Disnakerind, userId: "disnaker-1");

        await app.Get<WorkerService>().GetAsync(saved.Id);

        await using var db = await app.DbAsync();
        var reveal = await db.AuditEntries.SingleAsync(a => a.Action == AuditService.NikRevealed);
        Assert.Equal(("disnaker-1", "Worker", Key(saved.Id)), (reveal.UserId, reveal.EntityType, reveal.EntityId));
    }

    [Fact]
    public async Task Sign_ins_and_failed_sign_ins_are_logged()
    {
        var audit = app.Get<AuditService>();

        await audit.RecordSignInAsync("admin@test.local", "admin-1", succeeded: true);
        await audit.RecordSignInAsync("penyusup@test.local", null, succeeded: false);

        await using var db = await app.DbAsync();
        var rows = await db.AuditEntries.Where(a => a.EntityType == "User").OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName }).ToListAsync();
        Assert.Equal(
            [(AuditService.SignedIn, "admin@test.local"), (AuditService.SignInFailed, "penyusup@test.local")],
            rows.Select(r => (r.Action, r.UserName)));
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static JsonElement Property(string? json, string name) => JsonDocument.Parse(json!).RootElement.GetProperty(name);
}
