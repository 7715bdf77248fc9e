using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class MoneyInputTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Finance_types_bad_amounts_into_the_payment_dialog_and_nothing_is_recorded_until_a_readable_one()
    {
        // A demo invoice issued and awaiting payment, of a company no other story pays.
        var invoice = await UnpaidInvoiceAsync();
        await SignedInAsync("keuangan@demo.local");
        await Page.GotoAsync($"/tagihan/{invoice.Id}");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("[data-testid=payments]")).ToContainTextAsync("Belum ada pembayaran.");

        await Page.Locator("[data-testid=record-payment]").ClickAsync();
        var amount = Page.Locator("input[data-testid=payment-amount]");
        var dialog = Page.Locator(".mud-dialog");
        await Page.Locator("input[data-testid=payment-reference]").FillAsync("TRF-KORPUS-E2E");

        (string Typed, string Reason)[] refused =
        [
            ("-5", "Jumlah harus lebih dari Rp 0."),
            ("1e9", "notasi ilmiah"),
            ("abc", "hanya boleh berisi angka"),
            ("Rp 16.800,50", "Rupiah tidak memakai sen"),
        ];
        foreach (var (typed, reason) in refused)
        {
            await amount.FillAsync(typed);
            await Page.Locator("[data-testid=save-payment]").ClickAsync();

            await Assertions.Expect(dialog.Locator(".field-error")).ToContainTextAsync(reason);
            await Assertions.Expect(amount).ToHaveValueAsync(typed);
            Assert.Equal(0, await PaymentCountAsync(invoice.Id));
        }

        // The way a transfer slip writes it.
        await amount.FillAsync("Rp 16.800,00");
        await Page.Locator("[data-testid=save-payment]").ClickAsync();

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("[data-testid=payments] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator("[data-testid=payments] tbody tr")).ToContainTextAsync("Rp 16.800");
        await Assertions.Expect(Page.Locator("[data-testid=invoice-status]")).ToContainTextAsync("Sebagian dibayar");
        Assert.Equal(1, await PaymentCountAsync(invoice.Id));
    }

    private async Task<(int Id, long Total)> UnpaidInvoiceAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var found = await db.Invoices.AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Terbit && i.PaidAmount == 0)
            .OrderByDescending(i => i.CompanyId).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Total })
            .FirstAsync();
        return (found.Id, found.Total);
    }

    private async Task<int> PaymentCountAsync(int invoiceId)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Payments.CountAsync(p => p.InvoiceId == invoiceId);
    }
}
