using System.Net;
using CsrSponsorship.E2E.Infrastructure;

namespace CsrSponsorship.E2E;

[Collection(AppFixtureGroup.Name)]
public sealed class HealthTests(AppFixture app)
{
    [Fact]
    public async Task Healthz_answers_Healthy_without_sign_in()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
