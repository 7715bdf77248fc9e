using CsrSponsorship.Core;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CsrSponsorship.CrashHarness;

// The app's own Core registration (same DbContext options, WAL, busy timeout, pragmas) and the same
// start-up the web host runs on every start: migrations, seeds, demo data in an empty database.
// Only the web parts are missing; the acting user is one of the demo accounts, switched per step.
public sealed class HarnessApp : IAsyncDisposable
{
    private readonly HarnessUser user = new();
    private readonly Dictionary<string, Caller> callers = new(StringComparer.Ordinal);
    private FileStream? running;

    private HarnessApp(string databasePath)
    {
        var directory = Path.GetDirectoryName(databasePath)!;
        Directory.CreateDirectory(directory);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = databasePath,
                ["Demo:Enabled"] = "true",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCsrCore(configuration, directory);
        services.AddSingleton<ICurrentUser>(user);
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public static async Task<HarnessApp> StartAsync(string databasePath)
    {
        var app = new HarnessApp(databasePath);
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        // The web host's "in use" lock too, so a kill also shows that it does not outlive the process.
        app.running = DatabaseMaintenance.HoldRunningLock(databasePath);
        await using var db = await app.DbAsync();
        var accounts = await (
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where u.Email!.EndsWith("@demo.local")
            select new { u.Id, u.Email, Role = r.Name, u.CompanyId }).ToListAsync();
        foreach (var a in accounts)
        {
            app.callers[a.Role!] = new Caller(a.Id, a.Email!, a.Role!, a.CompanyId);
        }

        return app;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<AppDbContext> DbAsync() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    // Keuangan records payments, Disnakerind bills and adopts on a company's behalf, Loket imports.
    public void ActAs(string role) => user.Caller = callers.TryGetValue(role, out var caller)
        ? caller
        : throw new InvalidOperationException($"No demo account with role {role}; run `prepare` on an empty database first.");

    public async ValueTask DisposeAsync()
    {
        if (running is not null)
        {
            await running.DisposeAsync();
        }

        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private sealed class HarnessUser : ICurrentUser
    {
        public Caller Caller { get; set; } = Caller.Anonymous;

        public Task<Caller> GetAsync() => Task.FromResult(Caller);
    }
}

// One line per event on stdout (auto-flushed), so lines written before a SIGKILL reach the driver;
// t = milliseconds since the process started, to see where kills land and what start-up costs.
public static class Journal
{
    private static readonly DateTime Started = System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public static void Write(string line) =>
        Console.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{line} t={(long)(DateTime.UtcNow - Started).TotalMilliseconds}"));
}
