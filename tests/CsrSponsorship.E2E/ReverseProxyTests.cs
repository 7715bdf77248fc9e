using System.Net;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.E2E;

// The app outside Development behind a reverse proxy on the same host that terminates TLS (nginx in docs/operations.md):
// the proxy speaks plain HTTP to the app and says what the browser used in X-Forwarded-Proto/-Host/-For.
public sealed class BehindProxyApp : IAsyncLifetime
{
    public AppServer Server { get; private set; } = default!;

    public Task InitializeAsync()
    {
        Server = new AppServer("Staging", new Dictionary<string, string> { ["Demo:Enabled"] = "true" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class ReverseProxyTests(BehindProxyApp proxied) : IClassFixture<BehindProxyApp>
{
    private const string PublicHost = "csr.tanahlaut.test";

    private static readonly Dictionary<string, string> FromTheProxy = new()
    {
        ["X-Forwarded-Proto"] = "https",
        ["X-Forwarded-Host"] = PublicHost,
        ["X-Forwarded-For"] = "203.0.113.7",
    };

    [Fact]
    public async Task Behind_a_TLS_proxy_the_app_sends_HSTS_and_marks_its_cookies_Secure()
    {
        using var client = new FormClient(proxied.Server.BaseUrl, FromTheProxy);

        using var form = await client.GetAsync("/masuk");
        await client.OpenFormAsync();
        using var signedIn = await client.SignInAsync("keuangan@demo.local", "Tala-Demo-2026!");

        Assert.Contains("max-age=", Assert.Single(form.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.All(SetCookies(form), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = Assert.Single(SetCookies(signedIn), c => c.StartsWith("csr.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        var location = new Uri(new Uri($"https://{PublicHost}"), signedIn.Headers.Location!);
        Assert.Equal($"https://{PublicHost}/keuangan", location.ToString());
    }

    [Fact]
    public async Task Plain_HTTP_without_a_proxy_gets_no_HSTS_and_no_Secure_cookies()
    {
        using var client = new FormClient(proxied.Server.BaseUrl);

        using var form = await client.GetAsync("/masuk");

        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
        Assert.NotEmpty(SetCookies(form));
        Assert.All(SetCookies(form), c => Assert.DoesNotContain("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_PDF_downloaded_through_the_proxy_links_to_the_public_address_the_proxy_forwarded()
    {
        using var client = new FormClient(proxied.Server.BaseUrl, FromTheProxy);
        await client.OpenFormAsync();
        (await client.SignInAsync("keuangan@demo.local", "Tala-Demo-2026!")).Dispose();
        await using var db = await proxied.Server.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var id = await db.Invoices.Where(i => i.Status == InvoiceStatus.Terbit || i.Status == InvoiceStatus.Lunas).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();

        using var pdf = await client.GetAsync($"/dokumen/tagihan/{id}");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.StartsWith($"https://{PublicHost}/verifikasi/", Assert.Single(PdfLinks.Of(await pdf.Content.ReadAsByteArrayAsync())), StringComparison.Ordinal);
    }

    // Only the proxies listed are believed: from anywhere else the request stays plain HTTP, which an install that
    // requires HTTPS cookies refuses in Indonesian (a form could not work there) while health probes still answer.
    [Fact]
    public async Task Forwarded_headers_from_an_unlisted_proxy_are_ignored_and_an_HTTPS_only_install_says_so()
    {
        await using var server = new AppServer("Staging", new Dictionary<string, string>
        {
            ["ReverseProxy:KnownProxies:0"] = "10.9.9.9",
            ["Security:RequireHttpsCookies"] = "true",
        });
        using var client = new FormClient(server.BaseUrl, FromTheProxy);

        using var form = await client.GetAsync("/masuk");
        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("hanya dapat dibuka melalui HTTPS", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        [.. response.Headers.TryGetValues("Set-Cookie", out var values) ? values : []];
}
