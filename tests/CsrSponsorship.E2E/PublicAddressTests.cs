using System.IO.Compression;
using System.Net;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// Issue 15 item 8: a document printed by an app serving on any address carries a QR code that opens, on that address,
// a page naming that document. The app here serves on a random port and has no Invoicing:PublicBaseUrl set.
public sealed class PublicAddressTests(AppFixture app) : BrowserTest(app)
{
    private const string Password = "alamat-publik-uji-2026";

    [Fact]
    public async Task An_invoice_PDF_downloaded_over_HTTP_links_to_its_verification_page_on_the_served_address()
    {
        var (id, number) = await IssuedInvoiceAsync();
        var email = $"keuangan-alamat-{Guid.NewGuid():N}@e2e.local";
        await App.CreateUserAsync(email, Roles.Keuangan, Password);
        using var client = new FormClient(App.BaseUrl);
        await client.OpenFormAsync();
        (await client.SignInAsync(email, Password)).Dispose();

        using var pdf = await client.GetAsync($"/dokumen/tagihan/{id}");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var link = Assert.Single(PdfLinks.Of(await pdf.Content.ReadAsByteArrayAsync()));
        await AssertOpensOnTheServedAddressNamingAsync(link, number);
    }

    // The acceptance of issue 15: a receipt's QR opens, on the served address, a page naming that receipt (not its invoice).
    [Fact]
    public async Task A_receipt_PDF_links_to_its_own_verification_page_on_the_served_address()
    {
        var (paymentId, receiptNumber, invoiceNumber) = await ReceiptAsync();
        var email = $"keuangan-kuitansi-{Guid.NewGuid():N}@e2e.local";
        await App.CreateUserAsync(email, Roles.Keuangan, Password);
        using var client = new FormClient(App.BaseUrl);
        await client.OpenFormAsync();
        (await client.SignInAsync(email, Password)).Dispose();

        using var pdf = await client.GetAsync($"/dokumen/kuitansi/{paymentId}");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var link = Assert.Single(PdfLinks.Of(await pdf.Content.ReadAsByteArrayAsync()));
        await AssertOpensOnTheServedAddressNamingAsync(link, receiptNumber);
        using var anonymous = new HttpClient();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri(link)));
        Assert.Contains("Tagihan " + invoiceNumber, page, StringComparison.Ordinal);
    }

    // The zip of invoices is built inside the interactive circuit, where there is no HTTP request to ask.
    [Fact]
    public async Task Invoices_zipped_in_the_browser_and_the_verification_link_on_screen_point_to_the_served_address()
    {
        var email = $"keuangan-zip-{Guid.NewGuid():N}@e2e.local";
        await App.CreateUserAsync(email, Roles.Keuangan, Password);
        await SignedInAsync(email, Password);
        await Page.GotoAsync("/tagihan");
        await WaitForInteractiveAsync();

        await Assertions.Expect(Page.Locator("[data-testid=invoice-grid] tbody tr").First).ToContainTextAsync("900.1/");
        // One PDF per invoice on the page, rendered in the circuit: allow for a busy machine.
        var download = await Page.RunAndWaitForDownloadAsync(
            () => Page.Locator("[data-testid=download-zip]").ClickAsync(), new PageRunAndWaitForDownloadOptions { Timeout = 60_000 });

        using var copy = await download.BytesAsync();
        using var zip = new ZipArchive(copy);
        var entry = zip.Entries.First(e => e.Name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        using var pdf = new MemoryStream();
        await using (var stream = entry.Open())
        {
            await stream.CopyToAsync(pdf);
        }

        var link = Assert.Single(PdfLinks.Of(pdf.ToArray()));
        var number = await NumberOfAsync(link);
        await AssertOpensOnTheServedAddressNamingAsync(link, number);

        // The detail page, rendered in the same kind of circuit, shows the same address.
        var (id, shown) = await IssuedInvoiceAsync();
        await Page.GotoAsync($"/tagihan/{id}");
        await WaitForInteractiveAsync();
        var onScreen = await Page.Locator("[data-testid=verification-link]").GetAttributeAsync("href");
        await AssertOpensOnTheServedAddressNamingAsync(onScreen!, shown);
    }

    private async Task AssertOpensOnTheServedAddressNamingAsync(string link, string number)
    {
        Assert.StartsWith(App.BaseUrl + "/verifikasi/", link, StringComparison.Ordinal);
        using var anonymous = new HttpClient();
        using var page = await anonymous.GetAsync(new Uri(link));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(number, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private async Task<(int Id, string Number)> IssuedInvoiceAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var invoice = await db.Invoices.Where(i => i.Status == InvoiceStatus.Terbit || i.Status == InvoiceStatus.Lunas)
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.Number }).FirstAsync();
        return (invoice.Id, invoice.Number!);
    }

    private async Task<(int PaymentId, string ReceiptNumber, string InvoiceNumber)> ReceiptAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var receipt = await db.Payments.Where(p => p.ReceiptNumber != null && p.Status == Core.Domain.Payments.PaymentStatus.Sah)
            .Join(db.Invoices, p => p.InvoiceId, i => i.Id, (p, i) => new { p.Id, p.ReceiptNumber, i.Number })
            .OrderBy(p => p.Id).FirstAsync();
        return (receipt.Id, receipt.ReceiptNumber!, receipt.Number!);
    }

    private async Task<string> NumberOfAsync(string link)
    {
        var token = link[(link.LastIndexOf('/') + 1)..];
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Invoices.Where(i => i.VerificationToken == token).Select(i => i.Number!).SingleAsync();
    }
}
