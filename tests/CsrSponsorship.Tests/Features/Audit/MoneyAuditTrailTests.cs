using System.Globalization;
using System.Reflection;
using System.Text.Json;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Audit;

// An auditor's check: starting from nothing and applying the audit log's "after" values in order must give today's
// money figures for every row. A money change that bypassed the log would leave a row that does not replay.
public sealed class MoneyAuditTrailTests : IAsyncLifetime
{
    private static readonly DateOnly June5 = new(2026, 6, 5);
    private TestApp app = default!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Replaying_the_audit_log_gives_every_current_money_value_after_a_day_of_money_changes()
    {
        await DayOfMoneyChangesAsync();

        await using var db = await app.DbAsync();
        var log = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        var mismatches = new List<string>();
        mismatches.AddRange(await ReplayAsync<Invoice>(db, log, i => i.Id, nameof(Invoice.Total), nameof(Invoice.PaidAmount), nameof(Invoice.Status)));
        mismatches.AddRange(await ReplayAsync<Payment>(db, log, p => p.Id, nameof(Payment.Amount), nameof(Payment.Status)));
        mismatches.AddRange(await ReplayAsync<Sponsorship>(db, log, s => s.Id, nameof(Sponsorship.EstimatedTotal), nameof(Sponsorship.Status)));
        mismatches.AddRange(await ReplayAsync<Company>(db, log, c => c.Id, nameof(Company.AnnualCsrBudget)));
        mismatches.AddRange(await ReplayAsync<Worker>(db, log, w => w.Id, nameof(Worker.DeclaredIncome)));
        mismatches.AddRange(await ReplayAsync<RateVersionRecord>(db, log, r => r.Id, nameof(RateVersionRecord.JkmFlat), nameof(RateVersionRecord.MinimumIncome)));

        Assert.Empty(mismatches);
        Assert.True(log.Count(a => a.EntityType == nameof(Payment)) >= 3, "the scenario recorded and reversed payments");
    }

    private async Task DayOfMoneyChangesAsync()
    {
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        var payer = await app.CompanyAsync("PT Pembayar Tertib");
        var canceller = await app.CompanyAsync("PT Batal Tagih");
        var paidInvoice = await app.IssuedInvoiceAsync(payer, workers: 3);
        var cancelledInvoice = await app.IssuedInvoiceAsync(canceller, workers: 2);
        app.Clock.SetWitaDate(June5);

        app.ActAsKeuangan();
        var payments = app.Get<PaymentService>();
        var total = (await app.Get<InvoiceService>().GetAsync(paidInvoice)).Row.Total;
        var first = await payments.RecordAsync(paidInvoice, new PaymentInput(June5, 100_000, PaymentMethod.TransferBpjs, "TRX-A1"));
        await payments.RecordAsync(paidInvoice, new PaymentInput(June5, total - 100_000, PaymentMethod.TransferBpjs, "TRX-A2"));
        await payments.ReverseAsync(first.PaymentId, "Salah catat nominal");
        await payments.RecordAsync(paidInvoice, new PaymentInput(June5, 100_000, PaymentMethod.TransferBpjs, "TRX-A3"));

        app.ActAs(Roles.Disnakerind);
        var invoices = app.Get<InvoiceService>();
        await invoices.CancelAsync(cancelledInvoice, "Salah periode", SponsorshipsOnCancel.Cancelled, (await invoices.GetAsync(cancelledInvoice)).Version);
        await using var db = await app.DbAsync();
        var active = await db.Sponsorships.Where(s => s.CompanyId == payer.Id && s.Status == SponsorshipStatus.Aktif).Select(s => s.Id).ToListAsync();
        Assert.NotEmpty(active);
        await app.Get<SponsorshipService>().ExtendAsync(active, 3, includeJht: false);
    }

    private static async Task<IEnumerable<string>> ReplayAsync<T>(AppDbContext db, List<AuditEntry> log, Func<T, object> key, params string[] properties)
        where T : class
    {
        var name = typeof(T).Name;
        var history = log.Where(a => a.EntityType == name).ToLookup(a => a.EntityId);
        var rows = await db.Set<T>().AsNoTracking().ToListAsync();
        var mismatches = new List<string>();
        foreach (var row in rows)
        {
            var id = Convert.ToString(key(row), CultureInfo.InvariantCulture)!;
            var replayed = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var entry in history[id])
            {
                if (entry.After is null)
                {
                    continue;
                }

                foreach (var property in JsonDocument.Parse(entry.After).RootElement.EnumerateObject())
                {
                    replayed[property.Name] = property.Value.Clone();
                }
            }

            foreach (var property in properties)
            {
                var current = typeof(T).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(row);
                var expected = current is Enum e ? Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : Convert.ToString(current, CultureInfo.InvariantCulture);
                var logged = replayed.TryGetValue(property, out var value) ? Text(value) : "(not in the log)";
                if (logged != (expected ?? "") && !(current is Enum && logged == current.ToString()))
                {
                    mismatches.Add($"{name} {id}.{property}: now {current}, log says {logged}");
                }
            }
        }

        return mismatches;
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
