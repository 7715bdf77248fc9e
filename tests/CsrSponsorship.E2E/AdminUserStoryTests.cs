using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class AdminUserStoryTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_admin_creates_a_desk_officer_who_can_then_sign_in()
    {
        await SignedInAsync("admin@demo.local");
        await Page.GotoAsync("/admin/pengguna");
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=create-user]");
        var dialog = Page.Locator(".mud-dialog");
        await dialog.GetByLabel("Nama lengkap").FillAsync("Nur Loket Kintap");
        await dialog.GetByLabel("Email").FillAsync("nur.loket@e2e.local");
        await dialog.Locator(".mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "Petugas Loket / Perisai" }).ClickAsync();
        await dialog.GetByLabel("Kata sandi awal").FillAsync("loket-kintap-2026");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Simpan" }).ClickAsync();

        await Assertions.Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Pengguna berhasil dibuat.");
        await Page.GetByLabel("Cari nama atau email").FillAsync("nur.loket");
        await Assertions.Expect(Page.Locator(".mud-table-body")).ToContainTextAsync("Nur Loket Kintap");

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Keluar" }).ClickAsync();
        await WaitForSignInPageAsync();
        await SignInAsync("nur.loket@e2e.local", "loket-kintap-2026");
        await WaitForPathAsync("/loket");
    }

    [Fact]
    public async Task A_too_short_password_is_refused_in_the_dialog_and_nothing_is_created()
    {
        await SignedInAsync("admin@demo.local");
        await Page.GotoAsync("/admin/pengguna");
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=create-user]");
        var dialog = Page.Locator(".mud-dialog");
        await dialog.GetByLabel("Nama lengkap").FillAsync("Sandi Pendek");
        await dialog.GetByLabel("Email").FillAsync("pendek@e2e.local");
        await dialog.Locator(".mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "Staf Keuangan" }).ClickAsync();
        await dialog.GetByLabel("Kata sandi awal").FillAsync("pendek");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Simpan" }).ClickAsync();

        await Assertions.Expect(dialog.Locator("[data-testid=dialog-error]")).ToHaveTextAsync("Kata sandi minimal 12 karakter.");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Batal" }).ClickAsync();
        await Page.GetByLabel("Cari nama atau email").FillAsync("pendek@e2e");
        await Assertions.Expect(Page.Locator(".mud-table-body")).ToContainTextAsync("Tidak ada pengguna yang cocok.");
    }
}
