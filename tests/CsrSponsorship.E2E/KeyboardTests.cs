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
        await SignedInAsync(email);
        await Page.GotoAsync(list);
        await WaitForInteractiveAsync();
        var rowLink = Page.Locator("[data-testid=row-link]").First;
        await rowLink.WaitForAsync();

        await TabUntilFocusedAsync(rowLink);
        var name = await rowLink.GetAttributeAsync("aria-label") ?? "";
        var href = await rowLink.GetAttributeAsync("href") ?? "";
        Assert.StartsWith(namePrefix, name, StringComparison.Ordinal);
        await Page.Keyboard.PressAsync("Enter");

        await WaitForPathAsync(href);
        Assert.StartsWith(opens, href, StringComparison.Ordinal);
        await Assertions.Expect(Page.Locator("h1")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_desk_officer_signs_in_opens_a_worker_from_the_list_and_registers_a_worker_without_a_mouse()
    {
        await Page.GotoAsync("/masuk");
        await TabUntilFocusedAsync(Page.Locator("#email"));
        await Page.Keyboard.TypeAsync("loket@demo.local");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync(AppFixture.DemoPassword);
        await Page.Keyboard.PressAsync("Enter");
        await WaitForPathAsync("/loket");
        await WaitForInteractiveAsync();

        await TabUntilFocusedAsync(Page.Locator("[data-testid=nav-menu] a[href='/pekerja']"));
        await Page.Keyboard.PressAsync("Enter");
        await WaitForPathAsync("/pekerja");
        var firstWorker = Page.Locator("[data-testid=row-link]").First;
        await firstWorker.WaitForAsync();
        var workerName = (await firstWorker.InnerTextAsync()).Trim();
        await TabUntilFocusedAsync(firstWorker);
        await Page.Keyboard.PressAsync("Enter");
        await WaitForPathMatchingAsync("^/pekerja/[0-9]+$");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(workerName);
        await Assertions.Expect(Page.Locator("h1")).ToBeFocusedAsync();

        await TabUntilFocusedAsync(Page.Locator("[data-testid=nav-menu] a[href='/pekerja']"), backwards: true);
        await Page.Keyboard.PressAsync("Enter");
        await WaitForPathAsync("/pekerja");
        await TabUntilFocusedAsync(Page.Locator("[data-testid=register-worker]"));
        await Page.Keyboard.PressAsync("Enter");
        await WaitForPathAsync("/pekerja/baru");
        await Assertions.Expect(Page.Locator("h1")).ToBeFocusedAsync();

        // 63 01 07 | 61 = 21st, a woman | 04 | 96 | 0318
        await TypeIntoAsync("#worker-nik", "6301076104960318");
        await TypeIntoAsync("#worker-fullname", "Rusmiati Keyboard");
        await Assertions.Expect(Page.Locator("#worker-birthdate")).ToHaveValueAsync("21-04-1996");
        await TypeIntoAsync("#worker-birthplace", "Pelaihari");
        await ChooseByKeyboardAsync("#worker-kecamatan", "Kintap");
        await ChooseByKeyboardAsync("#worker-desacode", "Sungai Cuka");
        await TypeIntoAsync("#worker-address", "Jl. Keyboard No. 1");
        await ChooseByKeyboardAsync("#worker-occupationcode", "Nelayan");
        await TabUntilFocusedAsync(Page.Locator("[data-testid=save-worker]"));
        await Page.Keyboard.PressAsync("Enter");

        await WaitForPathMatchingAsync("^/pekerja/[0-9]+$");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Rusmiati Keyboard");
    }

    private async Task TypeIntoAsync(string selector, string text)
    {
        await TabUntilFocusedAsync(Page.Locator(selector));
        await Page.Keyboard.TypeAsync(text);
    }

    [Fact]
    public async Task A_list_filter_is_chosen_with_the_keyboard_and_keeps_the_focus()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/pekerja");
        await WaitForInteractiveAsync();

        await ChooseByKeyboardAsync("#worker-status-filter", "Terverifikasi");

        await Assertions.Expect(Page.Locator("[data-testid=row-link]").First).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.Locator("body")).Not.ToBeFocusedAsync();
    }

    // A MudSelect by keyboard: Tab to it, open its list with Enter, move with ArrowDown (each step waits for the
    // server's answer), choose with Enter. Forms give selects their text through ToStringFunc, see docs/accessibility.md.
    private async Task ChooseByKeyboardAsync(string selector, string option)
    {
        var input = Page.Locator(selector);
        await Assertions.Expect(input).ToBeEnabledAsync();
        await TabUntilFocusedAsync(input);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync();
        for (var step = 0; step < 60 && await input.InputValueAsync() != option; step++)
        {
            var before = await input.InputValueAsync();
            await Page.Keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(input).Not.ToHaveValueAsync(before);
        }

        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Assertions.Expect(input).ToHaveValueAsync(option);
        await Assertions.Expect(input).ToBeFocusedAsync();
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
