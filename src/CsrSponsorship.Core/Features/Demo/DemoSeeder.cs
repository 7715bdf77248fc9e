using System.Globalization;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Data.Seeding;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Demo;

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

        var companies = await SeedCompaniesAsync(db, now, ct);

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

        // The Perisai agent of the demo staffs the first desk (seeds/desks.csv), as in the programme.
        var firstDesk = await db.Desks.Include(d => d.Agents).SingleOrDefaultAsync(d => d.SeedKey == "liang-anggang", ct);
        firstDesk?.SetAgents([accounts[Roles.Loket]]);
        await db.SaveChangesAsync(ct);

        await DemoWorkerSeeder.SeedAsync(db, accounts[Roles.Loket], accounts[Roles.Disnakerind], rules, clock, ct);
        await DemoSponsorshipSeeder.SeedAsync(db, accounts[Roles.Csr], accounts[Roles.Disnakerind], accounts[Roles.Keuangan], clock, ct);

        await tx.CommitAsync(ct);
    }

    // columns: nama_resmi,npwp,nib,sektor,alamat,kontak_nama,kontak_hp,kontak_email,anggaran_csr,desa_operasi (codes separated by ';').
    // Rows go through the same rules as the company form, so the demo never shows a profile the app would refuse.
    private static async Task<Dictionary<string, Company>> SeedCompaniesAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var desa = await DesaLookup.LoadAsync(db, ct);
        var companies = new Dictionary<string, Company>(StringComparer.Ordinal);
        foreach (var row in SeedFiles.ReadCsv("demo/companies.csv"))
        {
            var draft = new CompanyDraft
            {
                LegalName = row[0], Npwp = row[1], Nib = row[2], Sector = Enum.Parse<CompanySector>(row[3]), Address = row[4],
                ContactName = row[5], ContactPhone = row[6], ContactEmail = row[7],
                AnnualCsrBudget = row[8].Length == 0 ? null : long.Parse(row[8], CultureInfo.InvariantCulture),
                OperatingDesaCodes = row[9].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            };
            var (errors, valid) = CompanyDraftRules.Validate(draft, desa);
            if (valid is null)
            {
                throw new InvalidOperationException($"Demo company seed row {row[0]} fails the rules: {errors[0].Message}");
            }

            var npwp = valid.Profile.Npwp!;
            var company = await db.Companies.Include(c => c.OperatingDesa).SingleOrDefaultAsync(c => c.Npwp == npwp, ct);
            if (company is null)
            {
                company = Company.Create(valid.Profile.LegalName, valid.Profile.Address ?? "", npwp, now);
                db.Companies.Add(company);
            }

            company.Update(valid.Profile);
            company.SetOperatingDesa(valid.OperatingDesaCodes);
            companies[npwp] = company;
        }

        await db.SaveChangesAsync(ct);
        return companies;
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
