using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class WorkerRegistrationTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_desk_officer_registers_a_worker_and_finds_her_by_search()
    {
        await SignedInAsync("loket@demo.local");
        await Page.GotoAsync("/pekerja/baru");
        await WaitForInteractiveAsync();

        // 63 01 07 | 52 = 12th, a woman | 03 | 94 | 0777
        await Page.Locator("input[data-testid=nik]").FillAsync("6301075203940777");
        await Page.Locator("input[data-testid=nik]").BlurAsync();
        await Assertions.Expect(Page.Locator("input[data-testid=birth-date]")).ToHaveValueAsync("12-03-1994");
        await Page.Locator("input[data-testid=full-name]").FillAsync("Halimah Nurjanah");
        await Page.Locator("input[data-testid=birth-place]").FillAsync("Kintap");
        await ChooseAsync("kecamatan", "Kintap");
        await ChooseAsync("desa", "Sungai Cuka");
        await Page.Locator("input[data-testid=address]").FillAsync("Jl. Pelabuhan No. 4");
        await Page.Locator("input[data-testid=phone]").FillAsync("0813-5000-7777");
        await ChooseAsync("occupation", "Pedagang");

        await Page.Locator("[data-testid=save-worker]").ClickAsync();

        await WaitForPathMatchingAsync("^/pekerja/[0-9]+$");
        await Assertions.Expect(Page.Locator("#page-title")).ToHaveTextAsync("Halimah Nurjanah");
        await Assertions.Expect(Page.Locator("[data-testid=worker-status]")).ToHaveTextAsync("Terdaftar");
        await Assertions.Expect(Page.Locator("[data-testid=worker-nik]")).ToHaveTextAsync("6301075203940777");

        await Page.GotoAsync("/pekerja");
        await WaitForInteractiveAsync();
        await Page.Locator("input[data-testid=worker-search]").FillAsync("halimah nurja");
        var rows = Page.Locator("[data-testid=worker-grid] tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Sungai Cuka");
    }

    [Fact]
    public async Task An_invalid_NIK_is_explained_before_anything_is_saved()
    {
        await SignedInAsync("loket@demo.local");
        await Page.GotoAsync("/pekerja/baru");
        await WaitForInteractiveAsync();

        await Page.Locator("input[data-testid=nik]").FillAsync("9901021302990001");
        await Page.Locator("input[data-testid=nik]").BlurAsync();
        await Assertions.Expect(Page.Locator(".field-error").First).ToContainTextAsync("Kode provinsi 99");

        await Page.Locator("[data-testid=save-worker]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=form-error]")).ToContainTextAsync("perlu diperbaiki");
        Assert.Equal("/pekerja/baru", new Uri(Page.Url).AbsolutePath);
    }
}
