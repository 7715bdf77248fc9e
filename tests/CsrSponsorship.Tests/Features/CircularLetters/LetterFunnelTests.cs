using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.CircularLetters;

public sealed class LetterFunnelTests : IAsyncLifetime
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private TestApp app = default!;

    private CircularLetterService Letters => app.Get<CircularLetterService>();

    private LetterDistributionService Distribution => app.Get<LetterDistributionService>();

    private LetterFunnelService Funnels => app.Get<LetterFunnelService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        // 00.30 WITA on the day the letter will be signed at 01.28.
        app.Clock.SetWitaDate(June1);
        app.Clock.Advance(TimeSpan.FromHours(-11.5));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_funnel_counts_only_what_the_addressees_did_after_the_signing_instant()
    {
        var early = await app.CompanyAsync("PT Dini Hari");
        var late = await app.CompanyAsync("PT Sesudah");
        var bystander = await app.CompanyAsync("PT Bukan Penerima");
        // Before the signing, the same day: billed at once, and adopted but billed only after the signing.
        await app.IssuedInvoiceAsync(early, workers: 2);
        var adoptedEarly = await app.AdoptedAsync(late, workers: 3);

        app.Clock.Advance(TimeSpan.FromMinutes(58));
        var letterId = await SignedLetterAsync(early, late);
        var signedAt = app.Clock.GetUtcNow().UtcDateTime;

        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await app.IssuedInvoiceAsync(bystander, workers: 1);
        var billedLate = await app.Get<InvoiceService>().CreateDraftAsync(new InvoiceDraftRequest(late.Id, adoptedEarly.SponsorshipIds));
        await app.Get<InvoiceService>().IssueAsync(billedLate, (await app.Get<InvoiceService>().GetAsync(billedLate)).Version);
        app.ActAsAdmin();

        var before = await Funnels.FunnelAsync(letterId);

        Assert.Equal((2, 0, 0, 0, 0, 0), Counts(before));
        Assert.Equal(signedAt, before.CountedFromUtc);

        // An adoption after the letter, billed and paid: an answer at every stage, though no pledge was typed in.
        var answer = await app.IssuedInvoiceAsync(late, workers: 2);
        app.ActAsKeuangan();
        var total = (await app.Get<InvoiceService>().GetAsync(answer)).Row.Total;
        await app.Get<PaymentService>().RecordAsync(answer, new PaymentInput(June1, total, PaymentMethod.TransferBpjs, "TRX-JAWAB"));
        app.ActAsAdmin();

        var after = await Funnels.FunnelAsync(letterId);

        Assert.Equal((2, 1, 1, 1, 1, 2), Counts(after));
        Assert.Equal([early.Id], after.NotResponded.Select(c => c.CompanyId));
    }

    private static (int, int, int, int, int, int) Counts(LetterFunnel f) => (f.Addressed, f.Acknowledged, f.Pledged, f.Invoiced, f.Paid, f.WorkersCovered);

    private async Task<int> SignedLetterAsync(params Core.Domain.Companies.Company[] recipients)
    {
        app.InvoiceActAsDrafter();
        var id = await Letters.CreateDraftAsync(Letters.NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
        await Letters.SubmitAsync(id);
        app.ActAsAdmin();
        await Letters.ApproveAsync(id);
        await Letters.SignAsync(id);
        await Distribution.SetRecipientsAsync(id, [.. recipients.Select(c => new RecipientChoice(c.Id))]);
        await Distribution.DistributeAsync(id, DeliveryChannel.Email);
        return id;
    }
}
