using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Features.Identity;

public sealed class UserAdminServiceTests : IAsyncLifetime
{
    private TestApp app = default!;

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAsAdmin();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData(Roles.Disnakerind)]
    [InlineData(Roles.Loket)]
    [InlineData(Roles.Csr)]
    [InlineData(Roles.Keuangan)]
    public async Task Only_an_Admin_manages_accounts(string role)
    {
        app.ActAs(role, role == Roles.Csr ? 1 : null);
        var users = app.Get<UserAdminService>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => users.ListAsync(new UserQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            users.CreateAsync(new NewUser("x@y.example", "X", Roles.Admin, null, "kata-sandi-panjang")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => users.SetActiveAsync("someone", false));
    }

    [Fact]
    public async Task A_password_shorter_than_12_characters_is_refused_in_Indonesian_and_nothing_is_saved()
    {
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            app.Get<UserAdminService>().CreateAsync(new NewUser("pendek@disnaker.example", "Pendek", Roles.Loket, null, "sebelas-kar")));

        Assert.Equal("Kata sandi minimal 12 karakter.", ex.Message);
        await using var db = await app.DbAsync();
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task A_long_password_needs_no_digits_capitals_or_symbols()
    {
        var id = await app.Get<UserAdminService>().CreateAsync(
            new NewUser("loket@disnaker.example", "Petugas Loket", Roles.Loket, null, "sungai kecil di pinggir kebun"));
        Assert.False(string.IsNullOrEmpty(id));
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_refused()
    {
        var users = app.Get<UserAdminService>();
        await users.CreateAsync(new NewUser("sama@disnaker.example", "Satu", Roles.Loket, null, "kata-sandi-panjang"));

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            users.CreateAsync(new NewUser("sama@disnaker.example", "Dua", Roles.Keuangan, null, "kata-sandi-panjang")));
        Assert.Contains("sudah dipakai", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_an_account_changes_its_security_stamp_so_open_sessions_end()
    {
        var users = app.Get<UserAdminService>();
        var id = await users.CreateAsync(new NewUser("pergi@disnaker.example", "Pergi", Roles.Loket, null, "kata-sandi-panjang"));
        var stampBefore = await StampAsync(id);

        await users.SetActiveAsync(id, false);

        var row = Assert.Single((await users.ListAsync(new UserQuery(Active: false))).Items);
        Assert.Equal(id, row.Id);
        Assert.NotEqual(stampBefore, await StampAsync(id));
    }

    [Fact]
    public async Task An_Admin_cannot_disable_their_own_account()
    {
        var users = app.Get<UserAdminService>();
        var id = await users.CreateAsync(new NewUser("admin2@disnaker.example", "Admin Dua", Roles.Admin, null, "kata-sandi-panjang"));
        app.ActAs(Roles.Admin, userId: id);

        var ex = await Assert.ThrowsAsync<DomainException>(() => users.SetActiveAsync(id, false));
        Assert.Equal("Anda tidak dapat menonaktifkan akun Anda sendiri.", ex.Message);
    }

    [Fact]
    public async Task Resetting_a_password_also_lifts_a_lockout()
    {
        var users = app.Get<UserAdminService>();
        var id = await users.CreateAsync(new NewUser("kunci@disnaker.example", "Terkunci", Roles.Keuangan, null, "kata-sandi-panjang"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await manager.FindByIdAsync(id);
            await manager.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        Assert.True(Assert.Single((await users.ListAsync(new UserQuery("kunci"))).Items).IsLockedOut);
        await users.ResetPasswordAsync(id, "kata-sandi-baru-panjang");

        Assert.False(Assert.Single((await users.ListAsync(new UserQuery("kunci"))).Items).IsLockedOut);
        await using var check = app.Services.CreateAsyncScope();
        var userManager = check.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await userManager.CheckPasswordAsync((await userManager.FindByIdAsync(id))!, "kata-sandi-baru-panjang"));
    }

    [Fact]
    public async Task The_user_list_filters_by_role_and_pages()
    {
        var users = app.Get<UserAdminService>();
        for (var i = 0; i < 7; i++)
        {
            await users.CreateAsync(new NewUser($"loket{i}@disnaker.example", $"Loket {i}", Roles.Loket, null, "kata-sandi-panjang"));
        }

        await users.CreateAsync(new NewUser("uang@disnaker.example", "Uang", Roles.Keuangan, null, "kata-sandi-panjang"));

        var page = await users.ListAsync(new UserQuery(Role: Roles.Loket, Page: new PageRequest(1, 5)));
        Assert.Equal(7, page.TotalCount);
        Assert.Equal(2, page.Items.Count);
        Assert.All(page.Items, u => Assert.Equal(Roles.Loket, u.Role));
    }

    private async Task<string?> StampAsync(string id)
    {
        await using var db = await app.DbAsync();
        return await db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync();
    }
}
