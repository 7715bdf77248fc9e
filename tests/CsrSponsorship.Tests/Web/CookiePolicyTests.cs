using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Tests.Web;

// Behind a TLS proxy the cookies follow the request (Secure when the browser used HTTPS); an install only ever reached
// over HTTPS can demand Secure always. The behaviour over a real proxy hop is in the E2E ReverseProxyTests.
public sealed class CookiePolicyTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(null, CookieSecurePolicy.SameAsRequest)]
    [InlineData("false", CookieSecurePolicy.SameAsRequest)]
    [InlineData("true", CookieSecurePolicy.Always)]
    public void The_sign_in_and_antiforgery_cookies_are_Secure_as_Security_RequireHttpsCookies_says(string? setting, CookieSecurePolicy expected)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:Path", Path.Combine(directory, "csr.db"));
            // The cookie options do not depend on data: no year of demo invoices to seed first.
            b.UseSetting("Demo:Enabled", "false");
            if (setting is not null)
            {
                b.UseSetting("Security:RequireHttpsCookies", setting);
            }
        });

        var cookies = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();
        Assert.Equal(expected, cookies.Get(IdentityConstants.ApplicationScheme).Cookie.SecurePolicy);
        Assert.Equal(expected, cookies.Get(IdentityConstants.ExternalScheme).Cookie.SecurePolicy);
        Assert.Equal(expected, factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.SecurePolicy);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
