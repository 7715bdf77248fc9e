using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class AdoptionTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_CSR_officer_adopts_five_workers_for_six_months_and_another_company_cannot_take_them()
    {
        await SignedInAsync("csr@demo.local");
        await Page.GotoAsync("/adopsi");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("[data-testid=eligible-grid] tbody tr.mud-table-row").First).ToBeVisibleAsync();

        await Page.Locator("[data-testid=auto-pick]").ClickAsync();

        await Assertions.Expect(Page.Locator("[data-testid=selected-count]")).ToHaveTextAsync("5");
        await Assertions.Expect(Page.Locator("[data-testid=cost-total]")).ToHaveTextAsync("Rp 504.000");
        await Assertions.Expect(Page.Locator("[data-testid=cost-words]")).ToHaveTextAsync("lima ratus empat ribu rupiah");

        await Page.Locator("[data-testid=submit-adoption]").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Ajukan", Exact = true }).ClickAsync();

        await WaitForPathAsync("/kepesertaan");
        var rows = Page.Locator("[data-testid=sponsorship-grid] tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(5);
        for (var i = 0; i < 5; i++)
        {
            await Assertions.Expect(rows.Nth(i).Locator("[data-testid=sponsorship-status]")).ToHaveTextAsync("Diajukan");
        }

        var adopted = new List<(string Name, string MaskedNik)>();
        for (var i = 0; i < 5; i++)
        {
            var cells = rows.Nth(i).Locator("td");
            adopted.Add(((await cells.Nth(0).InnerTextAsync()).Trim(), (await cells.Nth(1).InnerTextAsync()).Trim()));
        }

        Assert.All(adopted, a => Assert.Matches("^[0-9]{6}•{6}[0-9]{4}$", a.MaskedNik));

        // A second company's officer looks for the same people for overlapping months.
        var other = await App.CreateCompanyAsync("PT Uji Pesaing", "63.01.02.2003");
        await App.CreateUserAsync("csr-pesaing@e2e.local", Roles.Csr, "kata-sandi-pesaing-2026", other);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Keluar" }).ClickAsync();
        await WaitForSignInPageAsync();
        await SignedInAsync("csr-pesaing@e2e.local", "kata-sandi-pesaing-2026");
        await Page.GotoAsync("/adopsi");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("[data-testid=eligible-grid] tbody tr.mud-table-row").First).ToBeVisibleAsync();

        var grid = Page.Locator("[data-testid=eligible-grid] tbody tr.mud-table-row");
        foreach (var (name, maskedNik) in adopted)
        {
            await Page.Locator("input[data-testid=eligible-search]").FillAsync(name);
            // The search has applied once every row shown carries the name (namesakes may remain)...
            await Assertions.Expect(grid.Filter(new LocatorFilterOptions { HasNotText = name })).ToHaveCountAsync(0);
            // ...and the adopted person, recognised by their masked NIK, is not among them.
            await Assertions.Expect(grid.Filter(new LocatorFilterOptions { HasText = maskedNik })).ToHaveCountAsync(0);
        }
    }
}
