using Microsoft.Playwright;

namespace CsrSponsorship.E2E.Infrastructure;

// A story in a browser: each test gets a fresh browser context (no shared cookies) on the app at baseUrl and fails on
// any uncaught page error or CSP violation. BrowserTest is the one for the run's shared app (AppFixture).
public abstract class BrowserStory(IBrowser browser, string baseUrl) : IAsyncLifetime
{
    // How long an action or expectation may wait. A wait ends as soon as its condition holds, so this only matters on a
    // loaded machine: on 2-core CI, with the unit project's child processes beside the browsers, a server round trip
    // after a click once took longer than the 15 s used before.
    public const float Patience = 30_000;

    private readonly List<string> pageErrors = [];
    private IBrowserContext? context;

    protected IBrowserContext Context => context!;

    protected IPage Page { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "id-ID" });
        context.SetDefaultTimeout(Patience);
        // Expectations wait as long as actions: on a loaded 2-core CI machine signing a letter (PDF, QR, number)
        // can take longer than Playwright's 5-second default, which made stories fail though nothing was wrong.
        Assertions.SetDefaultExpectTimeout(Patience);
        Page = await context.NewPageAsync();
        Page.PageError += (_, error) => pageErrors.Add(error);

        // A blocked script, style or connection shows only as a console message, never as a page error.
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                pageErrors.Add(message.Text);
            }
        };
    }

    public async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
        }

        Assert.True(pageErrors.Count == 0, "Page errors: " + string.Join(Environment.NewLine, pageErrors));
    }

    // Signs in through the sign-in page, as a user does.
    protected async Task SignInAsync(string email, string password = AppFixture.DemoPassword)
    {
        await Page.GotoAsync("/masuk");
        await Page.FillAsync("#email", email);
        await Page.FillAsync("#password", password);
        await Page.ClickAsync("button[type=submit]");
    }

    // Waits until the browser is at the path, asked in the page itself, for an in-app move (Blazor's router changes the
    // address in the same document) as for a new document (a form post answered by a redirect: signing in or out); what
    // the story does next waits for what it needs there. Playwright's WaitForURL compares the address it last heard of
    // and then waits for the next navigation event; on a loaded CI machine that event came in between, and the wait went
    // on for 30 s with the page long at the new address (and after a redirect it once never saw "load" either).
    protected async Task WaitForPathAsync(string path) =>
        await Page.WaitForFunctionAsync("path => location.pathname === path", path);

    // The same for a path pattern, e.g. "^/pekerja/[0-9]+$" for a worker's page.
    protected async Task WaitForPathMatchingAsync(string pattern) =>
        await Page.WaitForFunctionAsync("pattern => new RegExp(pattern).test(location.pathname)", pattern);

    // Signed out: the browser is back on the sign-in page and its form is there to use.
    protected async Task WaitForSignInPageAsync()
    {
        await WaitForPathAsync("/masuk");
        await Assertions.Expect(Page.Locator("#email")).ToBeVisibleAsync();
    }

    // Prerendered HTML shows before the SignalR circuit connects; clicks before that are lost.
    protected async Task WaitForInteractiveAsync() =>
        await Page.Locator("#app-interactive[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    // The page's own files are loaded, its fonts are ready and its lists have their rows: what a layout check or an axe
    // scan needs. Not "network idle": under load Blazor's circuit may reconnect or fall back to long polling, which
    // keeps the network busy for good (a CI run timed out after 30 s on an interactive /tagihan that way).
    protected async Task WaitForSettledAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        await Page.Locator(".mud-table-loading").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    // An edit form's leave guard is live (DraftEditPanel): from now on a link away from an edited form asks first.
    protected async Task WaitForLeaveGuardAsync() =>
        await Page.Locator("[data-leave-guard=on]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    // Picks an option of the MudSelect whose input carries the data-testid, and waits for its list to close. A select
    // that depends on another (the desa on the kecamatan just chosen) is enabled by the server's next render; a click
    // before that opens nothing (a CI run waited 30 s for "Sungai Cuka" that way), so while no list is open the click is
    // repeated, a few times, until the option shows.
    protected async Task ChooseAsync(string testId, string option)
    {
        var select = Page.Locator($".mud-select:has([data-testid={testId}])").First;
        var item = Page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First;
        for (var attempt = 1; ; attempt++)
        {
            if (await Page.Locator(".mud-popover-open").CountAsync() == 0)
            {
                await select.ClickAsync();
            }

            try
            {
                await item.WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 5)
            {
            }
        }

        await item.ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    // Closes an open select list (a multi-select stays open while options are picked): Escape, as a keyboard user would;
    // if the key reached no part of the select (under load a CI run kept the list open for 30 s), a click outside it.
    protected async Task CloseOpenListAsync()
    {
        var open = Page.Locator(".mud-popover-open");
        await Page.Keyboard.PressAsync("Escape");
        try
        {
            await Assertions.Expect(open).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 3_000 });
        }
        catch (PlaywrightException)
        {
            await Page.Mouse.ClickAsync(2, 2);
            await Assertions.Expect(open).ToHaveCountAsync(0);
        }
    }

    // Disnakerind bills everything the company has submitted and issues the invoice; the new invoice's path.
    protected async Task<string> IssueInvoiceForAllSubmittedAsync(int companyId)
    {
        await Page.GotoAsync($"/tagihan/baru?perusahaan={companyId}");
        await WaitForInteractiveAsync();
        await Page.Locator("[data-testid=issue-all]").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Terbitkan", Exact = true }).ClickAsync();
        await WaitForPathMatchingAsync("^/tagihan/[0-9]+$");
        await Assertions.Expect(Page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Terbit");
        return new Uri(Page.Url).AbsolutePath;
    }

    // Finance, on an issued invoice's page, records the company's transfer of the whole amount outstanding.
    protected async Task RecordFullPaymentAsync(string reference)
    {
        await Page.Locator("[data-testid=record-payment]").ClickAsync();
        await Page.Locator("input[data-testid=payment-reference]").FillAsync(reference);
        await Page.Locator("[data-testid=save-payment]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Lunas");
        await Assertions.Expect(Page.Locator("[data-testid=invoice-outstanding]")).ToHaveTextAsync("Rp 0");
    }

    protected async Task<string> PathAsync()
    {
        await Task.Yield();
        return new Uri(Page.Url).AbsolutePath;
    }
}
