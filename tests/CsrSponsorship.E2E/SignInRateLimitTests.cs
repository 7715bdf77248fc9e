using System.Net;
using CsrSponsorship.E2E.Infrastructure;

namespace CsrSponsorship.E2E;

[Collection(AppFixtureGroup.Name)]
public sealed class SignInRateLimitTests(AppFixture app)
{
    [Fact]
    public async Task Hammering_the_sign_in_form_for_one_user_is_refused_in_Indonesian()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt <= 10; attempt++)
        {
            last?.Dispose();
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "masuk",
                ["Input.Email"] = "sasaran@e2e.local",
                ["Input.Password"] = "tebakan-" + attempt,
            });
            last = await http.PostAsync(new Uri("/masuk", UriKind.Relative), form);
            if (attempt < 10)
            {
                Assert.NotEqual(HttpStatusCode.TooManyRequests, last.StatusCode);
            }
        }

        using var refused = last!;
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Terlalu banyak percobaan masuk", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Someone else signing in from the same address is not affected.
        using var other = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "masuk", ["Input.Email"] = "lain@e2e.local" });
        using var response = await http.PostAsync(new Uri("/masuk", UriKind.Relative), other);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
    }
}
