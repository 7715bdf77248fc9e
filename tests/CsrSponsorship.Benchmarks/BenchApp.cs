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

// The Core service graph over a real SQLite file with migrations, as the app runs it (the same
// setup as the tests' TestApp, without referencing the test project).
public sealed class BenchApp : IAsyncDisposable
{
    private BenchApp(string databasePath)
    {
        DatabasePath = databasePath;
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = databasePath, ["Demo:Enabled"] = "false", ["Invoicing:PublicBaseUrl"] = "https://csr.tanahlautkab.go.id" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCsrCore(configuration, Path.GetDirectoryName(databasePath)!);
        services.AddSingleton<ICurrentUser>(new FixedUser(new Caller("bench-admin", "admin@bench.local", Roles.Admin, null)));
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public string DatabasePath { get; }

    public static async Task<BenchApp> StartAsync(string databasePath)
    {
        var app = new BenchApp(databasePath);
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return app;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<AppDbContext> DbAsync() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private sealed class FixedUser(Caller caller) : ICurrentUser
    {
        public Task<Caller> GetAsync() => Task.FromResult(caller);
    }
}
