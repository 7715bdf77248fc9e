using CsrSponsorship.Core;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CsrSponsorship.Tests.Infrastructure;

// The real Core service graph over a real SQLite file (or a real PostgreSQL database) with migrations applied:
// what the app runs, minus the web.
public sealed class TestApp : IAsyncDisposable
{
    private readonly string directory;

    public ServiceProvider Services { get; }

    public TestCurrentUser CurrentUser { get; } = new();

    public TestClock Clock { get; } = new();

    public string DatabasePath { get; }

    private readonly bool ownsDirectory;

    private TestApp(bool demo, string? databasePath, string? postgres = null)
    {
        ownsDirectory = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), "csr-tests", Guid.NewGuid().ToString("N"), "csr.db");
        directory = Path.GetDirectoryName(DatabasePath)!;
        Directory.CreateDirectory(directory);

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = DatabasePath,
                ["Database:Provider"] = postgres is null ? "Sqlite" : "PostgreSQL",
                ["Database:ConnectionString"] = postgres,
                ["Demo:Enabled"] = demo ? "true" : "false",
                // No request here to take the address from: printed links use the configured one.
                ["Invoicing:PublicBaseUrl"] = "https://csr.tanahlaut.test",
            })
            .Build();

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCsrCore(configuration, directory).AddDefaultTokenProviders();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(CurrentUser);
        services.AddSingleton<ICurrentUser>(CurrentUser);
        Services = services.BuildServiceProvider();
    }

    // Pass a databasePath to reopen an existing file, as a restarted app would. A new file without demo data starts as
    // a copy of the run's one migrated and seeded file (decision 0177); the initializer still runs on it, as on a restart.
    public static async Task<TestApp> StartAsync(bool demo = false, string? databasePath = null)
    {
        var app = new TestApp(demo, databasePath);
        if (!demo && databasePath is null)
        {
            File.Copy(await TemplateAsync(), app.DatabasePath);
        }

        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return app;
    }

    // On a database of tests/CsrSponsorship.Tests/Infrastructure/PostgresServer (Category=Postgres tests).
    public static async Task<TestApp> StartOnPostgresAsync(string connectionString, bool demo = false)
    {
        var app = new TestApp(demo, databasePath: null, connectionString);
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return app;
    }

    // One test body, two engines: "Sqlite" gets its own file, "PostgreSQL" the class's database.
    public static Task<TestApp> StartAsync(string engine, PostgresDatabase postgres) =>
        engine == "PostgreSQL" ? StartOnPostgresAsync(postgres.ConnectionString) : StartAsync();

    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static string? template;

    // Every migration and the wilayah list cost more than most tests: they run once per test run.
    private static async Task<string> TemplateAsync()
    {
        await TemplateGate.WaitAsync();
        try
        {
            if (template is null)
            {
                var path = Path.Combine(Path.GetTempPath(), "csr-tests", "template-" + Guid.NewGuid().ToString("N"), "csr.db");
                await using (var app = new TestApp(demo: false, path))
                {
                    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
                    await using var db = await app.DbAsync();
                    // Everything into the file itself, so a copy of that one file is the whole database.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
                }

                AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(Path.GetDirectoryName(path)!);
                template = path;
            }

            return template;
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner; the test result does not depend on it.
        }
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<AppDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public async Task<T> InsertAsync<T>(T entity)
        where T : class
    {
        await using var db = await DbAsync();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public void ActAs(string role, int? companyId = null, string userId = "test-user") =>
        CurrentUser.Caller = new Caller(userId, $"{role.ToLowerInvariant()}@test.local", role, companyId);

    public void ActAsAdmin() => ActAs(Roles.Admin);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (ownsDirectory)
        {
            DeleteQuietly(directory);
        }
    }
}
