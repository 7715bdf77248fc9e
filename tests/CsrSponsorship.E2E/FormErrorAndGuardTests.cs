using System.Text.RegularExpressions;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// Issue 17's form items: one error summary that takes focus and leads to the fields, and no half-filled form lost by
// a stray link (the breadcrumb "Daftarkan" used to be href="#").
public sealed class FormErrorAndGuardTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_empty_registration_puts_focus_on_one_summary_whose_first_link_leads_to_the_NIK_field()
    {
        await OpenRegistrationAsync();

        await Page.Locator("[data-testid=save-worker]").ClickAsync();

        var summary = Page.Locator("[data-testid=form-error]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(1);
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Periksa isian berikut");
        await Page.Keyboard.PressAsync("Tab");
        var first = summary.Locator("a.error-summary-link").First;
        await Assertions.Expect(first).ToBeFocusedAsync();
        await Assertions.Expect(first).ToContainTextAsync("NIK: ");
        await Page.Keyboard.PressAsync("Enter");

        var nik = Page.Locator("#worker-nik");
        await Assertions.Expect(nik).ToBeFocusedAsync();
        await Assertions.Expect(nik).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal("/pekerja/baru", await PathAsync());
    }

    [Fact]
    public async Task Leaving_a_half_filled_registration_asks_first_staying_keeps_the_text_and_leaving_leaves()
    {
        await OpenRegistrationAsync();
        await Assertions.Expect(Page.Locator(".mud-breadcrumbs [aria-current=page]")).ToHaveTextAsync("Daftarkan");
        await Assertions.Expect(Page.Locator(".mud-breadcrumbs a[href='#']")).ToHaveCountAsync(0);
        var name = Page.Locator("#worker-fullname");
        await name.FillAsync("Setengah Isi");
        await name.BlurAsync();

        var toList = Page.Locator(".mud-breadcrumbs a[href='/pekerja']");
        await toList.ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Tinggalkan halaman?");
        await Assertions.Expect(dialog).ToContainTextAsync("Perubahan yang belum disimpan akan hilang.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Tetap di sini" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal("/pekerja/baru", await PathAsync());
        await Assertions.Expect(name).ToHaveValueAsync("Setengah Isi");

        await toList.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Tinggalkan" }).ClickAsync();
        await WaitForPathAsync("/pekerja");
    }

    [Fact]
    public async Task A_saved_worker_and_an_untouched_form_leave_without_asking()
    {
        await OpenRegistrationAsync();
        // 63 01 07 | 43 = 3rd, a woman | 08 | 93 | 0426
        await Page.Locator("input[data-testid=nik]").FillAsync("6301074308930426");
        await Page.Locator("input[data-testid=nik]").BlurAsync();
        await Page.Locator("input[data-testid=full-name]").FillAsync("Norhayati Penjaga");
        await Page.Locator("input[data-testid=birth-place]").FillAsync("Pelaihari");
        await ChooseAsync("kecamatan", "Kintap");
        await ChooseAsync("desa", "Sungai Cuka");
        await Page.Locator("input[data-testid=address]").FillAsync("Jl. Simpan No. 2");
        await ChooseAsync("occupation", "Nelayan");
        await Page.Locator("[data-testid=save-worker]").ClickAsync();

        await WaitForPathMatchingAsync("^/pekerja/[0-9]+$");
        await Assertions.Expect(Page.Locator("#page-title")).ToHaveTextAsync("Norhayati Penjaga");
        await Assertions.Expect(Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        var detail = await PathAsync();

        await Page.GotoAsync(detail + "/ubah");
        await WaitForInteractiveAsync();
        await WaitForLeaveGuardAsync();
        await Assertions.Expect(Page.Locator("input[data-testid=address]")).ToHaveValueAsync("Jl. Simpan No. 2");
        await Page.Locator(".mud-breadcrumbs a[href='/pekerja']").ClickAsync();
        await WaitForPathAsync("/pekerja");
        await Assertions.Expect(Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await Page.GotoAsync(detail + "/ubah");
        await WaitForInteractiveAsync();
        await WaitForLeaveGuardAsync();
        var address = Page.Locator("input[data-testid=address]");
        await address.FillAsync("Jl. Simpan No. 3");
        await address.BlurAsync();
        await Page.Locator("[data-testid=save-worker]").ClickAsync();
        await WaitForPathAsync(detail);
        await Assertions.Expect(Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }

    private async Task OpenRegistrationAsync()
    {
        await SignedInAsync("loket@demo.local");
        await Page.GotoAsync("/pekerja/baru");
        await WaitForInteractiveAsync();
        await WaitForLeaveGuardAsync();
    }
}
