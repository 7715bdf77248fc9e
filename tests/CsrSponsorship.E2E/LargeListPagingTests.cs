using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// The sponsorship, invoice and payment lists page on after the last row they showed (decision 0199): the officer
// pages forward and back and sees each row once, page 1 again as it was.
public sealed class LargeListPagingTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("/kepesertaan")]
    [InlineData("/tagihan")]
    [InlineData("/pembayaran")]
    public async Task An_officer_pages_forward_and_back_and_sees_each_row_once(string path)
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
        var pager = Page.Locator(".mud-table-pagination");
        await Assertions.Expect(pager).ToContainTextAsync("1–25 dari");
        var first = await RowsAsync();

        await pager.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Halaman berikutnya" }).ClickAsync();
        await Assertions.Expect(pager).ToContainTextAsync("26–");
        var second = await RowsAsync();
        await pager.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Halaman sebelumnya" }).ClickAsync();
        await Assertions.Expect(pager).ToContainTextAsync("1–25 dari");

        Assert.Equal(25, first.Count);
        Assert.NotEmpty(second);
        Assert.Empty(second.Intersect(first));
        Assert.Equal(first, await RowsAsync());
    }

    private async Task<List<string>> RowsAsync() =>
        [.. (await Page.Locator("tbody tr").AllInnerTextsAsync()).Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];
}
