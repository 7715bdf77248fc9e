using System.Net;
using System.Text.RegularExpressions;
using CsrSponsorship.Core.Data;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// The public programme page and its interest form (issue 21): a visitor on a phone finds the nearest desk and registers
// interest with consent; the Liang Anggang agent sees the lead, converts it after the NIK check, and it leaves the list.
public sealed partial class InterestTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_visitor_on_a_phone_registers_interest_and_the_Liang_Anggang_agent_converts_the_lead()
    {
        var name = "Rahmawati Uji " + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        await Page.SetViewportSizeAsync(PhoneLayout.Width, PhoneLayout.Height);
        await Context.ClearCookiesAsync();
        await Page.GotoAsync("/masuk");
        await Page.Locator("[data-testid=public-programme-link]").ClickAsync();
        await WaitForPathAsync("/program");
        await PhoneLayout.AssertNothingOverflowsAsync(Page);
        await Assertions.Expect(Page.Locator("[data-testid=programme-desks]")).ToContainTextAsync("Layanan Satu Pintu Desa Liang Anggang");
        await Assertions.Expect(Page.Locator("[data-testid=programme-costs]")).ToContainTextAsync("Rp 1.000.000");

        await Page.Locator("#interest-name").FillAsync(name);
        await Page.Locator("#interest-desa").SelectOptionAsync(new SelectOptionValue { Label = "Liang Anggang" });
        await Page.Locator("#interest-occupation").SelectOptionAsync("pedagang");
        await Page.Locator("#interest-phone").FillAsync("0813-" + Random.Shared.Next(1000, 9999) + "-" + Random.Shared.Next(1000, 9999));
        await Page.Locator("#interest-consent").CheckAsync();
        // The form refuses what is sent faster than a person can fill it (3 s); a person reads the consent first.
        await Page.WaitForTimeoutAsync(3500);
        await Page.Locator("[data-testid=interest-submit]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=interest-sent]")).ToContainTextAsync("Minat Anda sudah kami terima");
        await PhoneLayout.AssertNothingOverflowsAsync(Page);

        await Page.SetViewportSizeAsync(1280, 900);
        await SignedInAsync("loket@demo.local");
        await Page.GotoAsync("/loket-layanan/minat");
        await WaitForInteractiveAsync();
        await Page.Locator("input[data-testid=lead-search]").FillAsync(name);
        var rows = Page.Locator("[data-testid=lead-grid] tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await rows.First.ClickAsync();
        await WaitForPathMatchingAsync("^/loket-layanan/minat/[0-9]+$");
        await Assertions.Expect(Page.Locator("[data-testid=lead-phone]")).Not.ToContainTextAsync("•");
        await Page.Locator("[data-testid=register-lead]").ClickAsync();
        await WaitForPathAsync("/pekerja/baru");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("input[data-testid=full-name]")).ToHaveValueAsync(name);

        // 63 01 05 | 52 = 12th, a woman | 03 | 91 | serial: the NIK check fills birth date and sex.
        await Page.Locator("input[data-testid=nik]").FillAsync("630105520391" + Random.Shared.Next(1000, 9999));
        await Page.Locator("input[data-testid=nik]").BlurAsync();
        await Assertions.Expect(Page.Locator("input[data-testid=birth-date]")).ToHaveValueAsync("12-03-1991");
        await Page.Locator("input[data-testid=birth-place]").FillAsync("Bati-Bati");
        await Page.Locator("input[data-testid=address]").FillAsync("RT 2 Desa Liang Anggang");
        await Page.Locator("[data-testid=save-worker]").ClickAsync();
        await WaitForPathMatchingAsync("^/pekerja/[0-9]+$");
        await Assertions.Expect(Page.Locator("#page-title")).ToHaveTextAsync(name);

        await Page.GotoAsync("/loket-layanan/minat");
        await WaitForInteractiveAsync();
        await Page.Locator("input[data-testid=lead-search]").FillAsync(name);
        await Assertions.Expect(Page.Locator("[data-testid=lead-grid]")).ToContainTextAsync("Tidak ada peminat yang cocok");
    }

    [Fact]
    public async Task Without_consent_the_form_is_refused_and_nothing_is_stored()
    {
        var phone = "0812" + Random.Shared.Next(10_000_000, 99_999_999);
        await Context.ClearCookiesAsync();
        await Page.GotoAsync("/program");
        await Page.Locator("#interest-name").FillAsync("Tanpa Persetujuan");
        await Page.Locator("#interest-desa").SelectOptionAsync(new SelectOptionValue { Label = "Liang Anggang" });
        await Page.Locator("#interest-occupation").SelectOptionAsync("petani");
        await Page.Locator("#interest-phone").FillAsync(phone);
        await Page.WaitForTimeoutAsync(3500);
        await Page.Locator("[data-testid=interest-submit]").ClickAsync();

        await Assertions.Expect(Page.Locator("[data-testid=interest-error]")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#interest-consent-error")).ToContainTextAsync("Centang persetujuan");
        Assert.Equal(0, await LeadsWithPhoneAsync("62" + phone[1..]));
    }

    [Fact]
    public async Task Twenty_submissions_from_one_address_within_a_minute_are_limited_in_Indonesian_and_refused_ones_store_nothing()
    {
        // One address of its own (the app trusts X-Forwarded-For from the loopback proxy), so no other story shares it.
        using var client = new FormClient(App.BaseUrl, new Dictionary<string, string> { ["X-Forwarded-For"] = "198.51.100.21" });
        var html = await client.OpenFormAsync("/program");
        var started = WebUtility.HtmlDecode(Started().Match(html).Groups["value"].Value);
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var prefix = "0857" + Random.Shared.Next(1000, 9999);
        var answers = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.PostAsync("/program",
            [
                new("_handler", "minat"), new("Form.Started", started), new("Form.FullName", $"Peminat Banjir {i}"), new("Form.DesaCode", "63.01.05.2004"),
                new("Form.OccupationCode", "pedagang"), new("Form.Phone", $"{prefix}{i:0000}"), new("Form.Consent", "true"),
            ]);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(5, answers.Count(a => a.Contains("Minat Anda sudah kami terima", StringComparison.Ordinal)));
        Assert.Equal(15, answers.Count(a => a.Contains("Terlalu banyak pengiriman dari alamat internet ini", StringComparison.Ordinal)));
        var stored = 0;
        for (var i = 0; i < 20; i++)
        {
            stored += await LeadsWithPhoneAsync($"62{prefix[1..]}{i:0000}");
        }

        Assert.Equal(5, stored);
    }

    [Fact]
    public async Task A_form_sent_faster_than_a_person_fills_it_or_with_the_hidden_field_filled_is_refused_and_stores_nothing()
    {
        using var client = new FormClient(App.BaseUrl, new Dictionary<string, string> { ["X-Forwarded-For"] = "198.51.100.22" });
        var started = WebUtility.HtmlDecode(Started().Match(await client.OpenFormAsync("/program")).Groups["value"].Value);
        var fast = "0858" + Random.Shared.Next(10_000_000, 99_999_999);
        var robot = "0858" + Random.Shared.Next(10_000_000, 99_999_999);

        using var tooFast = await client.PostAsync("/program", Fields(started, fast));
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        using var trapped = await client.PostAsync("/program", [.. Fields(started, robot), new("Form.Website", "http://spam.example")]);

        Assert.All(new[] { await tooFast.Content.ReadAsStringAsync(), await trapped.Content.ReadAsStringAsync() },
            html => Assert.Contains("Formulir terkirim terlalu cepat untuk diisi orang", html, StringComparison.Ordinal));
        Assert.Equal(0, await LeadsWithPhoneAsync("62" + fast[1..]) + await LeadsWithPhoneAsync("62" + robot[1..]));
    }

    private static KeyValuePair<string, string>[] Fields(string started, string phone) =>
    [
        new("_handler", "minat"), new("Form.Started", started), new("Form.FullName", "Pengirim Cepat"), new("Form.DesaCode", "63.01.05.2004"),
        new("Form.OccupationCode", "pedagang"), new("Form.Phone", phone), new("Form.Consent", "true"),
    ];

    [Fact]
    public async Task The_public_page_shows_no_personal_data_and_passes_the_accessibility_scan()
    {
        await Context.ClearCookiesAsync();
        await Page.GotoAsync("/program");

        var text = await Page.Locator("body").InnerTextAsync();
        Assert.DoesNotMatch(@"\b\d{16}\b", text);
        Assert.DoesNotMatch(@"\b(08|62)\d{8,11}\b", text.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
        var violations = await Axe.ViolationsAsync(Page, ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"], null);
        Assert.Empty(violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
    }

    private async Task<int> LeadsWithPhoneAsync(string phone)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Leads.CountAsync(l => l.Phone == phone);
    }

    [GeneratedRegex("name=\"Form.Started\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex Started();
}
