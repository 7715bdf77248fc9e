using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.CircularLetters;

public sealed class CircularLetterServiceTests : IAsyncLifetime
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private TestApp app = default!;

    private CircularLetterService Letters => app.Get<CircularLetterService>();

    private LetterDistributionService Distribution => app.Get<LetterDistributionService>();

    private LetterDocumentService Documents => app.Get<LetterDocumentService>();

    private LetterFunnelService Funnels => app.Get<LetterFunnelService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(June1);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_number_appears_only_at_signing_and_two_letters_of_a_year_get_consecutive_numbers()
    {
        var first = await ApprovedLetterAsync();
        var second = await ApprovedLetterAsync();
        Assert.Null((await Letters.GetAsync(first)).Number);

        var a = await Letters.SignAsync(first);
        var b = await Letters.SignAsync(second);

        Assert.Equal("500.15.10/1/Disnakerind/2026", a);
        Assert.Equal("500.15.10/2/Disnakerind/2026", b);
        var detail = await Letters.GetAsync(first);
        Assert.Equal((LetterStatus.Ditandatangani, a, June1), (detail.Status, detail.Number, detail.LetterDate));
        Assert.Contains(detail.Events, e => e.Kind == LetterEventKind.Ditandatangani && e.UserName == "admin@test.local");
    }

    [Fact]
    public async Task A_reviewer_returns_with_a_note_and_the_drafter_cannot_approve_their_own_letter()
    {
        app.InvoiceActAsDrafter();
        var id = await Letters.CreateDraftAsync(Letters.NewFromTemplate());
        await Letters.SubmitAsync(id);

        var own = await Assert.ThrowsAsync<DomainException>(() => Letters.ApproveAsync(id));
        Assert.Contains("Pemeriksa tidak boleh sama", own.Message, StringComparison.Ordinal);

        app.ActAsAdmin();
        await Letters.ReturnAsync(id, "Perbaiki dasar hukum");
        var returned = await Letters.GetAsync(id);
        Assert.Equal(LetterStatus.Draf, returned.Status);
        Assert.Contains(returned.Events, e => e.Kind == LetterEventKind.Dikembalikan && e.Note == "Perbaiki dasar hukum");
        await Assert.ThrowsAsync<DomainException>(() => Letters.SignAsync(id));
    }

    [Fact]
    public async Task A_Ralat_is_a_new_linked_letter_and_leaves_the_original_PDF_byte_identical()
    {
        var id = await ApprovedLetterAsync();
        await Letters.SignAsync(id);
        var before = (await Documents.OfficialPdfAsync(id)).Content;

        app.InvoiceActAsDrafter();
        var ralat = await Letters.CreateFollowUpAsync(id, LetterKind.Ralat);
        var draft = await Letters.GetAsync(ralat);
        await Letters.UpdateDraftAsync(ralat, draft.Content with { Penutup = "Demikian ralat ini." }, draft.Version);
        await Letters.SubmitAsync(ralat);
        app.ActAsAdmin();
        await Letters.ApproveAsync(ralat);
        var number = await Letters.SignAsync(ralat);

        Assert.Equal(before, (await Documents.OfficialPdfAsync(id)).Content);
        var original = await Letters.GetAsync(id);
        Assert.Equal([(ralat, LetterKind.Ralat, number)], original.FollowUps.Select(f => (f.Id, f.Kind, f.Number)));
        Assert.Equal(id, (await Letters.GetAsync(ralat)).Original?.Id);
        Assert.StartsWith("Ralat atas Surat Edaran Nomor 500.15.10/1/Disnakerind/2026", draft.Content.Subject, StringComparison.Ordinal);
        await Assert.ThrowsAsync<DomainException>(() => Letters.UpdateDraftAsync(id, original.Content, original.Version));
    }

    [Fact]
    public async Task An_uploaded_signed_scan_becomes_the_official_file_unchanged()
    {
        var id = await ApprovedLetterAsync();
        await Letters.SignAsync(id);
        byte[] scan = [.. "%PDF-1.4 scan"u8];

        await Documents.UploadSignedFileAsync(id, scan, "scan.pdf");

        Assert.Equal(scan, (await Documents.OfficialPdfAsync(id)).Content);
    }

    [Fact]
    public async Task Each_company_gets_a_copy_addressed_to_it_and_may_open_only_its_own()
    {
        var (id, companies) = await DistributedLetterAsync();

        var copy = await Documents.CompanyCopyAsync(id, companies[1].Id);
        var text = string.Join(' ', PdfTestFiles.PageTexts(copy.Content));
        Assert.Contains("Pimpinan PT Dua", text, StringComparison.Ordinal);
        Assert.Contains("500.15.10/1/Disnakerind/2026", text, StringComparison.Ordinal);
        Assert.Contains("10 pekerja selama 6 bulan", text, StringComparison.Ordinal);
        Assert.Equal(3, PdfTestFiles.PageTexts((await Documents.CombinedPdfAsync(id)).Content).Count(p => p.Contains("SURAT EDARAN", StringComparison.Ordinal)));

        app.ActAsCsrOf(companies[0]);
        Assert.Single((await Letters.ListAsync(new LetterQuery())).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => Documents.CompanyCopyAsync(id, companies[1].Id));
        await Documents.CompanyCopyAsync(id, companies[0].Id);
    }

    [Fact]
    public async Task Copy_k_of_the_combined_file_reads_as_company_k_own_copy_with_its_addressee_suggestion_number_and_QR_link()
    {
        var companies = new List<Core.Domain.Companies.Company>
        {
            await app.CompanyAsync("PT Alfa"), await app.CompanyAsync("PT Beta"), await app.CompanyAsync("PT Gama"),
            await app.CompanyAsync("PT Delta"), await app.CompanyAsync("PT Eka"),
        };
        var id = await ApprovedLetterAsync();
        var number = await Letters.SignAsync(id);
        var suggested = new Dictionary<int, int> { [companies[1].Id] = 10, [companies[3].Id] = 25 };
        await Distribution.SetRecipientsAsync(id, [.. companies.Select(c => new RecipientChoice(c.Id, suggested.TryGetValue(c.Id, out var w) ? w : null, 6))]);
        var verification = (await Letters.GetAsync(id)).VerificationUrl;

        using var combined = PdfTestFiles.Open((await Documents.CombinedPdfAsync(id)).Content);

        var first = 1;
        foreach (var company in companies.OrderBy(c => c.LegalName, StringComparer.Ordinal))
        {
            var own = PdfTestFiles.PageTexts((await Documents.CompanyCopyAsync(id, company.Id)).Content);
            var pages = Enumerable.Range(first, own.Count).Select(n => combined.GetPage(n)).ToList();
            var texts = pages.Select(PdfTestFiles.Words).ToList();
            Assert.Equal(own, texts);
            Assert.Contains("Yth. Pimpinan " + company.LegalName + " di Tempat", texts[0], StringComparison.Ordinal);
            Assert.Contains("NOMOR " + number, texts[0], StringComparison.Ordinal);
            var all = string.Join(' ', texts);
            if (suggested.TryGetValue(company.Id, out var workers))
            {
                Assert.Contains($"{company.LegalName} disarankan mendanai iuran bagi {workers} pekerja selama 6 bulan", all, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("Sebagai gambaran", all, StringComparison.Ordinal);
            }

            var links = pages.SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UglyToad.PdfPig.Actions.UriAction>().Select(a => a.Uri);
            Assert.Equal([verification], links);
            first += own.Count;
        }

        Assert.Equal(combined.NumberOfPages, first - 1);
    }

    [Fact]
    public async Task Default_recipients_are_active_companies_operating_in_Jorong_or_Kintap()
    {
        var jorong = await app.CompanyAsync("PT Jorong", "63.01.02.2003");
        await app.InsertAsync(new CompanyBuilder().Named("PT Tutup").Inactive().Build());
        app.ActAsAdmin();

        Assert.Contains(jorong.Id, await Distribution.DefaultRecipientIdsAsync());
        Assert.Single(await Distribution.DefaultRecipientIdsAsync());
    }

    [Fact]
    public async Task A_company_answers_its_own_copy_but_never_another_companys()
    {
        var (id, companies) = await DistributedLetterAsync();

        app.ActAsCsrOf(companies[0]);
        await Distribution.AcknowledgeAsync(id, companies[0].Id);
        await Distribution.PledgeAsync(id, companies[0].Id, 10, 6);
        await Assert.ThrowsAsync<NotFoundException>(() => Distribution.AcknowledgeAsync(id, companies[1].Id));

        app.ActAsAdmin();
        var funnel = await Funnels.FunnelAsync(id);
        Assert.Equal(1, funnel.Acknowledged);
        Assert.Equal(1, funnel.Pledged);
        Assert.Equal(10, funnel.PledgedWorkers);
    }

    [Fact]
    public async Task The_funnel_moves_from_addressed_to_paid_and_covered_workers_without_manual_entry()
    {
        var (id, companies) = await DistributedLetterAsync();
        app.ActAsAdmin();
        Assert.Equal((3, 0, 0, 0, 0, 0), Counts(await Funnels.FunnelAsync(id)));

        await Distribution.AcknowledgeAsync(id, companies[0].Id);
        await Distribution.PledgeAsync(id, companies[1].Id, 5, 6);
        var invoiceId = await app.IssuedInvoiceAsync(companies[1], workers: 5);
        app.ActAsAdmin();
        var funnel = await Funnels.FunnelAsync(id);
        Assert.Equal((3, 2, 1, 1, 0, 0), Counts(funnel));
        Assert.Equal([companies[2].Id], funnel.NotResponded.Select(c => c.CompanyId));

        app.ActAsKeuangan();
        var invoices = app.Get<InvoiceService>();
        var total = (await invoices.GetAsync(invoiceId)).Row.Total;
        await app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(June1, total, PaymentMethod.VirtualAccount, "VA-1"));

        app.ActAsAdmin();
        Assert.Equal((3, 2, 1, 1, 1, 5), Counts(await Funnels.FunnelAsync(id)));
    }

    [Fact]
    public async Task A_reminder_is_recorded_in_the_history_and_offers_a_whatsapp_link()
    {
        var (id, companies) = await DistributedLetterAsync();
        app.ActAsAdmin();

        var links = await Distribution.RemindAsync(id, companies[2].Id);

        Assert.Null(links.WhatsApp);
        var detail = await Letters.GetAsync(id);
        Assert.Contains(detail.Events, e => e.Kind == LetterEventKind.Pengingat && e.CompanyName == "PT Tiga");
        Assert.Equal(June1, detail.Recipients.Single(r => r.CompanyId == companies[2].Id).LastReminderOn);
    }

    [Fact]
    public async Task The_public_verification_page_finds_a_signed_letter_by_its_token()
    {
        var id = await ApprovedLetterAsync();
        await Letters.SignAsync(id);
        var url = (await Letters.GetAsync(id)).VerificationUrl!;

        app.CurrentUser.Caller = Core.Features.Identity.Caller.Anonymous;
        var view = await app.Get<InvoiceService>().VerifyAsync(url[(url.LastIndexOf('/') + 1)..]);

        Assert.NotNull(view);
        Assert.Equal(("Surat Edaran", "500.15.10/1/Disnakerind/2026", "Sah"), (view.DocumentType, view.Number, view.StatusLabel));
    }

    private static (int, int, int, int, int, int) Counts(LetterFunnel f) => (f.Addressed, f.Acknowledged, f.Pledged, f.Invoiced, f.Paid, f.WorkersCovered);

    private async Task<int> ApprovedLetterAsync()
    {
        app.InvoiceActAsDrafter();
        var id = await Letters.CreateDraftAsync(Letters.NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
        await Letters.SubmitAsync(id);
        app.ActAsAdmin();
        await Letters.ApproveAsync(id);
        return id;
    }

    private async Task<(int Id, List<Core.Domain.Companies.Company> Companies)> DistributedLetterAsync()
    {
        var companies = new List<Core.Domain.Companies.Company>
        {
            await app.CompanyAsync("PT Satu"), await app.CompanyAsync("PT Dua"), await app.CompanyAsync("PT Tiga"),
        };
        var id = await ApprovedLetterAsync();
        await Letters.SignAsync(id);
        await Distribution.SetRecipientsAsync(id, [new(companies[0].Id), new(companies[1].Id, 10, 6), new(companies[2].Id)]);
        await Distribution.DistributeAsync(id, DeliveryChannel.Email);
        return (id, companies);
    }
}

internal static class LetterTestData
{
    public static void InvoiceActAsDrafter(this TestApp app) => app.ActAs(Roles.Disnakerind, userId: "disnaker-drafter");
}
