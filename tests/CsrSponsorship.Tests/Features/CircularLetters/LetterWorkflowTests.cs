using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.CircularLetters;

// What the letter's screens say must be what happened: who (a person, not a login), when it was sent (the app sends
// nothing itself), and what a company already answered.
public sealed class LetterWorkflowTests : IAsyncLifetime
{
    private static readonly DateOnly June10 = new(2026, 6, 10);
    private TestApp app = default!;

    private CircularLetterService Letters => app.Get<CircularLetterService>();

    private LetterDistributionService Distribution => app.Get<LetterDistributionService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(June10);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_drafter_signer_and_history_show_peoples_names_and_roles_not_login_emails()
    {
        app.ActAsAdmin();
        var drafter = await app.Get<UserAdminService>().CreateAsync(
            new NewUser("rahmat@disnaker.example", "Rahmat Hidayat", Roles.Disnakerind, null, "sungai kecil di pinggir kebun"));
        var head = await app.Get<UserAdminService>().CreateAsync(
            new NewUser("kadis@disnaker.example", "Hj. Siti Aminah", Roles.Admin, null, "sungai kecil di pinggir kebun"));
        app.ActAs(Roles.Disnakerind, userId: drafter);
        var id = await Letters.CreateDraftAsync(Letters.NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
        await Letters.SubmitAsync(id);
        app.ActAs(Roles.Admin, userId: head);
        await Letters.ApproveAsync(id);
        await Letters.SignAsync(id);

        var letter = await Letters.GetAsync(id);

        Assert.Equal("Rahmat Hidayat (Petugas Disnakerind)", letter.DraftedBy);
        Assert.Equal("Hj. Siti Aminah (Administrator)", letter.SignedBy);
        Assert.Contains(letter.Events, e => e.Kind == LetterEventKind.Ditandatangani && e.UserName == "Hj. Siti Aminah (Administrator)");
        Assert.DoesNotContain(letter.Events, e => e.UserName.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recording_the_distribution_keeps_the_chosen_channel_and_date_and_refuses_a_date_to_come_or_before_the_letter()
    {
        var company = await app.CompanyAsync("PT Kirim Surat");
        var id = await SignedLetterAsync();
        await Distribution.SetRecipientsAsync(id, [new RecipientChoice(company.Id)]);

        var future = await Assert.ThrowsAsync<DomainException>(() => Distribution.DistributeAsync(id, DeliveryChannel.WhatsApp, June10.AddDays(1)));
        var early = await Assert.ThrowsAsync<DomainException>(() => Distribution.DistributeAsync(id, DeliveryChannel.WhatsApp, June10.AddDays(-1)));
        Assert.Contains("setelah hari ini", future.Message, StringComparison.Ordinal);
        Assert.Contains("sebelum tanggal surat", early.Message, StringComparison.Ordinal);
        Assert.Equal(LetterStatus.Ditandatangani, (await Letters.GetAsync(id)).Status);

        await Distribution.DistributeAsync(id, DeliveryChannel.WhatsApp, June10);

        var letter = await Letters.GetAsync(id);
        Assert.Equal((June10, DeliveryChannel.WhatsApp), (letter.Recipients[0].SentOn, letter.Recipients[0].Channel));
        Assert.Contains(letter.Events, e => e.Kind == LetterEventKind.Didistribusikan && e.Note == "1 perusahaan, WhatsApp, dikirim 10 Juni 2026");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(2)]
    [InlineData(24)]
    public async Task A_pledge_or_a_suggestion_in_months_adoption_cannot_take_is_refused(int months)
    {
        var company = await app.CompanyAsync("PT Janji");
        var id = await SignedLetterAsync();

        var suggestion = await Assert.ThrowsAsync<DomainException>(() => Distribution.SetRecipientsAsync(id, [new RecipientChoice(company.Id, 10, months)]));
        await Distribution.SetRecipientsAsync(id, [new RecipientChoice(company.Id, 10, 6)]);
        await Distribution.DistributeAsync(id, DeliveryChannel.Email);
        app.ActAs(Roles.Csr, company.Id);
        var pledge = await Assert.ThrowsAsync<DomainException>(() => Distribution.PledgeAsync(id, company.Id, 10, months));

        Assert.Contains("1, 3, 6 atau 12 bulan", suggestion.Message, StringComparison.Ordinal);
        Assert.Contains("1, 3, 6 atau 12 bulan", pledge.Message, StringComparison.Ordinal);
        Assert.Null((await Letters.ListAsync(new LetterQuery())).Items.Single().Mine?.PledgedWorkers);
    }

    [Fact]
    public async Task A_company_sees_beside_each_letter_when_it_acknowledged_it_and_what_it_pledged()
    {
        var company = await app.CompanyAsync("PT Menjawab");
        var other = await app.CompanyAsync("PT Lain");
        var id = await SignedLetterAsync();
        await Distribution.SetRecipientsAsync(id, [new RecipientChoice(company.Id), new RecipientChoice(other.Id)]);
        await Distribution.DistributeAsync(id, DeliveryChannel.Email);
        app.ActAs(Roles.Csr, company.Id);
        Assert.Equal(new CompanyAnswer(null, null, null, null), (await Letters.ListAsync(new LetterQuery())).Items.Single().Mine);

        await Distribution.AcknowledgeAsync(id, company.Id);
        app.Clock.SetWitaDate(June10.AddDays(2));
        await Distribution.PledgeAsync(id, company.Id, 1200, 12);

        var mine = (await Letters.ListAsync(new LetterQuery())).Items.Single().Mine;
        Assert.Equal(new CompanyAnswer(June10, 1200, 12, June10.AddDays(2)), mine);
        app.ActAs(Roles.Csr, other.Id);
        Assert.Equal(new CompanyAnswer(null, null, null, null), (await Letters.ListAsync(new LetterQuery())).Items.Single().Mine);
        app.ActAsAdmin();
        Assert.Null((await Letters.ListAsync(new LetterQuery())).Items.Single().Mine);
        Assert.Contains((await Letters.GetAsync(id)).Events, e => e.Kind == LetterEventKind.Komitmen && e.Note == "1.200 pekerja × 12 bulan");
    }

    private async Task<int> SignedLetterAsync()
    {
        app.InvoiceActAsDrafter();
        var id = await Letters.CreateDraftAsync(Letters.NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
        await Letters.SubmitAsync(id);
        app.ActAsAdmin();
        await Letters.ApproveAsync(id);
        await Letters.SignAsync(id);
        return id;
    }
}
