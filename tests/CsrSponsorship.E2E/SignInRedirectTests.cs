using System.Net;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.E2E.Infrastructure;

namespace CsrSponsorship.E2E;

// The edges of signing in and out over plain HTTP: where a sign-in sends the user, and a sign-out without its token.
[Collection(AppFixtureGroup.Name)]
public sealed class SignInRedirectTests(AppFixture app)
{
    private const string Password = "kata-sandi-kembali-2026";

    // Only a plain local path is followed after sign-in; anything else goes to the role's home page, never to a 500.
    [Theory]
    [InlineData("%2F%E3%80%82x", "/loket")]
    [InlineData("%2Fpekerja%E2%80%8B", "/loket")]
    [InlineData("%2F%2Fevil.example", "/loket")]
    [InlineData("%2F%5Cevil.example", "/loket")]
    [InlineData("%2Fpekerja%2F%2Fevil.example", "/loket")]
    [InlineData("%2F%09%2Fevil.example", "/loket")]
    [InlineData("https%3A%2F%2Fevil.example%2F", "/loket")]
    [InlineData("%2Fpekerja%3Fhalaman%3D2", "/pekerja?halaman=2")]
    public async Task Signing_in_follows_only_a_plain_local_return_address(string returnUrl, string expected)
    {
        var email = $"kembali-{Guid.NewGuid():N}@e2e.local";
        await app.CreateUserAsync(email, Roles.Loket, Password);
        using var client = new FormClient(app.BaseUrl);
        var path = "/masuk?ReturnUrl=" + returnUrl;
        await client.OpenFormAsync(path);

        using var response = await client.SignInAsync(email, Password, path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var origin = new Uri(app.BaseUrl);
        Assert.Equal(new Uri(origin, expected), new Uri(origin, response.Headers.Location!));
    }

    [Fact]
    public async Task Signing_out_without_the_form_token_is_a_bad_request_in_Indonesian_and_keeps_the_session()
    {
        var email = $"keluar-{Guid.NewGuid():N}@e2e.local";
        await app.CreateUserAsync(email, Roles.Keuangan, Password);
        using var client = new FormClient(app.BaseUrl);
        await client.OpenFormAsync();
        using (var signedIn = await client.SignInAsync(email, Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        using var refused = await client.PostAsync("/keluar", [], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Keluar tidak dapat diproses", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var home = await client.GetAsync("/keuangan");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Signing_out_without_the_form_token_while_signed_out_is_a_bad_request_too()
    {
        using var client = new FormClient(app.BaseUrl);

        using var refused = await client.PostAsync("/keluar", [], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
