using CsrSponsorship.Core;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CsrSponsorship.Benchmarks;

// The Core service graph over a real database with migrations, as the app runs it (the same setup as the tests'
// TestApp, without referencing the test project): a SQLite file, or a PostgreSQL database given by connection string.
public sealed class BenchApp : IAsyncDisposable
{
    private readonly BenchUser user = new();

    private BenchApp(string databasePath, string? postgres)
    {
        DatabasePath = databasePath;
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = databasePath,
                ["Database:Provider"] = postgres is null ? DatabaseEngine.SqliteName : DatabaseEngine.PostgreSqlName,
                ["Database:ConnectionString"] = postgres,
                ["Demo:Enabled"] = "false",
                // No request here to take the address from: printed links use the configured one.
                ["Invoicing:PublicBaseUrl"] = "https://csr.tanahlaut.test",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCsrCore(configuration, Path.GetDirectoryName(databasePath)!);
        services.AddSingleton<ICurrentUser>(user);
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public string DatabasePath { get; }

    public static Task<BenchApp> StartAsync(string databasePath) => StartAsync(databasePath, postgres: null);

    // postgres: an Npgsql connection string naming the database (created by the initializer when missing).
    public static async Task<BenchApp> StartAsync(string databasePath, string? postgres)
    {
        var app = new BenchApp(databasePath, postgres);
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return app;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<AppDbContext> DbAsync() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    // Services check the caller's role as the pages' users have it; an admin until told otherwise.
    public void ActAs(string role, int? companyId = null) =>
        user.Caller = new Caller($"bench-{role.ToLowerInvariant()}", $"{role.ToLowerInvariant()}@bench.local", role, companyId);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private sealed class BenchUser : ICurrentUser
    {
        public Caller Caller { get; set; } = new("bench-admin", "admin@bench.local", Roles.Admin, null);

        public Task<Caller> GetAsync() => Task.FromResult(Caller);
    }
}
