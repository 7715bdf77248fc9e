using System.Text.RegularExpressions;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed partial class DashboardTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Disnakerind_sees_headline_numbers_and_coverage_and_monthly_charts()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/disnaker");
        await WaitForInteractiveAsync();

        await Assertions.Expect(Page.Locator("[data-testid=disnaker-dashboard]")).ToBeVisibleAsync();
        Assert.Matches("^[0-9.]+$", (await Page.Locator("[data-testid=workers-registered]").InnerTextAsync()).Trim());
        Assert.StartsWith("Rp ", (await Page.Locator("[data-testid=pledged]").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        foreach (var chart in new[] { "chart-kecamatan", "chart-desa", "chart-monthly" })
        {
            await Assertions.Expect(Page.Locator($"[data-testid={chart}] svg").First).ToBeVisibleAsync();
        }

        await Assertions.Expect(Page.Locator("[data-testid=chart-kecamatan] svg path, [data-testid=chart-kecamatan] svg rect").First).ToBeAttachedAsync();

        // The figures are a kept summary (decision 0198): the page says when they were counted, and counts now on request.
        var asOf = Page.Locator("[data-testid=dashboard-as-of]");
        await Assertions.Expect(asOf).ToHaveTextAsync(AsOf());
        await Page.Locator("[data-testid=dashboard-recount]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=dashboard-recount]")).ToBeEnabledAsync();
        await Assertions.Expect(asOf).ToHaveTextAsync(AsOf());
        await Assertions.Expect(Page.Locator("[data-testid=disnaker-dashboard]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_company_officer_sees_its_year_and_downloads_the_csr_statement()
    {
        await SignedInAsync("csr@demo.local");
        await Page.GotoAsync("/perusahaan-saya");
        await WaitForInteractiveAsync();

        await Assertions.Expect(Page.Locator("[data-testid=csr-dashboard]")).ToBeVisibleAsync();
        var href = await Page.Locator("[data-testid=statement-pdf]").GetAttributeAsync("href") ?? "";
        var pdf = await Page.Context.APIRequest.GetAsync(href);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        var xlsx = await Page.Context.APIRequest.GetAsync(await Page.Locator("[data-testid=statement-xlsx]").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, xlsx.Status);

        // Another company's statement does not exist for this officer.
        var other = await Page.Context.APIRequest.GetAsync(Regex.Replace(href, "/pernyataan-csr/[0-9]+/", "/pernyataan-csr/999/"));
        Assert.Equal(404, other.Status);
    }

    [Fact]
    public async Task Cakupan_works_signed_out_and_shows_no_NIK()
    {
        await Page.GotoAsync("/masuk");
        await Page.Locator("[data-testid=public-coverage-link]").ClickAsync();
        await WaitForPathAsync("/cakupan");

        await Assertions.Expect(Page.Locator("[data-testid=coverage-table]")).ToBeVisibleAsync();
        Assert.Matches("^[0-9.]+$", (await Page.Locator("[data-testid=coverage-companies]").InnerTextAsync()).Trim());
        var text = await Page.Locator("body").InnerTextAsync();
        Assert.DoesNotMatch(SixteenDigits(), text);
        Assert.DoesNotMatch(SixteenDigits(), await Page.ContentAsync());
    }

    [GeneratedRegex(@"^\s*Angka per [0-9]{1,2} [A-Za-z]+ [0-9]{4} [0-9]{2}\.[0-9]{2} WITA; dihitung ulang setiap 5 menit\.\s*$")]
    private static partial Regex AsOf();

    [GeneratedRegex("(?<![0-9])[0-9]{16}(?![0-9])")]
    private static partial Regex SixteenDigits();
}
