using System.Globalization;
using System.Security.Cryptography;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Sponsorships;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.CrashHarness;

// Keuangan's day, compressed, until killed: partial payments of small amounts across the open invoices,
// now and then a full one (which settles the invoice and activates its sponsorships in the same
// transaction) or a reversal. When open invoices run short, Disnakerind adopts a few workers for a
// company (sponsorships + coverage months) and bills them, so every write path of money runs.
public sealed class PaymentWriter(HarnessApp app)
{
    public const string ReferencePrefix = "CRASH-";

    private const int MinOpenInvoices = 6;
    private const int WorkersPerAdoption = 4;

    // Not security: distinct references across restarts of the same database.
    private readonly string run = Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
#pragma warning disable CA5394 // Random is fine for picking test data.
    private readonly Random random = new();
    private int sequence;

    public async Task RunAsync()
    {
        var payments = app.Get<PaymentService>();
        var companies = await CompaniesAsync();
        Journal.Write("ready pay");
        while (true)
        {
            var open = await OpenInvoicesAsync();
            if (open.Count < MinOpenInvoices)
            {
                await AdoptAndBillAsync(companies[random.Next(companies.Count)]);
                continue;
            }

            if (random.Next(10) == 0 && await ReverseOneAsync(payments))
            {
                continue;
            }

            var (invoiceId, outstanding) = open[random.Next(open.Count)];
            var amount = random.Next(4) == 0 || outstanding <= 20_000 ? outstanding : Math.Min(outstanding - 1, 100L * random.Next(10, 200));
            var reference = string.Create(CultureInfo.InvariantCulture, $"{ReferencePrefix}{run}-{++sequence:000000}");
            app.ActAs(Roles.Keuangan);
            Journal.Write(string.Create(CultureInfo.InvariantCulture, $"pay-begin {reference} {invoiceId} {amount}"));
            var recorded = await payments.RecordAsync(invoiceId, new PaymentInput(Wita.Today(TimeProvider.System), amount, PaymentMethod.TransferBpjs, reference));
            var state = recorded.InvoiceStatus == InvoiceStatus.Lunas ? "settled" : "partial";
            Journal.Write(string.Create(CultureInfo.InvariantCulture, $"pay-commit {reference} {invoiceId} {amount} {recorded.PaymentId} {state}"));
        }
    }

    private async Task<bool> ReverseOneAsync(PaymentService payments)
    {
        int? paymentId;
        await using (var db = await app.DbAsync())
        {
            paymentId = await db.Payments.AsNoTracking()
                .Where(p => p.Status == PaymentStatus.Sah && p.BankReference.StartsWith(ReferencePrefix))
                .OrderBy(p => EF.Functions.Random()).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        }

        if (paymentId is not { } id)
        {
            return false;
        }

        app.ActAs(Roles.Keuangan);
        Journal.Write(string.Create(CultureInfo.InvariantCulture, $"reverse-begin {id}"));
        await payments.ReverseAsync(id, "Uji ketahanan: referensi bank keliru.");
        Journal.Write(string.Create(CultureInfo.InvariantCulture, $"reverse-commit {id}"));
        return true;
    }

    private async Task AdoptAndBillAsync(int companyId)
    {
        app.ActAs(Roles.Disnakerind);
        var adoption = app.Get<AdoptionService>();
        var current = YearMonth.FromDate(Wita.Today(TimeProvider.System));
        // A random window in the next three years: demo workers have room for many non-overlapping ones.
        var terms = new AdoptionTerms(IncludeJht: random.Next(2) == 0, current.AddMonths(1 + random.Next(36)), 3);
        var picked = await adoption.AutoPickAsync(new EligibleQuery(terms, companyId), WorkersPerAdoption);
        if (picked.Count == 0)
        {
            return;
        }

        Journal.Write(string.Create(CultureInfo.InvariantCulture, $"adopt-begin {companyId} {picked.Count}"));
        var adopted = await adoption.SubmitAsync(new AdoptionRequest(picked, terms, companyId));
        Journal.Write(string.Create(CultureInfo.InvariantCulture, $"adopt-commit {adopted.BatchId} {adopted.SponsorshipIds.Count}"));

        Journal.Write(string.Create(CultureInfo.InvariantCulture, $"issue-begin {companyId}"));
        var invoiceId = await app.Get<InvoiceService>().IssueAllForCompanyAsync(companyId, Wita.Today(TimeProvider.System).AddDays(14));
        Journal.Write(string.Create(CultureInfo.InvariantCulture, $"issue-commit {invoiceId}"));
    }
#pragma warning restore CA5394

    private async Task<List<int>> CompaniesAsync()
    {
        await using var db = await app.DbAsync();
        return await db.Companies.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
    }

    private async Task<List<(int Id, long Outstanding)>> OpenInvoicesAsync()
    {
        await using var db = await app.DbAsync();
        var rows = await db.Invoices.AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Terbit || i.Status == InvoiceStatus.SebagianDibayar)
            .Select(i => new { i.Id, i.Total, i.PaidAmount }).ToListAsync();
        return [.. rows.Select(r => (r.Id, r.Total - r.PaidAmount))];
    }
}
