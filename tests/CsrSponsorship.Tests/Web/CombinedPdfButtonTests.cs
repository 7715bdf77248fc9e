using Bunit;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using CsrSponsorship.Web.Features.CircularLetters;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Web;

public sealed class CombinedPdfButtonTests : MudTestContext
{
    private TestApp app = default!;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        Services.AddSingleton(app.Get<LetterDocumentService>());
        Services.AddSingleton<FileDownloader>();
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_combined_file_shows_a_labelled_progress_bar_of_copies_made_until_the_browser_has_it_then_says_it_is_ready()
    {
        var letters = app.Get<CircularLetterService>();
        var companies = new[] { await app.CompanyAsync("PT Satu"), await app.CompanyAsync("PT Dua"), await app.CompanyAsync("PT Tiga") };
        app.ActAs(Core.Domain.Identity.Roles.Disnakerind, userId: "disnaker-drafter");
        var id = await letters.CreateDraftAsync(letters.NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
        await letters.SubmitAsync(id);
        app.ActAsAdmin();
        await letters.ApproveAsync(id);
        await letters.SignAsync(id);
        await app.Get<LetterDistributionService>().SetRecipientsAsync(id, [.. companies.Select(c => new RecipientChoice(c.Id))]);
        JSInterop.SetupVoid("csrDownload", _ => true).SetVoidResult();
        var documents = app.Get<LetterDocumentService>();
        var halfway = new TaskCompletionSource();

        // The file is held back after "420 of 1,000" so the test sees the bar as a user does on a large letter.
        var button = Render<CombinedPdfButton>(p => p.Add(b => b.Prepare, async progress =>
        {
            progress.Report(new CopiesMade(420, 1000));
            await halfway.Task;
            return await documents.CombinedPdfFileAsync(id, progress);
        }));
        // Not awaited yet: the click's handler runs until the file is handed over.
        var click = button.Find("[data-testid=combined-pdf]").ClickAsync(new());

        button.WaitForAssertion(() => Assert.Equal("Menyiapkan 420 dari 1.000 salinan…", button.Find("[data-testid=combined-pdf-status]").TextContent.Trim()));
        var bar = button.Find("[role=progressbar]");
        Assert.Equal("420", bar.GetAttribute("aria-valuenow"));
        Assert.Equal("Menyiapkan 420 dari 1.000 salinan…", bar.GetAttribute("aria-label"));
        Assert.True(button.Find("[data-testid=combined-pdf]").HasAttribute("disabled"));

        halfway.SetResult();
        await click;

        button.WaitForAssertion(() => Assert.Equal("PDF gabungan siap: 3 salinan.", button.Find("[data-testid=combined-pdf-status]").TextContent.Trim()));
        Assert.Empty(button.FindAll("[role=progressbar]"));
        Assert.False(button.Find("[data-testid=combined-pdf]").HasAttribute("disabled"));
        Assert.EndsWith("-gabungan.pdf", (string?)JSInterop.VerifyInvoke("csrDownload").Arguments[0], StringComparison.Ordinal);
    }
}
