using Bunit;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Features.Sponsorships;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CsrSponsorship.Tests.Web;

// The hand-over dialog offers the months already paid alone only with "Lanjut mandiri", from the month after the
// sponsorship ended up to the current month, and keeps a refusal on screen (decision 0196).
public sealed class OutcomeDialogTests : MudTestContext
{
    private TestApp app = default!;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        Services.AddSingleton(app.Get<HandoverService>());
        Services.AddSingleton<TimeProvider>(app.Clock);
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Lanjut_mandiri_offers_the_months_from_August_to_November_and_saves_the_chosen_run_with_the_outcome()
    {
        var (sponsorship, worker) = await JulyOnlySponsorshipAsync();
        var (provider, popover) = await ShowAsync(sponsorship);
        Assert.Empty(provider.FindAll("[data-testid=self-paid-through]"));

        ChooseLanjutMandiri(provider);
        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("[data-testid=self-paid-through]")));
        provider.Find(".mud-select:has([data-testid=self-paid-through]) .mud-input-control").MouseDown();
        popover.WaitForAssertion(() => Assert.Equal(
            [OutcomeDialog.NoMonths, "Agustus 2026", "September 2026", "Oktober 2026", "November 2026"],
            popover.FindAll(".mud-popover-open .mud-list-item").Select(i => i.TextContent.Trim())));
        popover.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Contains("Oktober 2026", StringComparison.Ordinal)).Click();
        provider.Find("[data-testid=save-outcome]").Click();

        await provider.WaitForAssertionAsync(async () =>
        {
            await using var db = await app.DbAsync();
            var selfPaid = await db.Sponsorships.SingleAsync(s => s.WorkerId == worker && s.Funding == FundingSource.Mandiri);
            Assert.Equal((new YearMonth(2026, 8), new YearMonth(2026, 10)), (selfPaid.StartMonth, selfPaid.EndMonth));
        });
    }

    [Fact]
    public async Task A_refusal_stays_in_the_open_dialog()
    {
        var (sponsorship, worker) = await JulyOnlySponsorshipAsync();
        app.ActAs(Roles.Disnakerind);
        await app.Get<SponsorshipService>().RecordOtherCoverageAsync(
            new OtherCoverageRequest(worker, FundingSource.Apbdes, "APBDes Desa Sabuhur 2026", new AdoptionTerms(false, new YearMonth(2026, 11), 1)));
        app.ActAs(Roles.Loket);
        var (provider, popover) = await ShowAsync(sponsorship);

        ChooseLanjutMandiri(provider);
        provider.WaitForAssertion(() => provider.Find(".mud-select:has([data-testid=self-paid-through]) .mud-input-control").MouseDown());
        popover.WaitForAssertion(() => popover.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Contains("November 2026", StringComparison.Ordinal)).Click());
        provider.Find("[data-testid=save-outcome]").Click();

        provider.WaitForAssertion(() => Assert.Contains("sudah dicakup APBDes Desa Sabuhur 2026 pada November 2026", provider.Find("[data-testid=outcome-error]").TextContent, StringComparison.Ordinal));
        Assert.Single(provider.FindAll(".mud-dialog"));
    }

    private static void ChooseLanjutMandiri(IRenderedComponent<MudDialogProvider> provider) =>
        provider.FindAll(".mud-radio").Single(r => r.TextContent.Contains("Lanjut mandiri", StringComparison.Ordinal)).QuerySelector("input[type=radio]")!.Click();

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IRenderedComponent<MudPopoverProvider> Popover)> ShowAsync(int sponsorship)
    {
        var popover = RenderPopoverProvider();
        var provider = Render<MudDialogProvider>();
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<OutcomeDialog>("Hasil serah-terima",
            new DialogParameters<OutcomeDialog> { { d => d.SponsorshipId, sponsorship }, { d => d.EndMonth, new YearMonth(2026, 7) } }));
        return (provider, popover);
    }

    private async Task<(int Sponsorship, int Worker)> JulyOnlySponsorshipAsync()
    {
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 18));
        var created = await app.PaidJulySponsorshipAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 11, 20));
        app.ActAs(Roles.Loket);
        return created;
    }
}
