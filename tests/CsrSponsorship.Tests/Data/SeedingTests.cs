using CsrSponsorship.Core;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Wilayah;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Data;

public sealed class SeedingTests
{
    [Fact]
    public async Task A_new_database_holds_all_135_official_villages_of_Tanah_Laut()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = await app.DbAsync();

        Assert.Equal(11, await db.Kecamatan.CountAsync());
        Assert.Equal(135, await db.Desa.CountAsync());
        Assert.Equal(5, await db.Desa.CountAsync(d => d.Kind == DesaKind.Kelurahan));
        var simpangEmpat = await db.Desa.SingleAsync(d => d.Code == "63.01.02.2011");
        Assert.Equal("Simpang Empat", simpangEmpat.Name);
        Assert.Equal("Simpang Empat Sungai Baru", simpangEmpat.FormerName);
        Assert.Equal("Liang Anggang", (await db.Desa.SingleAsync(d => d.Name == "Liang Anggang")).Name);
    }

    [Fact]
    public async Task The_programme_area_is_Jorong_and_Kintap_as_data()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = await app.DbAsync();

        var area = await db.ProgrammeArea.Select(p => p.Kecamatan!.Name).OrderBy(n => n).ToListAsync();
        Assert.Equal(["Jorong", "Kintap"], area);
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        await using var app = await TestApp.StartAsync(demo: true);
        await app.Get<DatabaseInitializer>().InitializeAsync();

        await using var db = await app.DbAsync();
        Assert.Equal(135, await db.Desa.CountAsync());
        Assert.Equal(11, await db.Kecamatan.CountAsync());
        Assert.Equal(2, await db.ProgrammeArea.CountAsync());
        Assert.Equal(5, await db.Roles.CountAsync());
        Assert.Equal(5, await db.Users.CountAsync());
        Assert.Equal(9, await db.Companies.CountAsync());
    }

    [Fact]
    public async Task Demo_mode_creates_one_account_per_role_and_binds_the_Csr_account_to_the_demo_company()
    {
        await using var app = await TestApp.StartAsync(demo: true);
        await using var db = await app.DbAsync();

        var accounts = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            select new { u.Email, Role = r.Name, u.CompanyId }).ToListAsync();

        Assert.Equal(
            ["admin@demo.local", "csr@demo.local", "disnaker@demo.local", "keuangan@demo.local", "loket@demo.local"],
            accounts.Select(a => a.Email).Order(StringComparer.Ordinal));
        var company = await db.Companies.SingleAsync(c => c.Npwp == "0912345678901000");
        Assert.Equal("PT Borneo Energi Lestari", company.LegalName);
        Assert.Equal(company.Id, accounts.Single(a => a.Role == "Csr").CompanyId);
        Assert.All(accounts.Where(a => a.Role != "Csr"), a => Assert.Null(a.CompanyId));
    }

    [Fact]
    public async Task Every_demo_company_operates_in_Jorong_or_Kintap_and_has_a_CSR_contact()
    {
        await using var app = await TestApp.StartAsync(demo: true);
        await using var db = await app.DbAsync();

        var companies = await db.Companies.Include(c => c.OperatingDesa).ToListAsync();
        Assert.Equal(9, companies.Count);
        Assert.All(companies, c =>
        {
            Assert.NotEmpty(c.OperatingDesa);
            Assert.All(c.OperatingDesa, d => Assert.Matches(@"^63\.01\.0[27]\.", d.DesaCode));
            Assert.NotNull(c.ContactName);
            Assert.Equal(16, c.Npwp!.Length);
        });
        Assert.Equal(companies.Count, companies.Select(c => c.Npwp).Distinct().Count());
        Assert.Contains(companies, c => c.Sector == CompanySector.Pembangkit);
        Assert.Contains(companies, c => c.Sector == CompanySector.Sawit);
    }

    [Fact]
    public async Task Without_demo_mode_no_accounts_or_companies_are_created()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        await using var db = await app.DbAsync();

        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Companies.CountAsync());
        Assert.Equal(5, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task The_database_runs_in_WAL_mode()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = await app.DbAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
