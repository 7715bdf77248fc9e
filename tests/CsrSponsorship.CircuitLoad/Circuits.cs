using Microsoft.Playwright;

namespace CsrSponsorship.CircuitLoad;

// Signed-in Blazor circuits in one headless Chromium: one sign-in through /masuk, its cookie shared by every browser
// context, several pages (circuits) per context so 100 circuits do not cost 100 browser profiles.
internal sealed class Circuits(IBrowser browser, string baseUrl) : IAsyncDisposable
{
    private const int PagesPerContext = 10;
    private const int OpeningAtOnce = 4;

    private readonly List<IBrowserContext> contexts = [];
    private readonly List<string> pageErrors = [];
    private Cookie[] cookies = [];

    public List<IPage> Pages { get; } = [];

    public IReadOnlyList<string> PageErrors => pageErrors;

    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) => await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ],
    });

    public async Task SignInAsync(string email, string password)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "id-ID" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/masuk");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/masuk", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        cookies = [.. (await context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        })];
        if (!cookies.Any(c => c.Name == "csr.auth"))
        {
            throw new InvalidOperationException($"Signing in as {email} set no session cookie.");
        }
    }

    // Opens `count` more circuits on `path`, each waited for until interactive and its page has drawn its data.
    public async Task OpenAsync(int count, string path, string readySelector)
    {
        var opening = new List<Task>();
        using var gate = new SemaphoreSlim(OpeningAtOnce);
        for (var i = 0; i < count; i++)
        {
            var page = await NewPageAsync();
            opening.Add(OpenOneAsync(page, path, readySelector, gate));
        }

        await Task.WhenAll(opening);
    }

    // Closes every page the way a user closes a tab (Blazor's unload handler tells the server the circuit is gone),
    // then the contexts.
    public async Task CloseAllAsync()
    {
        foreach (var page in Pages)
        {
            await page.CloseAsync();
        }

        Pages.Clear();
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        contexts.Clear();
    }

    public async ValueTask DisposeAsync() => await CloseAllAsync();

    private async Task<IPage> NewPageAsync()
    {
        if (Pages.Count % PagesPerContext == 0)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "id-ID" });
            context.SetDefaultTimeout(120_000);
            await context.AddCookiesAsync(cookies);
            contexts.Add(context);
        }

        var page = await contexts[^1].NewPageAsync();
        page.PageError += (_, error) =>
        {
            lock (pageErrors)
            {
                pageErrors.Add(error);
            }
        };
        Pages.Add(page);
        return page;
    }

    private static async Task OpenOneAsync(IPage page, string path, string readySelector, SemaphoreSlim gate)
    {
        await gate.WaitAsync();
        try
        {
            await page.GotoAsync(path);
            // Prerendered HTML shows before the circuit connects (MainLayout's marker says when it has).
            await page.Locator("#app-interactive[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            await page.Locator(readySelector).First.WaitForAsync();
        }
        finally
        {
            gate.Release();
        }
    }
}
