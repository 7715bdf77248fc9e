using Microsoft.Playwright;

namespace CsrSponsorship.E2E.Infrastructure;

// Each test gets a fresh browser context (no shared cookies) on the run's shared app and fails on any uncaught page
// error or CSP violation (BrowserStory).
[Collection(AppFixtureGroup.Name)]
public abstract class BrowserTest(AppFixture app) : BrowserStory(app.Browser, app.BaseUrl)
{
    protected AppFixture App => app;

    // Starts the story signed in as the account, with the cookies of the run's one real sign-in for it (AppFixture);
    // the next Page.GotoAsync opens the page under test directly. Stories about signing in itself use SignInAsync.
    protected async Task SignedInAsync(string email, string password = AppFixture.DemoPassword)
    {
        await Context.ClearCookiesAsync();
        await Context.AddCookiesAsync(await app.SignInCookiesAsync(email, password));
    }
}
