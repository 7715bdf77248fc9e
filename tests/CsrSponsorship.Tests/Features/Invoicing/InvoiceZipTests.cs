using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Invoicing;

public sealed class InvoiceZipTests : IAsyncLifetime
{
    private TestApp app = default!;

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_invoice_zip_is_named_by_the_app_clock_in_WITA()
    {
        var id = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Arsip"), workers: 1);
        // 17.00 UTC on 1 June is 01.00 WITA on 2 June.
        app.Clock.Advance(TimeSpan.FromHours(13));

        var zip = await app.Get<InvoiceDocumentService>().InvoicesZipAsync([id]);

        Assert.Equal("tagihan-20260602-0100.zip", zip.FileName);
    }
}
