using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data.Seeding;

// Fictional companies and one account per role, created only in an empty database (no users yet).
public static class DemoSeeder
{
    public static async Task SeedAsync(
        AppDbContext db, UserManager<ApplicationUser> users, string password, WorkerRulesOptions rules, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var companies = new Dictionary<string, Company>(StringComparer.Ordinal);
        foreach (var row in SeedFiles.ReadCsv("demo/companies.csv"))
        {
            var company = await db.Companies.SingleOrDefaultAsync(c => c.Npwp == row[1], ct);
            if (company is null)
            {
                company = Company.Create(row[0], row[2], row[1], now);
                db.Companies.Add(company);
            }

            companies[row[1]] = company;
        }

        await db.SaveChangesAsync(ct);

        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in SeedFiles.ReadCsv("demo/users.csv"))
        {
            var user = new ApplicationUser
            {
                UserName = row[0],
                Email = row[0],
                EmailConfirmed = true,
                FullName = row[1],
                CompanyId = string.IsNullOrEmpty(row[3]) ? null : companies[row[3]].Id,
                CreatedAtUtc = now,
            };
            Ensure(await users.CreateAsync(user, password), row[0]);
            Ensure(await users.AddToRoleAsync(user, row[2]), row[0]);
            accounts[row[2]] = user.Id;
        }

        await DemoWorkerSeeder.SeedAsync(db, accounts[Roles.Loket], accounts[Roles.Disnakerind], rules, clock, ct);
        await DemoSponsorshipSeeder.SeedAsync(db, accounts[Roles.Csr], accounts[Roles.Disnakerind], clock, ct);

        await tx.CommitAsync(ct);
    }

    private static void Ensure(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {email} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
