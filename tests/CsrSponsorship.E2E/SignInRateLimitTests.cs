using System.Net;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.E2E.Infrastructure;

namespace CsrSponsorship.E2E;

// Each attempt is what an attacker would send: the form's antiforgery token, then a real password check.
[Collection(AppFixtureGroup.Name)]
public sealed class SignInRateLimitTests(AppFixture app)
{
    [Fact]
    public async Task Hammering_the_sign_in_form_for_one_user_is_refused_in_Indonesian()
    {
        using var client = new FormClient(app.BaseUrl);
        await client.OpenFormAsync();
        var refused = await TenAttemptsThenTheEleventhAsync(client, attempt => ("/masuk", "sasaran@e2e.local"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Terlalu banyak percobaan masuk", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Someone else signing in from the same address is not affected.
        using var other = await client.SignInAsync("lain@e2e.local", "tebakan-lain");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    // Every address that reaches the sign-in form, and every spelling of one account, counts against one limit.
    [Fact]
    public async Task Another_spelling_of_the_path_or_of_the_e_mail_shares_the_limit()
    {
        string[] paths = ["/masuk/", "/MASUK", "/Masuk/", "/masuk"];
        string[] emails = ["Sasaran2@E2E.local", " sasaran2@e2e.local ", "SASARAN2@E2E.LOCAL", "sasaran2@e2e.local"];
        using var client = new FormClient(app.BaseUrl);
        await client.OpenFormAsync("/masuk/");

        var refused = await TenAttemptsThenTheEleventhAsync(client, attempt => (paths[attempt % paths.Length], emails[attempt % emails.Length]));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Terlalu banyak percobaan masuk", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twelve_wrong_passwords_to_masuk_with_a_trailing_slash_are_limited_too()
    {
        using var client = new FormClient(app.BaseUrl);
        await client.OpenFormAsync("/masuk/");

        var refused = await TenAttemptsThenTheEleventhAsync(client, attempt => ("/masuk/", "garis-miring@e2e.local"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    // A second e-mail field could make the limiter count one account while the page checks another: refused outright.
    [Fact]
    public async Task A_sign_in_post_with_the_e_mail_field_twice_is_refused_without_a_password_check()
    {
        var userId = await app.CreateUserAsync("ganda@e2e.local", Roles.Loket, "kata-sandi-ganda-benar");
        using var client = new FormClient(app.BaseUrl);
        await client.OpenFormAsync();

        for (var attempt = 0; attempt < 12; attempt++)
        {
            using var response = await client.PostAsync("/masuk",
            [
                new("_handler", "masuk"), new("Input.Email", "ganda@e2e.local"), new("Input.Email", $"pengalih-{attempt}@e2e.local"),
                new("Input.Password", "tebakan-" + attempt),
            ]);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Permintaan masuk tidak valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // No password was checked: the account is not locked and its owner still signs in.
        using var owner = new FormClient(app.BaseUrl);
        await owner.OpenFormAsync();
        using var signedIn = await owner.SignInAsync("ganda@e2e.local", "kata-sandi-ganda-benar");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(owner.HasCookie("csr.auth"), userId);
    }

    // A finance clerk signs in and out all day; only failed password checks count towards the limit (decision 0120). The
    // limit is the server's, so the twenty rounds go over HTTP as the browser sends them: the sign-in form, the home page
    // the answer leads to, and the layout's sign-out form with that page's token.
    [Fact]
    public async Task A_finance_clerk_signs_in_and_out_twenty_times_in_a_row_without_being_refused()
    {
        await app.CreateUserAsync("keuangan.harian@e2e.local", Roles.Keuangan, AppFixture.DemoPassword);
        using var client = new FormClient(app.BaseUrl);
        for (var i = 1; i <= 20; i++)
        {
            await client.OpenFormAsync();
            using var signedIn = await client.SignInAsync("keuangan.harian@e2e.local", AppFixture.DemoPassword);
            Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in {i}: {(int)signedIn.StatusCode}");
            Assert.Equal("/keuangan", new Uri(new Uri(app.BaseUrl), signedIn.Headers.Location!).AbsolutePath);

            await client.OpenFormAsync("/keuangan");
            using var signedOut = await client.PostAsync("/keluar", []);
            Assert.True(signedOut.StatusCode == HttpStatusCode.Redirect, $"Sign-out {i}: {(int)signedOut.StatusCode}");
            Assert.Equal("/masuk", new Uri(new Uri(app.BaseUrl), signedOut.Headers.Location!).AbsolutePath);
            Assert.False(client.HasCookie("csr.auth"), $"Sign-out {i} left the session cookie.");
        }
    }

    // Lockout must not tell which accounts exist: an existing account and an unknown one get the same answers.
    [Fact]
    public async Task A_locked_account_and_an_unknown_one_answer_alike()
    {
        await app.CreateUserAsync("ada@e2e.local", Roles.Keuangan, "kata-sandi-yang-ada-benar");
        var disabled = await app.CreateUserAsync("nonaktif@e2e.local", Roles.Keuangan, "kata-sandi-nonaktif-benar");
        await app.DisableUserAsync(disabled);
        using var client = new FormClient(app.BaseUrl);
        await client.OpenFormAsync();

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var existing = await ErrorAsync(client, "ada@e2e.local", "salah-" + attempt);
            var unknown = await ErrorAsync(client, "tidak-ada@e2e.local", "salah-" + attempt);
            var inactive = await ErrorAsync(client, "nonaktif@e2e.local", "salah-" + attempt);

            Assert.NotNull(existing);
            Assert.Equal(existing, unknown);
            Assert.Equal(existing, inactive);
        }
    }

    private static async Task<string?> ErrorAsync(FormClient client, string email, string password)
    {
        using var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return FormClient.LoginError(await response.Content.ReadAsStringAsync());
    }

    // Ten wrong passwords answered by the form, then the eleventh.
    private static async Task<HttpResponseMessage> TenAttemptsThenTheEleventhAsync(FormClient client, Func<int, (string Path, string Email)> attempt)
    {
        for (var i = 0; i < 10; i++)
        {
            var (path, email) = attempt(i);
            using var response = await client.SignInAsync(email, "tebakan-" + i, path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"attempt {i + 1} to {path} as '{email}': {(int)response.StatusCode}");
            Assert.StartsWith("Email atau kata sandi salah", FormClient.LoginError(await response.Content.ReadAsStringAsync()) ?? "", StringComparison.Ordinal);
        }

        var (lastPath, lastEmail) = attempt(10);
        return await client.SignInAsync(lastEmail, "tebakan-10", lastPath);
    }
}
