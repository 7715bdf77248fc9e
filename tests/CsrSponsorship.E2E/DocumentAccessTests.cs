using System.Net;
using System.Text.RegularExpressions;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.E2E;

// The /dokumen downloads over plain HTTP, as a browser tab or a saved link would ask: no browser needed.
[Collection(AppFixtureGroup.Name)]
public sealed partial class DocumentAccessTests(AppFixture app)
{
    private const string Password = "dokumen-uji-akses-2026";

    [Fact]
    public async Task An_invoice_PDF_is_for_finance_not_for_another_company_nor_for_anyone_signed_out()
    {
        var path = new Uri($"/dokumen/tagihan/{await IssuedInvoiceIdAsync()}", UriKind.Relative);
        var otherCompany = await app.CreateCompanyAsync("PT Bukan Pemilik Tagihan", "63.01.02.2003");
        await app.CreateUserAsync("csr-dokumen@e2e.local", Roles.Csr, Password, otherCompany);
        await app.CreateUserAsync("keuangan-dokumen@e2e.local", Roles.Keuangan, Password);

        using (var anonymous = Client(out _))
        using (var response = await anonymous.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/masuk?ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using (var csr = await SignedInAsync("csr-dokumen@e2e.local"))
        using (var response = await csr.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var keuangan = await SignedInAsync("keuangan-dokumen@e2e.local"))
        using (var response = await keuangan.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_document_link_that_leads_nowhere_answers_with_the_apps_own_page_and_its_status_not_raw_json()
    {
        await app.CreateUserAsync("keuangan-tautan-lama@e2e.local", Roles.Keuangan, Password);
        using var keuangan = await SignedInAsync("keuangan-tautan-lama@e2e.local");

        foreach (var (path, sentence) in new[]
        {
            ("/dokumen/kuitansi/987654", "Pembayaran tidak ditemukan."),
            ("/dokumen/tagihan/987654", "Tagihan tidak ditemukan."),
        })
        {
            using var response = await keuangan.GetAsync(new Uri(path, UriKind.Relative));
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<h1>Dokumen tidak ditemukan</h1>", page, StringComparison.Ordinal);
            Assert.Contains(sentence, page, StringComparison.Ordinal);
        }

        // A document that exists but cannot be produced as asked: 409 and the reason, on the same page.
        using (var response = await keuangan.GetAsync(new Uri("/dokumen/pernyataan-csr/1/1999.pdf", UriKind.Relative)))
        {
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("<h1>Dokumen tidak dapat dibuka</h1>", page, StringComparison.Ordinal);
            Assert.Contains("Tahun tidak valid.", page, StringComparison.Ordinal);
        }
    }

    private HttpClient Client(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false };
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = new Uri(app.BaseUrl) };
    }

    // The /masuk form as a browser posts it: its antiforgery token, then the auth cookie comes back.
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var http = Client(out var cookies);
        var form = await http.GetStringAsync(new Uri("/masuk", UriKind.Relative));
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "masuk",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups["value"].Value,
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
        });
        using var response = await http.PostAsync(new Uri("/masuk", UriKind.Relative), fields);

        Assert.Contains(cookies.GetCookies(new Uri(app.BaseUrl)), c => c.Name == "csr.auth");
        return http;
    }

    private async Task<int> IssuedInvoiceIdAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Invoices.Where(i => i.Status == InvoiceStatus.Terbit || i.Status == InvoiceStatus.Lunas).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*value=""(?<value>[^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
