using System.Net;
using CsrSponsorship.E2E.Infrastructure;

namespace CsrSponsorship.E2E;

[Collection(AppFixtureGroup.Name)]
public sealed class SecurityHeaderTests(AppFixture app)
{
    [Theory]
    [InlineData("/masuk")]
    [InlineData("/cakupan")]
    public async Task Every_page_carries_the_security_headers(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        AssertSecurityHeaders(response);
    }

    // What `curl -I` sends: a HEAD answered like the GET, headers included, without the body.
    [Theory]
    [InlineData("/masuk", HttpStatusCode.OK)]
    [InlineData("/cakupan", HttpStatusCode.OK)]
    [InlineData("/pekerja", HttpStatusCode.Redirect)]
    public async Task A_HEAD_request_gets_the_page_s_status_and_headers_without_a_body(string path, HttpStatusCode status)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));
        using var response = await http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_session_keep_alive_is_for_signed_in_users_only()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
        using var response = await http.PostAsync(new Uri("/sesi/aktif", UriKind.Relative), null);

        // A minimal-API endpoint: .NET 10 answers 401 instead of redirecting a script to the sign-in page.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
