using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Companies;

public sealed class CompanyBindingTests : IAsyncLifetime
{
    private TestApp app = default!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_Csr_user_sees_exactly_the_company_it_is_bound_to()
    {
        var mine = await app.InsertAsync(new CompanyBuilder().Named("PT Mine").Build());
        await app.InsertAsync(new CompanyBuilder().Named("PT Other").Build());

        app.ActAs(Roles.Csr, mine.Id);
        var company = await app.Get<CompanyService>().GetMineAsync();

        Assert.Equal(mine.Id, company.Id);
        Assert.Equal("PT Mine", company.LegalName);
    }

    [Fact]
    public async Task Another_companys_id_answers_not_found_for_a_Csr_user()
    {
        var mine = await app.InsertAsync(new CompanyBuilder().Named("PT Mine").Build());
        var other = await app.InsertAsync(new CompanyBuilder().Named("PT Other").Build());

        app.ActAs(Roles.Csr, mine.Id);
        var ex = await Assert.ThrowsAsync<NotFoundException>(() => app.Get<CompanyService>().GetAsync(other.Id));
        Assert.Equal("Perusahaan tidak ditemukan.", ex.Message);
    }

    [Fact]
    public async Task A_Csr_account_without_a_company_is_refused_rather_than_shown_everything()
    {
        app.ActAs(Roles.Csr, companyId: null);
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Get<CompanyService>().GetMineAsync());
    }

    [Fact]
    public async Task Office_roles_may_read_any_company_but_have_no_company_of_their_own()
    {
        var company = await app.InsertAsync(new CompanyBuilder().Build());

        app.ActAs(Roles.Disnakerind);
        Assert.Equal(company.Id, (await app.Get<CompanyService>().GetAsync(company.Id)).Id);
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Get<CompanyService>().GetMineAsync());

        app.ActAs(Roles.Loket);
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Get<CompanyService>().GetAsync(company.Id));
    }

    [Fact]
    public async Task Creating_a_Csr_account_requires_an_active_company()
    {
        app.ActAsAdmin();
        var users = app.Get<UserAdminService>();

        var missing = await Assert.ThrowsAsync<DomainException>(() =>
            users.CreateAsync(new NewUser("csr1@pt.example", "Petugas Satu", Roles.Csr, null, "kata-sandi-panjang")));
        Assert.Equal("Akun Petugas CSR wajib terikat pada satu perusahaan.", missing.Message);

        var inactive = await app.InsertAsync(new CompanyBuilder().Inactive().Build());
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            users.CreateAsync(new NewUser("csr2@pt.example", "Petugas Dua", Roles.Csr, inactive.Id, "kata-sandi-panjang")));
        Assert.Contains("tidak aktif", refused.Message, StringComparison.Ordinal);

        await using var db = await app.DbAsync();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Only_Csr_accounts_may_be_bound_to_a_company()
    {
        var company = await app.InsertAsync(new CompanyBuilder().Build());
        app.ActAsAdmin();

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            app.Get<UserAdminService>().CreateAsync(new NewUser("fin@disnaker.example", "Staf", Roles.Keuangan, company.Id, "kata-sandi-panjang")));
        Assert.Equal("Hanya akun Petugas CSR yang terikat pada perusahaan.", ex.Message);
    }

    [Fact]
    public async Task A_created_Csr_account_is_stored_with_its_role_and_company()
    {
        var company = await app.InsertAsync(new CompanyBuilder().Build());
        app.ActAsAdmin();

        var id = await app.Get<UserAdminService>().CreateAsync(
            new NewUser("  csr@pt.example ", "Petugas CSR", Roles.Csr, company.Id, "kata-sandi-panjang"));

        var rows = await app.Get<UserAdminService>().ListAsync(new UserQuery(Search: "csr@pt"));
        var row = Assert.Single(rows.Items);
        Assert.Equal(id, row.Id);
        Assert.Equal("csr@pt.example", row.Email);
        Assert.Equal(Roles.Csr, row.Role);
        Assert.Equal(company.Id, row.CompanyId);
        Assert.Equal(company.LegalName, row.CompanyName);
    }
}
