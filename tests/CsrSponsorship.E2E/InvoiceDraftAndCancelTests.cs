using System.Globalization;
using System.Text.RegularExpressions;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// Issue 18 as a Disnakerind officer meets it: a draft can be corrected before it is issued, and cancelling an issued
// invoice says what happens to its number and sponsorships and lets the officer choose.
public sealed partial class InvoiceDraftAndCancelTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_invoice_draft_edited_then_issued()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/tagihan/baru?perusahaan=7");
        await WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Pilih semua" }).ClickAsync();
        await Page.Locator("[data-testid=create-draft]").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(InvoicePath());
        await Assertions.Expect(Page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Draf");
        var workers = await Page.Locator("[data-testid=remove-worker]").CountAsync();
        Assert.True(workers >= 2, "The demo company has several sponsorships waiting for an invoice.");
        var totalBefore = await Page.Locator("[data-testid=invoice-total]").InnerTextAsync();

        // The due date may not fall after the 15th of the first covered month: refused in Indonesian, nothing saved.
        var firstMonth = DateTime.UtcNow.AddHours(8).AddMonths(1);
        await Page.Locator("[data-testid=edit-draft]").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Jatuh tempo").FillAsync(new DateTime(firstMonth.Year, firstMonth.Month, 16).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await dialog.GetByLabel("Rujukan surat edaran (opsional)").FillAsync("SE 500.15/E2E/Disnakerind/2026");
        await dialog.Locator("[data-testid=save-draft]").ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-testid=draft-error]")).ToContainTextAsync("terlalu lambat");

        await dialog.GetByLabel("Jatuh tempo").FillAsync(new DateTime(firstMonth.Year, firstMonth.Month, 15).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await dialog.Locator("[data-testid=save-draft]").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        var terms = Page.Locator("table").First;
        await Assertions.Expect(terms).ToContainTextAsync("SE 500.15/E2E/Disnakerind/2026");
        await Assertions.Expect(terms).ToContainTextAsync($"15 {MonthName(firstMonth.Month)} {firstMonth.Year}");

        // One worker leaves the draft; the total is priced again.
        await Page.Locator("[data-testid=remove-worker]").First.ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Keluarkan", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=remove-worker]")).ToHaveCountAsync(workers - 1);
        Assert.NotEqual(totalBefore, await Page.Locator("[data-testid=invoice-total]").InnerTextAsync());

        await Page.Locator("[data-testid=issue-invoice]").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Terbitkan", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Terbit");
        await Assertions.Expect(Page.Locator("[data-testid=remove-worker]")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("[data-testid=edit-draft]")).ToHaveCountAsync(0);

        // The worker who left waits for the next invoice.
        await Page.GotoAsync("/tagihan/baru?perusahaan=7");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Kepesertaan yang belum ditagih (1)" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Cancelling_an_issued_invoice_with_the_choice_shown()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/tagihan/baru?perusahaan=8");
        await WaitForInteractiveAsync();
        await Page.Locator("[data-testid=issue-all]").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Terbitkan", Exact = true }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(InvoicePath());
        await Assertions.Expect(Page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Terbit");
        var number = (await Page.Locator("#page-title").InnerTextAsync()).Replace("Tagihan ", "", StringComparison.Ordinal).Trim();
        var workers = await Page.Locator("[data-testid=invoice-workers] tbody tr").CountAsync();

        await Page.Locator("[data-testid=cancel-invoice]").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        var consequences = dialog.Locator("[data-testid=cancel-consequences]");
        await Assertions.Expect(consequences).ToContainTextAsync($"Nomor {number} hangus dan tidak akan dipakai lagi");
        await Assertions.Expect(consequences).ToContainTextAsync($"{workers} kepesertaan ({workers} pekerja)");

        // No silent default: the officer must say what becomes of the sponsorships.
        await dialog.GetByLabel("Alasan pembatalan").FillAsync("Jatuh tempo keliru; diterbitkan ulang");
        await dialog.Locator("[data-testid=confirm-cancel-invoice]").ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-testid=cancel-error]")).ToHaveTextAsync("Pilih apa yang terjadi dengan kepesertaannya.");
        await dialog.GetByText("Kembalikan ke Diajukan").ClickAsync();
        await dialog.Locator("[data-testid=confirm-cancel-invoice]").ClickAsync();

        await Assertions.Expect(Page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Batal");
        await Assertions.Expect(Page.Locator("[data-testid=invoice-void]")).ToBeVisibleAsync();
        await Page.GotoAsync("/tagihan/baru?perusahaan=8");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = $"Kepesertaan yang belum ditagih ({workers})" })).ToBeVisibleAsync();
    }

    private static string MonthName(int month) =>
        new[] { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember" }[month - 1];

    [GeneratedRegex("/tagihan/[0-9]+$")]
    private static partial Regex InvoicePath();
}
