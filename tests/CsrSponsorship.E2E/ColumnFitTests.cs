using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// At 1280 px no column header, label or status chip of a list may be cut off ("Sebagian diba…", "JHT (opsi…"):
// every such element's content must fit the box it is drawn in.
[Collection(ScanAppFixtureGroup.Name)]
public sealed class ColumnFitTests(AppFixture app) : BrowserTest(app)
{
    private const string Candidates =
        "th, th *, td .mud-chip, td .mud-chip-content, td .mud-button-root, td a, label, .mud-input-label, .mud-checkbox .mud-typography";

    [Theory]
    [InlineData("csr@demo.local", "/adopsi")]
    [InlineData("keuangan@demo.local", "/pembayaran")]
    [InlineData("keuangan@demo.local", "/tagihan")]
    [InlineData("disnaker@demo.local", "/kepesertaan")]
    [InlineData("disnaker@demo.local", "/pekerja")]
    [InlineData("disnaker@demo.local", "/perusahaan")]
    [InlineData("keuangan@demo.local", "/rekonsiliasi-bpjs")]
    public async Task Nothing_in_a_list_is_cut_off_at_1280_px(string email, string path)
    {
        await Page.SetViewportSizeAsync(1280, 800);
        await SignedInAsync(email);
        await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
        await Page.Locator("h1").WaitForAsync();
        await WaitForSettledAsync();

        var clipped = await Page.EvaluateAsync<string[]>(
            @"selector => [...document.querySelectorAll(selector)]
                .filter(e => e.offsetParent !== null && e.clientWidth > 0 && (e.scrollWidth > e.clientWidth + 1
                    || (e.closest('td, th') && e.getBoundingClientRect().right > e.closest('td, th').getBoundingClientRect().right + 1)))
                .map(e => `${e.tagName.toLowerCase()} '${e.textContent.trim().slice(0, 40)}' ${e.scrollWidth}>${e.clientWidth}`)",
            Candidates);

        Assert.True(clipped.Length == 0, $"{path}: cut off: {string.Join("; ", clipped)}");
    }
}
