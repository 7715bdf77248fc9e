using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.BadInput;

// The hostile texts living through the whole cycle, entered through the services as people would: a company per
// text that may be a company name (all with a 200-character address), a worker per text that may be a name, all
// of them adopted and invoiced to the company whose name is one unbroken 200-letter word (letter reference: an
// unbroken 150-letter word), a second invoice to "<script>…", both paid, and a circular letter whose subject,
// addressees, content and copies carry every hostile text, sent to every company.
public sealed class HostileDocumentsFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = default!;

    public Dictionary<string, int> CompanyIds { get; } = [];

    public List<int> WorkerIds { get; } = [];

    public int LongNameInvoiceId { get; private set; }

    public int ScriptInvoiceId { get; private set; }

    public int LongNamePaymentId { get; private set; }

    public int ScriptPaymentId { get; private set; }

    public int LetterId { get; private set; }

    // As stored (sanitised), so tests compare with what the documents are given.
    public Dictionary<int, string> CompanyNames { get; private set; } = [];

    public List<string> WorkerNames { get; private set; } = [];

    public static string LongName => BadInputCorpus.Text("word-200").Text;

    public static string Script => BadInputCorpus.Text("script").Text;

    public static string Address200 => BadInputCorpus.Text("address-200").Text;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        App.Clock.SetWitaDate(NikCorpusFixture.Today);

        App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
        foreach (var h in BadInputCorpus.Hostile.Where(h => h.OkAsCompanyName))
        {
            var draft = HostileTextServiceTests.CompanyDraft(h.Text);
            draft.Address = Address200;
            CompanyIds[h.Id] = await App.Get<CompanyService>().CreateAsync(draft);
        }

        var workers = App.Get<WorkerService>();
        foreach (var h in BadInputCorpus.Hostile.Where(h => h.OkAsWorkerName))
        {
            var draft = new WorkerDraftBuilder(today: NikCorpusFixture.Today).With(d =>
            {
                d.FullName = h.Text;
                d.Address = h.OkAsWorkerAddress ? h.Text : Address200;
            }).Build();
            var id = (await workers.CreateAsync(draft)).Id;
            await workers.VerifyAsync(id);
            WorkerIds.Add(id);
        }

        var plain = (await workers.CreateAsync(new WorkerDraftBuilder(today: NikCorpusFixture.Today).Build())).Id;
        await workers.VerifyAsync(plain);

        (LongNameInvoiceId, LongNamePaymentId) = await InvoicedAndPaidAsync(CompanyIds["word-200"], WorkerIds, BadInputCorpus.Text("word-150").Text);
        (ScriptInvoiceId, ScriptPaymentId) = await InvoicedAndPaidAsync(CompanyIds["script"], [plain], Script);
        LetterId = await SignedLetterAsync();

        await using var db = await App.DbAsync();
        CompanyNames = await db.Companies.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.LegalName);
        WorkerNames = await db.Workers.AsNoTracking().Where(w => WorkerIds.Contains(w.Id)).Select(w => w.FullName).ToListAsync();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private async Task<(int InvoiceId, int PaymentId)> InvoicedAndPaidAsync(int companyId, List<int> workerIds, string letterReference)
    {
        App.ActAs(Roles.Csr, companyId, userId: $"csr-{companyId}");
        var adoption = await App.Get<AdoptionService>().SubmitAsync(new AdoptionRequest(workerIds, new AdoptionTerms(false, new YearMonth(2026, 7), 6)));
        App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
        var invoices = App.Get<InvoiceService>();
        var invoiceId = await invoices.CreateDraftAsync(new InvoiceDraftRequest(companyId, adoption.SponsorshipIds, null, letterReference));
        await invoices.IssueAsync(invoiceId, (await invoices.GetAsync(invoiceId)).Version);
        var total = (await invoices.GetAsync(invoiceId)).Row.Total;
        App.ActAs(Roles.Keuangan, userId: "keuangan-corpus");
        var paid = await App.Get<PaymentService>().RecordAsync(
            invoiceId, new PaymentInput(NikCorpusFixture.Today, total, PaymentMethod.TransferBpjs, $"TRX-{invoiceId}"));
        return (invoiceId, paid.PaymentId);
    }

    private async Task<int> SignedLetterAsync()
    {
        var texts = BadInputCorpus.Hostile.Select(h => h.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        App.ActAs(Roles.Disnakerind, userId: "disnaker-drafter");
        var letters = App.Get<CircularLetterService>();
        var template = letters.NewFromTemplate();
        var id = await letters.CreateDraftAsync(template with
        {
            Signer = CircularLetterPdfTests.KepalaDinas,
            Subject = $"{Script} {BadInputCorpus.Text("emoji-worker").Text} {BadInputCorpus.Text("rtl-override").Text} {LongName} " +
                BadInputCorpus.Text("address-1000").Text,
            Addressees = texts,
            AddresseePlace = LongName,
            LatarBelakang = string.Join("\n", texts),
            IsiEdaran = [.. template.IsiEdaran, .. texts],
            Tembusan = [.. template.Tembusan, .. texts],
        });
        await letters.SubmitAsync(id);
        App.ActAsAdmin();
        await letters.ApproveAsync(id);
        await letters.SignAsync(id);
        var distribution = App.Get<LetterDistributionService>();
        await distribution.SetRecipientsAsync(id, [.. CompanyIds.Values.Select(c => new RecipientChoice(c, 10, 6))]);
        await distribution.DistributeAsync(id, DeliveryChannel.Email);

        // Anyone may type anything at the sign-in page; it lands in the audit log the Admin exports.
        foreach (var text in BadInputCorpus.Hostile.Select(h => h.Text))
        {
            await App.Get<AuditService>().RecordSignInAsync(text, null, succeeded: false);
        }

        return id;
    }
}
