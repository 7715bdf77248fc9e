using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Payments;

// The invoice and payment lists page on after the last row of the page before (keyset) instead of skipping every row
// before it: walked that way, page by page, they give the same rows as skipping, also where several payments share a
// date. The same body on SQLite and, as Category=Postgres, on PostgreSQL.
public abstract class InvoiceAndPaymentKeysetTests : AppOnEachEngine
{
    [Fact]
    public async Task Walking_the_invoice_list_after_the_last_row_gives_the_pages_skipping_gives()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 2));
        var company = await App.CompanyAsync("PT Halaman Tagihan");
        for (var i = 0; i < 5; i++)
        {
            await App.IssuedInvoiceAsync(company, workers: 1);
        }

        App.ActAsKeuangan();
        var invoices = App.Get<InvoiceService>();
        var all = (await invoices.ListAsync(new InvoiceQuery(CompanyId: company.Id, Page: new PageRequest(0, 25)))).Items.Select(r => r.Id).ToList();
        var (skipped, walked) = (new List<int>(), new List<int>());
        int? after = null;
        for (var page = 0; page < 4; page++)
        {
            skipped.AddRange((await invoices.ListAsync(new InvoiceQuery(CompanyId: company.Id, Page: new PageRequest(page, 2)))).Items.Select(r => r.Id));
            var rows = (await invoices.ListAsync(new InvoiceQuery(CompanyId: company.Id, Page: new PageRequest(page, 2), AfterId: after))).Items;
            walked.AddRange(rows.Select(r => r.Id));
            after = rows.Count > 0 ? rows[^1].Id : after;
        }

        Assert.Equal(5, all.Count);
        Assert.Equal(all.OrderDescending(), all);
        Assert.Equal(all, skipped);
        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task Walking_the_payment_list_after_the_last_row_gives_the_pages_skipping_gives_also_within_one_date()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 2));
        var company = await App.CompanyAsync("PT Halaman Bayar");
        var invoiceId = await App.IssuedInvoiceAsync(company, workers: 3);
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 10));
        App.ActAsKeuangan();
        var payments = App.Get<PaymentService>();
        // Seven partial payments over three dates, recorded out of date order: ties on the date are ordered by id.
        var days = new[] { 3, 5, 3, 4, 5, 3, 4 };
        for (var i = 0; i < days.Length; i++)
        {
            await payments.RecordAsync(invoiceId, new PaymentInput(new DateOnly(2026, 6, days[i]), 1_000, PaymentMethod.TransferBpjs, $"TRX-KEYSET-{i}"));
        }

        var filter = new PaymentQuery(CompanyId: company.Id);
        var all = (await payments.ListAsync(filter with { Page = new PageRequest(0, 25) })).Items;
        var (skipped, walked) = (new List<int>(), new List<int>());
        PaymentCursor? after = null;
        for (var page = 0; page < 5; page++)
        {
            skipped.AddRange((await payments.ListAsync(filter with { Page = new PageRequest(page, 2) })).Items.Select(r => r.Id));
            var result = await payments.ListAsync(filter with { Page = new PageRequest(page, 2), After = after });
            walked.AddRange(result.Items.Select(r => r.Id));
            after = PaymentCursor.LastOf(result.Items) ?? after;
            Assert.Equal(7, result.TotalCount);
        }

        Assert.Equal(7, all.Count);
        Assert.Equal(all.OrderByDescending(p => p.PaidOn).ThenByDescending(p => p.Id).Select(p => p.Id), all.Select(p => p.Id));
        Assert.Equal(all.Select(p => p.Id), skipped);
        Assert.Equal(all.Select(p => p.Id), walked);
    }
}

public sealed class InvoiceAndPaymentKeysetOnSqliteTests : InvoiceAndPaymentKeysetTests
{
    protected override Task<TestApp> StartAsync() => TestApp.StartAsync();
}

[Trait("Category", "Postgres")]
public sealed class InvoiceAndPaymentKeysetOnPostgreSqlTests(PostgresDatabase postgres) : InvoiceAndPaymentKeysetTests, IClassFixture<PostgresDatabase>
{
    protected override Task<TestApp> StartAsync() => TestApp.StartOnPostgresAsync(postgres.ConnectionString);
}
