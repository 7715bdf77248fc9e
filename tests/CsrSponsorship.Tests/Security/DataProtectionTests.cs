using CsrSponsorship.Core;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Security;

public sealed class DataProtectionTests : IDisposable
{
    // The purpose chain the cookie handler uses for the Identity application cookie.
    private static readonly string[] CookiePurpose =
        ["Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Identity.Application", "v2"];

    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(directory, "csr.db");

    [Fact]
    public async Task A_cookie_protected_before_a_restart_is_readable_after_it()
    {
        await (await TestApp.StartAsync(databasePath: DatabasePath)).DisposeAsync();

        string cookie;
        await using (var before = StartHost())
        {
            cookie = before.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurpose).Protect("tiket masuk");
        }

        await using var after = StartHost();
        Assert.Equal("tiket masuk", after.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurpose).Unprotect(cookie));
        await using var db = await after.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    private ServiceProvider StartHost()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = DatabasePath })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCsrCore(configuration, directory);
        return services.BuildServiceProvider();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }
}
