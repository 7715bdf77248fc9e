using CsrSponsorship.Core.Data;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// Two app instances on one PostgreSQL database, as behind a sticky load balancer (issue 19): a session begun on one
// is good on the other, and what one writes the other shows and acts on.
[Collection(TwoInstancesGroup.Name)]
[Trait("Category", "Postgres")]
public sealed class TwoInstancesTests(TwoInstancesFixture apps) : BrowserStory(apps.Browser, apps.A.BaseUrl)
{
    [Fact]
    public async Task A_finance_clerk_signed_in_on_one_instance_pays_on_the_other_an_invoice_issued_there()
    {
        // Disnakerind signs in on A through the sign-in page and issues the demo company's invoice there.
        await SignInAsync("disnaker@demo.local");
        await WaitForPathAsync("/disnaker");
        var invoicePath = await IssueInvoiceForAllSubmittedAsync(companyId: 1);
        var title = (await Page.Locator("#page-title").InnerTextAsync()).Trim();
        Assert.Matches("^Tagihan [^ ]+$", title);

        // Cookies belong to a host, not a port: the browser sends A's session cookie to B as it is. B never issued it
        // and shares no file with A, yet knows the officer (the key ring is in the database) and shows the invoice.
        var session = await SessionCookieAsync(apps.A.BaseUrl);
        Assert.Equal(session, await SessionCookieAsync(apps.B.BaseUrl));
        Assert.All([apps.A, apps.B], instance => Assert.IsType<EntityFrameworkCoreXmlRepository<AppDbContext>>(
            instance.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository));
        await OpenOnAsync(apps.B, invoicePath, "Petugas Disnakerind");
        Assert.Equal(title, (await Page.Locator("#page-title").InnerTextAsync()).Trim());
        await Assertions.Expect(Page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Terbit");
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Keluar" }).ClickAsync();
        await Page.WaitForFunctionAsync("start => location.href.startsWith(start)", apps.B.BaseUrl + "/masuk");
        await Assertions.Expect(Page.Locator("#email")).ToBeVisibleAsync();

        // Finance signs in on A and records the company's transfer on B.
        await SignInAsync("keuangan@demo.local");
        await WaitForPathAsync("/keuangan");
        await OpenOnAsync(apps.B, invoicePath, "Staf Keuangan");
        await RecordFullPaymentAsync("TRF-DUA-INSTANS-0001");

        // A shows it paid.
        await OpenOnAsync(apps.A, invoicePath, "Staf Keuangan");
        await Assertions.Expect(Page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Lunas");
        await Assertions.Expect(Page.Locator("[data-testid=invoice-outstanding]")).ToHaveTextAsync("Rp 0");
    }

    private async Task<string> SessionCookieAsync(string url) =>
        (await Context.CookiesAsync([url])).Single(cookie => cookie.Name == "csr.auth").Value;

    // Opens the page on the instance without signing in: it must not send the browser to /masuk.
    private async Task OpenOnAsync(AppServer instance, string path, string role)
    {
        await Page.GotoAsync(instance.BaseUrl + path);
        await WaitForInteractiveAsync();
        Assert.Equal(instance.BaseUrl + path, Page.Url);
        await Assertions.Expect(Page.Locator("[data-testid=current-role]")).ToHaveTextAsync(role);
    }
}
