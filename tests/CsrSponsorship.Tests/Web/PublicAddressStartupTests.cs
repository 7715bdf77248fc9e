using CsrSponsorship.Core.Features.Numbering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Web;

// Printed QR codes are only as good as the address in them: a production install must say what it is.
public sealed class PublicAddressStartupTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void In_Production_the_app_refuses_to_start_without_Invoicing_PublicBaseUrl()
    {
        using var factory = App("Production", []);

        var error = Assert.Throws<InvalidOperationException>(() => factory.Services);

        Assert.Contains("Invoicing:PublicBaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configured_address_is_printed_whatever_host_the_request_names()
    {
        using var factory = App("Production", new() { ["Invoicing:PublicBaseUrl"] = "https://csr.tanahlautkab.go.id/" });
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            Request = { Scheme = "http", Host = new HostString("pemalsu.example") },
        };

        var address = scope.ServiceProvider.GetRequiredService<IPublicAddress>();

        Assert.Equal("https://csr.tanahlautkab.go.id", address.BaseUrl);
        Assert.Equal("https://csr.tanahlautkab.go.id/verifikasi/abc", address.VerificationUrl("abc"));
    }

    [Theory]
    [InlineData("csr.tanahlautkab.go.id")]
    [InlineData("ftp://csr.tanahlautkab.go.id")]
    [InlineData("https://csr.tanahlautkab.go.id/?x=1")]
    public void A_public_base_URL_that_is_not_an_absolute_http_address_stops_start_up(string value)
    {
        using var factory = App("Development", new() { ["Invoicing:PublicBaseUrl"] = value });

        var error = Assert.Throws<InvalidOperationException>(() => factory.Services);

        Assert.Contains("Invoicing:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private WebApplicationFactory<Program> App(string environment, Dictionary<string, string> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("Database:Path", Path.Combine(directory, "csr.db"));
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
}
