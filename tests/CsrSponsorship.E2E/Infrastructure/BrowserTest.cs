using Microsoft.Playwright;

namespace CsrSponsorship.E2E.Infrastructure;

// Each test gets a fresh browser context (no shared cookies) and fails on any uncaught page error or CSP violation.
[Collection(AppFixtureGroup.Name)]
public abstract class BrowserTest(AppFixture app) : IAsyncLifetime
{
    private readonly List<string> pageErrors = [];
    private IBrowserContext? context;

    protected AppFixture App => app;

    protected IPage Page { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "id-ID" });
        context.SetDefaultTimeout(15_000);
        // Expectations wait as long as actions: on a loaded 2-core CI machine signing a letter (PDF, QR, number)
        // can take longer than Playwright's 5-second default, which made stories fail though nothing was wrong.
        Assertions.SetDefaultExpectTimeout(15_000);
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

    // Starts the story signed in as the account, with the cookies of the run's one real sign-in for it (AppFixture);
    // the next Page.GotoAsync opens the page under test directly. Stories about signing in itself use SignInAsync.
    protected async Task SignedInAsync(string email, string password = AppFixture.DemoPassword)
    {
        await context!.ClearCookiesAsync();
        await context.AddCookiesAsync(await app.SignInCookiesAsync(email, password));
    }

    // Signs in through the sign-in page, as a user does.
    protected async Task SignInAsync(string email, string password = AppFixture.DemoPassword)
    {
        await Page.GotoAsync("/masuk");
        await Page.FillAsync("#email", email);
        await Page.FillAsync("#password", password);
        await Page.ClickAsync("button[type=submit]");
    }

    // Prerendered HTML shows before the SignalR circuit connects; clicks before that are lost.
    protected async Task WaitForInteractiveAsync() =>
        await Page.Locator("#app-interactive[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    // Picks an option of the MudSelect whose input carries the data-testid, and waits for its list to close.
    protected async Task ChooseAsync(string testId, string option)
    {
        await Page.Locator($".mud-select:has([data-testid={testId}])").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    protected async Task<string> PathAsync()
    {
        await Task.Yield();
        return new Uri(Page.Url).AbsolutePath;
    }
}
