using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.CircularLetters;

// The service, not only the screen, holds the letter rules: four eyes over everyone who wrote the draft, and a
// revocation is final.
public sealed class LetterRulesTests : IAsyncLifetime
{
    private TestApp app = default!;

    private CircularLetterService Letters => app.Get<CircularLetterService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_co_editor_of_the_draft_cannot_approve_it()
    {
        app.ActAs(Roles.Disnakerind, userId: "penyusun");
        var id = await Letters.CreateDraftAsync(Letters.NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
        app.ActAs(Roles.Disnakerind, userId: "rekan");
        var draft = await Letters.GetAsync(id);
        await Letters.UpdateDraftAsync(id, draft.Content with { Penutup = "Demikian, atas perhatian Saudara diucapkan terima kasih." }, draft.Version);
        await Letters.SubmitAsync(id);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Letters.ApproveAsync(id));
        var detail = await Letters.GetAsync(id);

        Assert.Contains("ikut menyusun", ex.Message, StringComparison.Ordinal);
        Assert.False(detail.CanReview);
        app.ActAs(Roles.Disnakerind, userId: "pemeriksa");
        Assert.True((await Letters.GetAsync(id)).CanReview);
        await Letters.ApproveAsync(id);
        Assert.Equal(LetterStatus.Disetujui, (await Letters.GetAsync(id)).Status);
    }

    [Fact]
    public async Task A_reviewer_who_edits_a_returned_draft_can_no_longer_approve_it()
    {
        app.ActAs(Roles.Disnakerind, userId: "penyusun");
        var id = await Letters.CreateDraftAsync(Letters.NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
        await Letters.SubmitAsync(id);
        app.ActAs(Roles.Admin, userId: "pemeriksa");
        await Letters.ReturnAsync(id, "Perbaiki penutup");
        var draft = await Letters.GetAsync(id);
        await Letters.UpdateDraftAsync(id, draft.Content with { Penutup = "Demikian untuk dilaksanakan." }, draft.Version);
        app.ActAs(Roles.Disnakerind, userId: "penyusun");
        await Letters.SubmitAsync(id);
        app.ActAs(Roles.Admin, userId: "pemeriksa");

        await Assert.ThrowsAsync<DomainException>(() => Letters.ApproveAsync(id));
        await Assert.ThrowsAsync<DomainException>(() => Letters.ReturnAsync(id, "Lagi"));
    }

    [Fact]
    public async Task A_revocation_is_final_and_a_letter_is_revoked_only_once()
    {
        var original = await SignedLetterAsync(Letters.NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
        app.ActAs(Roles.Disnakerind, userId: "penyusun");
        var revocation = await Letters.CreateFollowUpAsync(original, LetterKind.Pencabutan);

        var second = await Assert.ThrowsAsync<DomainException>(() => Letters.CreateFollowUpAsync(original, LetterKind.Pencabutan));
        await ApproveAndSignAsync(revocation);
        app.ActAs(Roles.Disnakerind, userId: "penyusun");
        var correctRevocation = await Assert.ThrowsAsync<DomainException>(() => Letters.CreateFollowUpAsync(revocation, LetterKind.Ralat));
        var revokeRevocation = await Assert.ThrowsAsync<DomainException>(() => Letters.CreateFollowUpAsync(revocation, LetterKind.Pencabutan));
        var correctRevoked = await Assert.ThrowsAsync<DomainException>(() => Letters.CreateFollowUpAsync(original, LetterKind.Ralat));

        Assert.Contains("sudah ada pencabutan", second.Message, StringComparison.Ordinal);
        Assert.Contains("Surat pencabutan tidak dapat diralat atau dicabut", correctRevocation.Message, StringComparison.Ordinal);
        Assert.Contains("Surat pencabutan tidak dapat diralat atau dicabut", revokeRevocation.Message, StringComparison.Ordinal);
        Assert.Contains("sudah dicabut", correctRevoked.Message, StringComparison.Ordinal);
        Assert.False((await Letters.GetAsync(original)).CanFollowUp);
        Assert.False((await Letters.GetAsync(revocation)).CanFollowUp);
        await using var db = await app.DbAsync();
        Assert.Equal(2, await db.CircularLetters.CountAsync());
    }

    private async Task<int> SignedLetterAsync(LetterContent content)
    {
        app.ActAs(Roles.Disnakerind, userId: "penyusun");
        var id = await Letters.CreateDraftAsync(content);
        await ApproveAndSignAsync(id);
        return id;
    }

    private async Task ApproveAndSignAsync(int id)
    {
        app.ActAs(Roles.Disnakerind, userId: "penyusun");
        await Letters.SubmitAsync(id);
        app.ActAs(Roles.Admin, userId: "pemeriksa");
        await Letters.ApproveAsync(id);
        await Letters.SignAsync(id);
    }
}
