using System.Text.RegularExpressions;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// The desk on a phone: 390 × 844, as the one-stop desk and the Perisai agents in the villages use it.
public sealed partial class PhoneTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("admin@demo.local", "/admin/pengguna")]
    [InlineData("disnaker@demo.local", "/disnaker")]
    [InlineData("loket@demo.local", "/loket")]
    [InlineData("csr@demo.local", "/perusahaan-saya")]
    [InlineData("keuangan@demo.local", "/keuangan")]
    public async Task Every_role_signs_out_from_the_account_menu_of_an_app_bar_that_fits_a_phone(string email, string home)
    {
        await Page.SetViewportSizeAsync(320, PhoneLayout.Height);
        await SignedInAsync(email);
        await Page.GotoAsync(home);
        await WaitForInteractiveAsync();
        await PhoneLayout.AssertNothingOverflowsAsync(Page, ".app-bar");

        await Page.SetViewportSizeAsync(PhoneLayout.Width, PhoneLayout.Height);
        await PhoneLayout.AssertNothingOverflowsAsync(Page, ".app-bar");

        await SignOutFromTheAccountMenuAsync();
        await Page.GotoAsync(home);
        Assert.Equal("/masuk", await PathAsync());
    }

    [Fact]
    public async Task A_desk_officer_signs_in_registers_a_worker_and_signs_out_on_a_phone_without_anything_spilling_sideways()
    {
        await Page.SetViewportSizeAsync(PhoneLayout.Width, PhoneLayout.Height);
        await Page.GotoAsync("/masuk");
        await PhoneLayout.AssertNothingOverflowsAsync(Page);
        await PhoneLayout.ScreenshotAsync(Page, "phone-1-masuk");

        await SignInAsync("loket@demo.local");
        await WaitForPathAsync("/loket");
        await WaitForInteractiveAsync();
        await PhoneLayout.AssertNothingOverflowsAsync(Page);
        await PhoneLayout.ScreenshotAsync(Page, "phone-2-beranda-loket");

        // The drawer is closed on a phone; the menu button opens it.
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Buka atau tutup menu" }).ClickAsync();
        await Page.Locator("[data-testid=nav-menu]").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Pekerja" }).ClickAsync();
        await WaitForPathAsync("/pekerja");
        await Assertions.Expect(Page.Locator("[data-testid=worker-grid] tbody tr.mud-table-row").First).ToBeVisibleAsync();
        await PhoneLayout.AssertNothingOverflowsAsync(Page);
        await PhoneLayout.ScreenshotAsync(Page, "phone-3-pekerja");

        await Page.Locator("[data-testid=register-worker]").ClickAsync();
        await WaitForPathAsync("/pekerja/baru");
        await Page.Locator("input[data-testid=nik]").FillAsync("6301075504950888");
        await Page.Locator("input[data-testid=nik]").BlurAsync();
        await Assertions.Expect(Page.Locator("input[data-testid=birth-date]")).ToHaveValueAsync("15-04-1995");
        await Page.Locator("input[data-testid=full-name]").FillAsync("Siti Rahmah");
        await Page.Locator("input[data-testid=birth-place]").FillAsync("Pelaihari");
        await ChooseAsync("kecamatan", "Kintap");
        await ChooseAsync("desa", "Sungai Cuka");
        await Page.Locator("input[data-testid=address]").FillAsync("Jl. Pelabuhan No. 8");
        await Page.Locator("input[data-testid=phone]").FillAsync("0813-5000-8888");
        await ChooseAsync("occupation", "Pedagang");
        await PhoneLayout.AssertNothingOverflowsAsync(Page);
        await PhoneLayout.ScreenshotAsync(Page, "phone-4-daftarkan");

        await Page.Locator("[data-testid=save-worker]").ClickAsync();
        await WaitForPathMatchingAsync(WorkerPath().ToString());
        await Assertions.Expect(Page.Locator("#page-title")).ToHaveTextAsync("Siti Rahmah");
        await PhoneLayout.AssertNothingOverflowsAsync(Page);
        await PhoneLayout.ScreenshotAsync(Page, "phone-5-pekerja-terdaftar");

        // The "saved" message sits over the app bar's right end for a few seconds: closed first, as a user would.
        await Page.Locator(".mud-snackbar button").ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-snackbar")).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = AccountMenu() }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=user-menu-who]")).ToContainTextAsync("Petugas Loket / Perisai");
        // MudBlazor draws an opened menu off-screen first (left -9999 px) and moves it in place a moment later.
        await Assertions.Expect(Page.Locator("[data-testid=user-menu-who]")).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
        await PhoneLayout.AssertNothingOverflowsAsync(Page);
        await PhoneLayout.ScreenshotAsync(Page, "phone-6-menu-akun");
        await Page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Keluar" }).ClickAsync();
        await WaitForSignInPageAsync();
        await PhoneLayout.AssertNothingOverflowsAsync(Page);
    }

    // On a phone the cost panel and its submit come after every card of the list (y ≈ 7,275 px for 25 cards).
    [Fact]
    public async Task On_a_phone_the_adoption_submit_stays_in_view_next_to_the_ticked_workers()
    {
        await Page.SetViewportSizeAsync(PhoneLayout.Width, PhoneLayout.Height);
        await SignedInAsync("csr@demo.local");
        await Page.GotoAsync("/adopsi");
        await WaitForInteractiveAsync();

        var ticks = Page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { NameRegex = TickWorker() });
        await ticks.Nth(0).ClickAsync();
        await ticks.Nth(9).ClickAsync();

        var bar = Page.Locator("[data-testid=adopt-action-bar]");
        await Assertions.Expect(bar).ToContainTextAsync("2 pekerja dipilih");
        var submit = bar.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ajukan kepesertaan" });
        await Assertions.Expect(submit).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
        await PhoneLayout.AssertNothingOverflowsAsync(Page, "[data-testid=adopt-action-bar]");

        await submit.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("untuk 2 pekerja");
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Batal" }).ClickAsync();
    }

    // MudBlazor's phone cards gave every field a line of its own: 25 workers were 8,300 px of page (decision 0182).
    [Fact]
    public async Task On_a_phone_a_page_of_25_workers_takes_under_half_the_height_of_one_line_per_field()
    {
        await Page.SetViewportSizeAsync(PhoneLayout.Width, PhoneLayout.Height);
        await SignedInAsync("loket@demo.local");
        await Page.GotoAsync("/pekerja");
        await WaitForInteractiveAsync();
        var cards = Page.Locator("[data-testid=worker-grid] tbody tr.mud-table-row");
        await Assertions.Expect(cards).ToHaveCountAsync(25);

        var listHeight = await Page.Locator("[data-testid=worker-grid] tbody").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        var pageHeight = await Page.EvaluateAsync<double>("() => document.documentElement.scrollHeight");

        Assert.True(listHeight <= 25 * 120, $"25 worker cards take {listHeight:0} px (at most {25 * 120} px)");
        Assert.True(pageHeight <= 8_300 / 2, $"/pekerja is {pageHeight:0} px high (at most {8_300 / 2} px)");
        await Assertions.Expect(Page.Locator("[data-testid=register-worker]")).ToBeInViewportAsync();
        await PhoneLayout.AssertNothingOverflowsAsync(Page);

        // The picture in docs/accessibility.md: the cards as the first screen of the list shows them.
        await cards.First.EvaluateAsync("e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 72)");
        await PhoneLayout.ScreenshotAsync(Page, "phone-list-pekerja-after");
    }

    private async Task SignOutFromTheAccountMenuAsync()
    {
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Keluar" })).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = AccountMenu() }).ClickAsync();
        var signOut = Page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Keluar" });
        await Assertions.Expect(signOut).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
        await signOut.ClickAsync();
        await WaitForSignInPageAsync();
    }

    [GeneratedRegex("^Pilih ")]
    private static partial Regex TickWorker();

    [GeneratedRegex("^Akun ")]
    private static partial Regex AccountMenu();

    [GeneratedRegex("^/pekerja/[0-9]+$")]
    private static partial Regex WorkerPath();
}
