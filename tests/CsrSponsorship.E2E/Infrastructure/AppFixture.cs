using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E.Infrastructure;

// One real app (Kestrel on a free loopback port, its own SQLite file, demo data on) and one Chromium per run.
public sealed class AppFixture : IAsyncLifetime, IDisposable
{
    public const string DemoPassword = "Tala-Demo-2026!";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-e2e", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, (DateTime At, Task<Cookie[]> Cookies)> signIns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock signInsGate = new();
    private CsrAppFactory? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => factory!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        factory = new CsrAppFactory(Path.Combine(directory, "csr.db"));
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

        playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(playwright);
    }

    // Debian's Chromium (no browser download), headless.
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ],
    });

    // The cookies of one real sign-in through /masuk per account (decision 0176): a story about something else starts
    // signed in from them instead of signing in and rendering the role's home page first. Renewed after ten minutes,
    // well inside the cookie's 30-minute idle expiry, so a slow run never hands out an expired session.
    public Task<Cookie[]> SignInCookiesAsync(string email, string password = DemoPassword)
    {
        lock (signInsGate)
        {
            if (!signIns.TryGetValue(email, out var signIn) || signIn.Cookies.IsFaulted || signIn.Cookies.IsCanceled
                || DateTime.UtcNow - signIn.At > TimeSpan.FromMinutes(10))
            {
                signIn = (DateTime.UtcNow, SignInThroughTheFormAsync(email, password));
                signIns[email] = signIn;
            }

            return signIn.Cookies;
        }
    }

    private async Task<Cookie[]> SignInThroughTheFormAsync(string email, string password)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "id-ID" });
        context.SetDefaultTimeout(BrowserStory.Patience);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/masuk");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        // The redirect to the home page is the answer; its rendering is not needed.
        await page.ClickAsync("button[type=submit]");
        // Asked in the page, as BrowserStory.WaitForPathAsync does.
        await page.WaitForFunctionAsync("() => location.pathname !== '/masuk'");
        var cookies = await context.CookiesAsync();
        if (!cookies.Any(cookie => cookie.Name == "csr.auth"))
        {
            throw new InvalidOperationException($"Signing in as {email} set no session cookie.");
        }

        return [.. cookies.Select(cookie => new Cookie
        {
            Name = cookie.Name,
            Value = cookie.Value,
            Domain = cookie.Domain,
            Path = cookie.Path,
            Expires = cookie.Expires,
            HttpOnly = cookie.HttpOnly,
            Secure = cookie.Secure,
            SameSite = cookie.SameSite,
        })];
    }

    public async Task<string> CreateUserAsync(string email, string role, string password, int? companyId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = email,
            CompanyId = companyId,
            CreatedAtUtc = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
        {
            throw new InvalidOperationException($"Test user {email} could not be created.");
        }

        return user.Id;
    }

    public async Task DisableUserAsync(string userId)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        user.IsActive = false;
        await users.UpdateAsync(user);
    }

    public async Task<int> CreateCompanyAsync(string legalName, params string[] operatingDesa)
    {
        var factory = Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var company = Company.Create(legalName, "Jl. Uji No. 1, Kintap", null, DateTime.UtcNow);
        company.SetOperatingDesa(operatingDesa);
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company.Id;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; nothing depends on it.
        }
    }

    public void Dispose() => factory?.Dispose();

    private sealed class CsrAppFactory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Path", databasePath);
            builder.UseSetting("Demo:Enabled", "true");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppFixtureGroup : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}

// A second app and browser for the page-wide checks (axe scans, tap targets, page structure, column fit), which read
// the demo data and what they make themselves (ScanData): xUnit runs this collection beside the stories' one, so both
// cores work while one browser runs axe (decision 0176).
[CollectionDefinition(Name)]
public sealed class ScanAppFixtureGroup : ICollectionFixture<AppFixture>
{
    public const string Name = "app-scans";
}
