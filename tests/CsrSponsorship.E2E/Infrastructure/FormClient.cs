using System.Text.RegularExpressions;

namespace CsrSponsorship.E2E.Infrastructure;

// The app over plain HTTP, as a script (or an attacker) uses it: its own cookie jar, the antiforgery token the
// form page carries, form posts. Cookies are kept by hand because a Secure cookie (behind a TLS proxy) would never
// be sent back by HttpClient's jar over http://127.0.0.1; optional headers (X-Forwarded-*) go on every request.
public sealed partial class FormClient : IDisposable
{
    private readonly HttpClient http;
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    public FormClient(string baseUrl, IReadOnlyDictionary<string, string>? headers = null)
    {
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            http.DefaultRequestHeaders.Add(name, value);
        }
    }

    public string? Token { get; private set; }

    public bool HasCookie(string name) => cookies.ContainsKey(name);

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        return await SendAsync(request);
    }

    // Reads the page and keeps the antiforgery token of its form.
    public async Task<string> OpenFormAsync(string path = "/masuk")
    {
        using var response = await GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Token = AntiforgeryToken().Match(html).Groups["value"].Value;
        return html;
    }

    // Posts the fields as they are (repeated names included), with the kept token unless `withToken` is false.
    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = withToken && Token is not null ? fields.Append(new("__RequestVerificationToken", Token)) : fields;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(all) };
        return await SendAsync(request);
    }

    // The sign-in form as a browser posts it (open the form first).
    public Task<HttpResponseMessage> SignInAsync(string email, string password, string path = "/masuk") =>
        PostAsync(path, [new("_handler", "masuk"), new("Input.Email", email), new("Input.Password", password)]);

    public static string? LoginError(string html) => LoginErrorText().Match(html) is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value) : null;

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await http.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0];
            var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
            var value = pair[(name.Length + 1)..];
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                cookies.Remove(name);
            }
            else
            {
                cookies[name] = value;
            }
        }

        return response;
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*value=""(?<value>[^""]+)""")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"data-testid=""login-error""[^>]*>(?<text>[^<]*)<")]
    private static partial Regex LoginErrorText();
}
