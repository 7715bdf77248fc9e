using CsrSponsorship.Core;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Data.Seeding;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Data;

// Two app instances on one database, each its own service provider (its own pools, key-ring cache, Identity
// services), as two processes behind a load balancer would be (decision 0202).
public sealed class SeveralInstancesTests : IDisposable
{
    // The purpose chain the cookie handler uses for the Identity application cookie.
    private static readonly string[] CookiePurpose =
        ["Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Identity.Application", "v2"];

    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Two_instances_started_together_on_a_new_SQLite_file_migrate_and_seed_it_once()
    {
        await using var a = Instance(demo: true);
        await using var b = Instance(demo: true);

        await StartTogetherAsync(a, b);

        await AssertOneCopyOfEverythingAsync(a);
    }

    [Fact]
    [Trait("Category", "Postgres")]
    public async Task Two_instances_started_together_on_an_empty_PostgreSQL_database_migrate_and_seed_it_once()
    {
        var empty = await PostgresServer.CreateDatabaseAsync(empty: true);
        try
        {
            await using var a = Instance(demo: true, empty);
            await using var b = Instance(demo: true, empty);

            await StartTogetherAsync(a, b);

            await AssertOneCopyOfEverythingAsync(b);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(empty);
        }
    }

    [Fact]
    public async Task A_cookie_protected_by_one_instance_is_read_by_the_other_with_no_shared_files()
    {
        await using var a = Instance();
        await using var b = Instance();
        await StartTogetherAsync(a, b);

        var cookie = Protector(a).Protect("tiket masuk");

        Assert.Equal("tiket masuk", Protector(b).Unprotect(cookie));
        // The one key is a row of the database, not a key-ring file beside it.
        await using var db = await a.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        Assert.Empty(Directory.GetFiles(directory, "*.xml", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_cookie_protected_before_a_restart_is_readable_after_it()
    {
        string cookie;
        await using (var before = Instance())
        {
            await before.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            cookie = Protector(before).Protect("tiket masuk");
        }

        await using var after = Instance();
        Assert.Equal("tiket masuk", Protector(after).Unprotect(cookie));
        await using var db = await after.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    // B has cached a key ring without a key made later and used at once (by hand, or an instance that found no valid
    // key). ASP.NET re-reads the keys on an unknown key id only in a provider's first two minutes; after that B refuses
    // such a cookie until its cache refreshes (at most a day). The app's own rotation never does this: the next key is
    // made two days before it becomes active, so every instance has read it first (docs/postgresql.md).
    [Fact]
    public async Task A_key_made_and_used_right_after_the_other_instance_started_is_found_there()
    {
        await using var a = Instance();
        await using var b = Instance();
        await StartTogetherAsync(a, b);
        Assert.Equal("pertama", Protector(b).Unprotect(Protector(a).Protect("pertama")));

        var rotated = a.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
        // A third instance started now reads both keys and signs with the newer one.
        await using var c = Instance();
        var cookie = Protector(c).Protect("setelah rotasi");

        Assert.Equal(rotated.KeyId, KeyIdOf(cookie));
        Assert.Equal("setelah rotasi", Protector(b).Unprotect(cookie));
    }

    [Fact]
    public async Task Five_wrong_passwords_on_one_instance_lock_the_account_on_the_other()
    {
        await using var a = Instance();
        await using var b = Instance();
        await StartTogetherAsync(a, b);
        const string Password = "kata-sandi-yang-benar-2026";
        await using (var scope = a.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>()
                .CreateAsync(new ApplicationUser { UserName = "loket@tanahlaut.test", Email = "loket@tanahlaut.test", FullName = "Petugas Loket" }, Password);
            Assert.True(created.Succeeded);
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.False((await SignInAsync(a, "salah-" + attempt)).Succeeded);
        }

        var onB = await SignInAsync(b, Password);

        Assert.True(onB.IsLockedOut);
    }

    private static async Task<SignInResult> SignInAsync(ServiceProvider instance, string password)
    {
        await using var scope = instance.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        var user = await signIn.UserManager.FindByNameAsync("loket@tanahlaut.test");
        return await signIn.CheckPasswordSignInAsync(user!, password, lockoutOnFailure: true);
    }

    private static IDataProtector Protector(ServiceProvider instance) =>
        instance.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurpose);

    // A protected payload starts with a 4-byte magic header, then the id of the key that protected it.
    private static Guid KeyIdOf(string payload) => new(WebEncoders.Base64UrlDecode(payload).AsSpan(4, 16));

    private static async Task StartTogetherAsync(ServiceProvider a, ServiceProvider b) =>
        await Task.WhenAll(
            Task.Run(() => a.GetRequiredService<DatabaseInitializer>().InitializeAsync()),
            Task.Run(() => b.GetRequiredService<DatabaseInitializer>().InitializeAsync()));

    private static async Task AssertOneCopyOfEverythingAsync(ServiceProvider instance)
    {
        await using var db = await instance.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
        Assert.Equal(135, await db.Desa.CountAsync());
        Assert.Equal(SeedFiles.ReadCsv("wilayah-tanah-laut.csv").Count(r => r[2] == "kecamatan"), await db.Kecamatan.CountAsync());
        Assert.Equal(SeedFiles.ReadCsv("programme-area.csv").Count, await db.ProgrammeArea.CountAsync());
        Assert.Equal(DefaultRates.All.Count, await db.RateVersions.CountAsync());
        Assert.Equal(1, await db.ProgrammeSettings.CountAsync());
        Assert.Equal(DocumentNumberTemplate.Defaults().Count, await db.DocumentNumberTemplates.CountAsync());
        Assert.Equal(SeedFiles.ReadCsv("demo/users.csv").Count, await db.Users.CountAsync());
        Assert.Equal(SeedFiles.ReadCsv("demo/companies.csv").Count, await db.Companies.CountAsync());
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    private ServiceProvider Instance(bool demo = false, string? postgres = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = Path.Combine(directory, "csr.db"),
                ["Database:Provider"] = postgres is null ? DatabaseEngine.SqliteName : DatabaseEngine.PostgreSqlName,
                ["Database:ConnectionString"] = postgres,
                ["Demo:Enabled"] = demo ? "true" : "false",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddHttpContextAccessor();
        services.AddAuthentication();
        services.AddCsrCore(configuration, directory).AddSignInManager<AppSignInManager>();
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
