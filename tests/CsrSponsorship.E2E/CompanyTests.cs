using System.Text.RegularExpressions;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class CompanyTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_labour_officer_browses_the_demo_companies_and_opens_the_power_plant()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/perusahaan");
        await WaitForInteractiveAsync();

        // Other stories may add companies to the shared app: look for the demo ones rather than count rows.
        var grid = Page.Locator("[data-testid=company-grid]");
        await Assertions.Expect(grid).ToContainTextAsync("PT Angkut Bara Tala Nusantara");
        await Assertions.Expect(grid).ToContainTextAsync("PT Pelabuhan Sebamban Samudra");
        await Assertions.Expect(grid).ToContainTextAsync("Perkebunan sawit");

        var rows = grid.Locator("tbody tr.mud-table-row");

        await Page.Locator("input[data-testid=company-search]").FillAsync("borneo");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await rows.First.ClickAsync();

        await WaitForPathMatchingAsync("^/perusahaan/[0-9]+$");
        await Assertions.Expect(Page.Locator("#page-title")).ToHaveTextAsync("PT Borneo Energi Lestari");
        await Assertions.Expect(Page.Locator("[data-testid=company-npwp]")).ToHaveTextAsync("0912.3456.7890.1000");
        await Assertions.Expect(Page.Locator("[data-testid=operating-desa]").First).ToContainTextAsync("Asam-Asam");
        await Assertions.Expect(Page.Locator("[data-testid=csr-accounts]")).ToContainTextAsync("csr@demo.local");
        await Assertions.Expect(Page.Locator("[data-testid=deactivate-company]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_company_officer_changes_its_CSR_contact_person_and_sees_it_on_its_profile()
    {
        await SignedInAsync("csr@demo.local");
        await Page.GotoAsync("/perusahaan-saya");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("[data-testid=company-name]")).ToHaveTextAsync("PT Borneo Energi Lestari");

        await Page.Locator("[data-testid=edit-company]").ClickAsync();
        await WaitForPathAsync("/perusahaan-saya/ubah");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("[data-testid=is-active]")).ToHaveCountAsync(0);
        var contact = Page.Locator("input[data-testid=contact-name]");
        await Assertions.Expect(contact).ToHaveValueAsync("Sari Wulandari");
        await contact.FillAsync("Maulana Ishak");
        await Page.Locator("[data-testid=save-company]").ClickAsync();

        await WaitForPathAsync("/perusahaan-saya");
        await Assertions.Expect(Page.Locator("[data-testid=company-contact]")).ToHaveTextAsync("Maulana Ishak");
    }
}
