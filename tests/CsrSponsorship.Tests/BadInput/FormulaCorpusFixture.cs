using System.Globalization;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.BadInput;

// One company per formula string, named with it, and one worker named with it, adopted, invoiced and paid (a
// payment whose bank reference is the formula, reversed with the formula as reason, then a full payment), plus a
// failed sign-in typing it as user name: every user-typed column of every export then carries every formula.
public sealed class FormulaCorpusFixture : IAsyncLifetime
{
    public static readonly DateOnly June1 = new(2026, 6, 1);

    public TestApp App { get; private set; } = default!;

    public List<FormulaCase> Cases { get; } = [];

    public List<int> CompanyIds { get; } = [];

    // What the database holds after validation and normalisation: the text every export must show as typed.
    public List<string> WorkerNames { get; private set; } = [];

    public List<string> CompanyNames { get; private set; } = [];

    public List<string> ContactNames { get; private set; } = [];

    public List<string> BankReferences { get; private set; } = [];

    public List<string> ReversalReasons { get; private set; } = [];

    public List<string> SignInNames { get; private set; } = [];

    public List<string> WorkerNiks { get; } = [];

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        App.Clock.SetWitaDate(June1);
        var serial = 0;
        foreach (var formula in BadInputCorpus.Formulas)
        {
            serial++;
            Cases.Add(formula);
            App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
            var companyDraft = HostileTextServiceTests.CompanyDraft(formula.Text);
            companyDraft.ContactName = formula.Text;
            var companyId = await App.Get<CompanyService>().CreateAsync(companyDraft);
            CompanyIds.Add(companyId);

            var workers = App.Get<WorkerService>();
            var draft = new WorkerDraftBuilder(today: June1).With(d =>
            {
                d.FullName = formula.Text + " Siti";
                d.Address = formula.Text;
            }).Build();
            WorkerNiks.Add(draft.Nik!);
            var workerId = (await workers.CreateAsync(draft)).Id;
            await workers.VerifyAsync(workerId);

            App.ActAs(Roles.Csr, companyId, userId: $"csr-{companyId}");
            var adoption = await App.Get<AdoptionService>().SubmitAsync(
                new AdoptionRequest([workerId], new AdoptionTerms(false, new YearMonth(2026, 7), 6)));

            App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
            var invoices = App.Get<InvoiceService>();
            var invoiceId = await invoices.CreateDraftAsync(new InvoiceDraftRequest(companyId, adoption.SponsorshipIds, null, formula.Text));
            await invoices.IssueAsync(invoiceId, (await invoices.GetAsync(invoiceId)).Version);
            var total = (await invoices.GetAsync(invoiceId)).Row.Total;

            App.ActAs(Roles.Keuangan, userId: "keuangan-corpus");
            var payments = App.Get<PaymentService>();
            var partial = await payments.RecordAsync(invoiceId, new PaymentInput(June1, 10_000, PaymentMethod.TransferBpjs, formula.Text));
            await payments.ReverseAsync(partial.PaymentId, formula.Text);
            await payments.RecordAsync(invoiceId, new PaymentInput(June1, total, PaymentMethod.TransferBpjs, string.Create(CultureInfo.InvariantCulture, $"LUNAS-{serial}")));

            await App.Get<AuditService>().RecordSignInAsync(formula.Text, null, succeeded: false);
        }

        await using var db = await App.DbAsync();
        WorkerNames = await db.Workers.AsNoTracking().Select(w => w.FullName).ToListAsync();
        CompanyNames = await db.Companies.AsNoTracking().Where(c => CompanyIds.Contains(c.Id)).Select(c => c.LegalName).ToListAsync();
        ContactNames = await db.Companies.AsNoTracking().Where(c => CompanyIds.Contains(c.Id)).Select(c => c.ContactName!).ToListAsync();
        BankReferences = await db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Dibatalkan).Select(p => p.BankReference).ToListAsync();
        ReversalReasons = await db.Payments.AsNoTracking().Where(p => p.ReversedReason != null).Select(p => p.ReversedReason!).ToListAsync();
        SignInNames = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditService.SignInFailed).Select(a => a.UserName).ToListAsync();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
