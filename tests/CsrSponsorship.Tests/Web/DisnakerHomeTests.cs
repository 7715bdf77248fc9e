using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Features.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Tests.Web;

// The dashboard's figures are a kept summary (decision 0198): the page says when they were counted and counts now
// when asked.
public sealed class DisnakerHomeTests : MudTestContext
{
    private TestApp app = default!;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        app.Clock.Advance(TimeSpan.FromMinutes(5)); // 12.05 WITA
        Services.AddSingleton(app.Get<DashboardService>());
        Services.AddSingleton(app.Get<CircularLetterService>());
        Services.AddSingleton(app.Get<LetterFunnelService>());
        Services.AddSingleton(app.Get<IOptions<CoverageOptions>>());
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_page_says_when_its_figures_were_counted_and_the_button_counts_them_now()
    {
        await app.AdoptedAsync(await app.CompanyAsync("PT Awal"), 2);
        app.ActAs(Roles.Disnakerind);
        var page = Render<DisnakerHome>();
        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=workers-sponsored]").TextContent.Trim()));
        Assert.Equal(
            "Angka per 1 Juni 2026 12.05 WITA; dihitung ulang setiap 5 menit.",
            page.Find("[data-testid=dashboard-as-of]").TextContent.Trim());

        await app.AdoptedAsync(await app.CompanyAsync("PT Kedua"), 3);
        app.ActAs(Roles.Disnakerind);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var openedAgain = Render<DisnakerHome>();
        openedAgain.WaitForAssertion(() => Assert.Equal("2", openedAgain.Find("[data-testid=workers-sponsored]").TextContent.Trim()));

        await page.Find("[data-testid=dashboard-recount]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("5", page.Find("[data-testid=workers-sponsored]").TextContent.Trim()));
        Assert.StartsWith("Angka per 1 Juni 2026 12.07 WITA", page.Find("[data-testid=dashboard-as-of]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.False(page.Find("[data-testid=dashboard-recount]").HasAttribute("disabled"));
    }
}
