using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Payments;

// Reports count money by the payment's date, so a date before the invoice existed would move money between months and years.
public sealed class PaymentDateTests : IAsyncLifetime
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private static readonly DateOnly June2 = new(2026, 6, 2);
    private TestApp app = default!;
    private int invoiceId;

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        // Issued at 00.30 WITA on 2 June, which is still 1 June in UTC: the issue date is the office's date.
        app.Clock.SetWitaDate(June2);
        app.Clock.Advance(TimeSpan.FromHours(-11.5));
        invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Tanggal Bayar"), workers: 1);
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 10));
        app.ActAsKeuangan();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_payment_dated_before_the_invoice_was_issued_is_refused_and_nothing_is_saved()
    {
        var invoice = (await app.Get<InvoiceService>().GetAsync(invoiceId)).Row;
        Assert.Equal(June2, invoice.IssueDate);

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(June1, invoice.Total, PaymentMethod.TransferBpjs, "TRX-LAMA")));

        Assert.Equal(
            "Tanggal bayar 1 Juni 2026 lebih awal dari tanggal terbit tagihan ini (2 Juni 2026). "
            + "Pembayaran hanya dapat dicatat pada atau setelah tanggal terbit; periksa tanggal pada bukti transfer.",
            ex.Message);
        await using var db = await app.DbAsync();
        Assert.Empty(await db.Payments.ToListAsync());
        Assert.Equal(InvoiceStatus.Terbit, (await db.Invoices.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_payment_on_the_issue_date_is_accepted()
    {
        var total = (await app.Get<InvoiceService>().GetAsync(invoiceId)).Row.Total;

        var recorded = await app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(June2, total, PaymentMethod.TransferBpjs, "TRX-HARI-TERBIT"));

        Assert.Equal(InvoiceStatus.Lunas, recorded.InvoiceStatus);
    }
}
