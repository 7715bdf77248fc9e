using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class HandoverTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_Disnakerind_officer_sends_WhatsApp_reminders_and_records_an_outcome_that_moves_the_retention_rate()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/serah-terima");
        await WaitForInteractiveAsync();

        var link = Page.Locator("[data-testid=whatsapp-link]").First;
        await Assertions.Expect(link).ToBeVisibleAsync();
        var href = await link.GetAttributeAsync("href");
        Assert.Matches("^https://wa\\.me/628[0-9]{8,11}\\?text=", href);
        var text = Uri.UnescapeDataString(href!.Split("?text=")[1]);
        Assert.Contains("kepesertaan BPJS Ketenagakerjaan Anda yang dibayar", text, StringComparison.Ordinal);
        Assert.Contains("paling lambat tanggal 15", text, StringComparison.Ordinal);

        var rate = Page.Locator("[data-testid=retention-rate]");
        var before = (await rate.InnerTextAsync()).Trim();
        await Page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Menunggu hasil" }).ClickAsync();
        await Page.Locator("[data-testid=record-outcome]").First.ClickAsync();
        await Page.Locator(".mud-dialog").GetByText("Lanjut mandiri").ClickAsync();
        await Page.Locator("[data-testid=save-outcome]").ClickAsync();

        await Assertions.Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Hasil serah-terima tercatat.");
        await Assertions.Expect(rate).Not.ToHaveTextAsync(before);
    }

    // Decision 0196: the desk records "Lanjut mandiri" with the months the worker says he already paid alone.
    [Fact]
    public async Task The_desk_records_a_hand_over_with_months_already_paid_alone_and_the_worker_leaves_the_adoption_list()
    {
        var ended = await new ScanData(App).EndedCoverageAwaitingOutcomeAsync();
        await SignInAsync("loket@demo.local");
        await WaitForPathAsync("/loket");
        await Page.GotoAsync("/serah-terima");
        await WaitForInteractiveAsync();

        await Page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Menunggu hasil" }).ClickAsync();
        var row = Page.Locator("[data-testid=handover-table] tbody tr").Filter(new LocatorFilterOptions { HasText = ended.WorkerName }).First;
        await row.Locator("[data-testid=record-outcome]").ClickAsync();
        await Page.Locator(".mud-dialog").GetByText("Lanjut mandiri").ClickAsync();
        await ChooseAsync("self-paid-through", ended.CurrentMonth.ToDisplayString());
        await Page.Locator("[data-testid=save-outcome]").ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Hasil serah-terima tercatat.");

        // The worker's page lists the self-paid months, from the month after the sponsorship ended to this month.
        await Page.GotoAsync($"/pekerja/{ended.WorkerId}");
        var period = DocumentText.Period(ended.EndMonth.AddMonths(1), ended.CurrentMonth);
        await Assertions.Expect(Page.Locator("[data-testid=worker-sponsorships] tr").Filter(new LocatorFilterOptions { HasText = period }))
            .ToContainTextAsync("Mandiri");

        // A CSR officer looking for him by name does not find him among the workers offered for adoption.
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Keluar" }).ClickAsync();
        await WaitForSignInPageAsync();
        await SignInAsync("csr@demo.local");
        await WaitForPathAsync("/perusahaan-saya");
        await Page.GotoAsync("/adopsi");
        await WaitForInteractiveAsync();
        var grid = Page.Locator("[data-testid=eligible-grid] tbody tr.mud-table-row");
        await Assertions.Expect(grid.First).ToBeVisibleAsync();
        await Page.Locator("input[data-testid=eligible-search]").FillAsync(ended.WorkerName);
        await Assertions.Expect(grid.Filter(new LocatorFilterOptions { HasNotText = ended.WorkerName })).ToHaveCountAsync(0);
        await Assertions.Expect(grid.Filter(new LocatorFilterOptions { HasText = ended.MaskedNik })).ToHaveCountAsync(0);
    }
}
