using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Data.Seeding;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core;

public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> database,
    IOptions<DemoOptions> demo,
    IOptions<WorkerRulesOptions> rules,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        if (database.Value.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(ct);
        }

        // WAL lets readers (every page) run while one writer commits; the setting persists in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);

        await RoleSeeder.SeedAsync(db, ct);
        await WilayahSeeder.SeedAsync(db, ct);
        await RateSeeder.SeedAsync(db, ct);
        await NumberingSeeder.SeedAsync(db, ct);

        if (demo.Value.Enabled)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await DemoSeeder.SeedAsync(db, users, demo.Value.Password, rules.Value, clock, ct);
        }

        logger.LogInformation("Database ready (demo data {DemoState}).", demo.Value.Enabled ? "on" : "off");
    }
}
