using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.E2E.Infrastructure;
using CsrSponsorship.Web.Components.Layout;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// Every signed-in page has one h1, one main landmark and a skip link; moving through the menu by keyboard puts
// focus on the new page's h1 (Blazor's FocusOnNavigate), so a screen reader announces where the user landed.
[Collection(ScanAppFixtureGroup.Name)]
public sealed class PageStructureTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("admin@demo.local", Roles.Admin)]
    [InlineData("disnaker@demo.local", Roles.Disnakerind)]
    [InlineData("loket@demo.local", Roles.Loket)]
    [InlineData("csr@demo.local", Roles.Csr)]
    [InlineData("keuangan@demo.local", Roles.Keuangan)]
    public async Task Every_menu_page_has_one_h1_a_main_landmark_and_takes_focus_to_its_h1(string email, string role)
    {
        await SignedInAsync(email);
        // "/" forwards to the role's home page.
        await Page.GotoAsync("/");
        await Page.WaitForFunctionAsync("() => location.pathname !== '/masuk'");
        await WaitForInteractiveAsync();
        // The home page takes focus to its h1 after its first interactive render. Under load that came after the first
        // menu link was focused, so Enter went to the h1 and no page opened: start where a keyboard user starts.
        await Assertions.Expect(Page.Locator("h1")).ToBeFocusedAsync();

        var problems = new List<string>();
        foreach (var item in NavCatalog.Items.Where(i => i.Roles.Contains(role)))
        {
            // Choosing the page already shown is no navigation, so nothing moves focus.
            var moves = await PathAsync() != item.Href;
            var link = Page.Locator($"[data-testid=nav-menu] a[href='{item.Href}']");
            await link.FocusAsync();
            await Page.Keyboard.PressAsync("Enter");
            await WaitForPathAsync(item.Href);
            await Assertions.Expect(Page.Locator("h1")).ToHaveCountAsync(1);

            var h1Focused = !moves || await Page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'H1'", null, new() { Timeout = BrowserStory.Patience })
                .ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
            var mains = await Page.Locator("main, [role=main]").CountAsync();
            var skipLinks = await Page.GetByRole(AriaRole.Link, new() { Name = "Langsung ke isi", Exact = true }).CountAsync();
            if (!h1Focused || mains != 1 || skipLinks != 1)
            {
                problems.Add($"{item.Href}: h1 focused {h1Focused}, main landmarks {mains}, skip links {skipLinks}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_skip_link_comes_before_the_app_bar_and_moves_focus_into_the_main_region()
    {
        await SignedInAsync("loket@demo.local");
        await Page.GotoAsync("/pekerja");
        await WaitForInteractiveAsync();
        // The page first takes focus to its h1 (FocusOnNavigate, after the first interactive render). Under load that
        // came after the keys below and took focus away from the skip link, which then hid again: start where a
        // keyboard user starts, on the h1.
        await Assertions.Expect(Page.Locator("h1")).ToBeFocusedAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Buka atau tutup menu" }).FocusAsync();
        await Page.Keyboard.PressAsync("Shift+Tab");
        var skip = Page.Locator("[data-testid=skip-link]");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await Page.Keyboard.PressAsync("Enter");

        Assert.Equal("/pekerja", await PathAsync());
        await Assertions.Expect(Page.Locator("main#main-content")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        var inMain = await Page.EvaluateAsync<bool>("() => document.getElementById('main-content').contains(document.activeElement)");
        Assert.True(inMain, "The next tab stop after the skip link is not inside the main region.");
    }

    [Fact]
    public async Task A_button_reached_by_keyboard_shows_a_focus_outline()
    {
        await SignedInAsync("loket@demo.local");
        await Page.GotoAsync("/pekerja");
        await WaitForInteractiveAsync();

        var register = Page.Locator("[data-testid=register-worker]");
        await register.FocusAsync();
        await Page.Keyboard.PressAsync("Shift+Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(register).ToBeFocusedAsync();
        var outline = await register.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.Equal("solid 3px", outline);
    }
}
