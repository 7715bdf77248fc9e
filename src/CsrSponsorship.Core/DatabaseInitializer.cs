using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Data.Seeding;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Demo;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core;

public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    DatabaseEngine engine,
    IOptions<DatabaseOptions> database,
    IOptions<DemoOptions> demo,
    IOptions<WorkerRulesOptions> rules,
    TimeProvider clock,
    IDataProtectionProvider keys,
    ILogger<DatabaseInitializer> logger)
{
    private const string StartupPurpose = "CsrSponsorship.Startup";

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        await engine.EnsureReachableAsync(ct);

        // Instances started together: one migrates and seeds, the others wait and then find everything there.
        await using (await engine.HoldStartupLockAsync(ct))
        {
            if (database.Value.MigrateOnStartup)
            {
                await db.Database.MigrateAsync(ct);
            }

            await engine.PrepareAsync(db, ct);

            await RoleSeeder.SeedAsync(db, ct);
            await WilayahSeeder.SeedAsync(db, ct);
            await RateSeeder.SeedAsync(db, ct);
            await NumberingSeeder.SeedAsync(db, ct);
            await DeskSeeder.SeedAsync(db, clock.GetUtcNow().UtcDateTime, ct);

            if (demo.Value.Enabled)
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
                await DemoSeeder.SeedAsync(db, users, demo.Value.Password, rules.Value, clock, ct);
            }

            // Reading the key ring makes its first key when there is none. Alone, two instances would each make one
            // and sign cookies the other does not know until its key ring refreshes.
            keys.CreateProtector(StartupPurpose).Protect([]);
        }

        logger.LogInformation("Database ready (demo data {DemoState}).", demo.Value.Enabled ? "on" : "off");
    }
}
