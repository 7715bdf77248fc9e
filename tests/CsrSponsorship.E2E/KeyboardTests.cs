using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// Keyboard only: every step moves with Tab and opens with Enter, as a user without a mouse would.
public sealed class KeyboardTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("disnaker@demo.local", "/pekerja", "/pekerja/", "Buka pekerja ")]
    [InlineData("disnaker@demo.local", "/kepesertaan", "/kepesertaan/", "Buka kepesertaan ")]
    [InlineData("disnaker@demo.local", "/tagihan", "/tagihan/", "Buka tagihan ")]
    [InlineData("disnaker@demo.local", "/perusahaan", "/perusahaan/", "Buka perusahaan ")]
    [InlineData("disnaker@demo.local", "/pembayaran", "/tagihan/", "Buka tagihan ")]
    [InlineData("disnaker@demo.local", "/serah-terima", "/pekerja/", "Buka pekerja ")]
    public async Task A_list_row_is_reached_with_Tab_and_opened_with_Enter(string email, string list, string opens, string namePrefix)
    {
        await SignInAsync(email);
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/masuk");
        await Page.GotoAsync(list);
        await WaitForInteractiveAsync();
        var rowLink = Page.Locator("[data-testid=row-link]").First;
        await rowLink.WaitForAsync();

        await TabUntilFocusedAsync(rowLink);
        var name = await rowLink.GetAttributeAsync("aria-label") ?? "";
        var href = await rowLink.GetAttributeAsync("href") ?? "";
        Assert.StartsWith(namePrefix, name, StringComparison.Ordinal);
        await Page.Keyboard.PressAsync("Enter");

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == href);
        Assert.StartsWith(opens, href, StringComparison.Ordinal);
        await Assertions.Expect(Page.Locator("h1")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_desk_officer_signs_in_opens_a_worker_from_the_list_and_opens_the_registration_form_without_a_mouse()
    {
        await Page.GotoAsync("/masuk");
        await TabUntilFocusedAsync(Page.Locator("#email"));
        await Page.Keyboard.TypeAsync("loket@demo.local");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync(AppFixture.DemoPassword);
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/loket");
        await WaitForInteractiveAsync();

        await TabUntilFocusedAsync(Page.Locator("[data-testid=nav-menu] a[href='/pekerja']"));
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/pekerja");
        var firstWorker = Page.Locator("[data-testid=row-link]").First;
        await firstWorker.WaitForAsync();
        var workerName = (await firstWorker.InnerTextAsync()).Trim();
        await TabUntilFocusedAsync(firstWorker);
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(new Uri(url).AbsolutePath, "^/pekerja/[0-9]+$"));
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(workerName);
        await Assertions.Expect(Page.Locator("h1")).ToBeFocusedAsync();

        await TabUntilFocusedAsync(Page.Locator("[data-testid=nav-menu] a[href='/pekerja']"), backwards: true);
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/pekerja");
        await TabUntilFocusedAsync(Page.Locator("[data-testid=register-worker]"));
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/pekerja/baru");
        await Assertions.Expect(Page.Locator("h1")).ToBeFocusedAsync();
    }

    // Presses Tab (or Shift+Tab) until the target has focus; fails if it is not among the page's tab stops.
    private async Task TabUntilFocusedAsync(ILocator target, bool backwards = false, int maxStops = 120)
    {
        for (var i = 0; i < maxStops; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement || e.contains(document.activeElement)"))
            {
                return;
            }

            await Page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        Assert.Fail($"{target} was not reached within {maxStops} tab stops.");
    }
}
