using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.E2E.Infrastructure;
using CsrSponsorship.Web.Features.Identity;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class SignInTests(AppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData("admin@demo.local", "/admin/pengguna", "Pengguna", "Administrator")]
    [InlineData("disnaker@demo.local", "/disnaker", "Beranda Petugas Disnakerind", "Petugas Disnakerind")]
    [InlineData("loket@demo.local", "/loket", "Beranda Petugas Loket / Perisai", "Petugas Loket / Perisai")]
    [InlineData("csr@demo.local", "/perusahaan-saya", "Perusahaan Saya", "Petugas CSR Perusahaan")]
    [InlineData("keuangan@demo.local", "/keuangan", "Beranda Staf Keuangan", "Staf Keuangan")]
    public async Task Each_demo_account_signs_in_and_lands_on_its_roles_home_page(string email, string home, string heading, string roleLabel)
    {
        await SignInAsync(email);

        await WaitForPathAsync(home);
        await WaitForInteractiveAsync();
        Assert.Equal(heading, (await Page.Locator("#page-title").InnerTextAsync()).Trim());
        Assert.Equal(roleLabel, (await Page.Locator("[data-testid=current-role]").InnerTextAsync()).Trim());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/wilayah")]
    [InlineData("/admin/pengguna")]
    [InlineData("/perusahaan-saya")]
    [InlineData("/disnaker")]
    [InlineData("/loket")]
    [InlineData("/keuangan")]
    [InlineData("/akses-ditolak")]
    public async Task A_signed_out_visit_to_an_app_page_lands_on_the_sign_in_page(string path)
    {
        await Page.GotoAsync(path);

        Assert.Equal("/masuk", await PathAsync());
        Assert.Equal("Masuk", (await Page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task A_Csr_officer_opening_an_admin_page_sees_access_denied_not_a_crash()
    {
        await SignedInAsync("csr@demo.local");

        var response = await Page.GotoAsync("/admin/pengguna");

        Assert.NotNull(response);
        Assert.True(response.Ok, $"status {response.Status}");
        await Assertions.Expect(Page.Locator("[data-testid=forbidden]")).ToContainTextAsync("Akses ditolak");
        Assert.DoesNotContain("Tambah pengguna", await Page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_page_keeps_its_cookie_alive_through_the_keep_alive_endpoint()
    {
        await SignedInAsync("keuangan@demo.local");
        await Page.GotoAsync("/keuangan");

        var status = await Page.EvaluateAsync<int>("fetch('/sesi/aktif', { method: 'POST', credentials: 'same-origin' }).then(r => r.status)");

        Assert.Equal(204, status);
    }

    [Fact]
    public async Task A_wrong_password_is_answered_in_Indonesian()
    {
        await SignInAsync("disnaker@demo.local", "bukan-kata-sandinya");

        await Assertions.Expect(Page.Locator("[data-testid=login-error]")).ToHaveTextAsync(Login.FailedMessage);
        Assert.Equal("/masuk", await PathAsync());
    }

    // The answer never changes (an unknown account must look the same, SignInRateLimitTests), so the lock shows in
    // what happens next: after the fifth wrong password even the right one is refused.
    [Fact]
    public async Task The_fifth_wrong_password_locks_the_account()
    {
        await App.CreateUserAsync("kunci@e2e.local", Roles.Loket, "kata-sandi-yang-benar");

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SignInAsync("kunci@e2e.local", $"salah-{attempt}");
            await Assertions.Expect(Page.Locator("[data-testid=login-error]")).ToHaveTextAsync(Login.FailedMessage);
        }

        await SignInAsync("kunci@e2e.local", "kata-sandi-yang-benar");
        await Assertions.Expect(Page.Locator("[data-testid=login-error]")).ToHaveTextAsync(Login.FailedMessage);
        Assert.Equal("/masuk", await PathAsync());
        Assert.Contains("terkunci", Login.FailedMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_from_a_stale_form_shows_a_page_in_Indonesian_and_keeps_the_session()
    {
        await SignedInAsync("keuangan@demo.local");
        await Page.GotoAsync("/keuangan");
        await WaitForInteractiveAsync();

        // What a token from another session or an old key amounts to: the form arrives without a valid one.
        await Page.Locator("form[action=keluar] input[name=__RequestVerificationToken]").EvaluateAsync("input => input.value = 'basi'");
        var response = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Keluar" }).ClickAsync(),
            r => new Uri(r.Url).AbsolutePath == "/keluar");

        Assert.Equal(400, response.Status);
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Keluar tidak dapat diproses");
        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Kembali ke beranda" }).ClickAsync();
        await WaitForPathAsync("/keuangan");
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_closes_the_session()
    {
        await SignedInAsync("keuangan@demo.local");
        await Page.GotoAsync("/keuangan");
        await WaitForInteractiveAsync();

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Keluar" }).ClickAsync();
        await WaitForSignInPageAsync();

        await Page.GotoAsync("/keuangan");
        Assert.Equal("/masuk", await PathAsync());
    }
}
