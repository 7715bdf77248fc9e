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
}
