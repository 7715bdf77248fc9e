using System.Globalization;
using System.Text;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.E2E.Infrastructure;
using CsrSponsorship.Web.Components.Layout;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// axe-core over every page of every role's menu and the sign-in page, with the WCAG 2.0–2.2 A/AA rules
// (decision 0172). Any serious or critical violation fails, naming the page, the rule and the nodes.
public sealed class AccessibilityScanTests(AppFixture app) : BrowserTest(app)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    public static TheoryData<string, string> RoleAccounts() => new()
    {
        { Roles.Admin, "admin@demo.local" },
        { Roles.Disnakerind, "disnaker@demo.local" },
        { Roles.Loket, "loket@demo.local" },
        { Roles.Csr, "csr@demo.local" },
        { Roles.Keuangan, "keuangan@demo.local" },
    };

    [Fact]
    public async Task The_sign_in_page_has_no_serious_accessibility_violation()
    {
        await Page.GotoAsync("/masuk");

        // Sign-in is a static page: no circuit to wait for.
        var findings = await ScanAsync("/masuk", interactive: false);

        Assert.True(findings.Length == 0, findings);
    }

    [Theory]
    [MemberData(nameof(RoleAccounts))]
    public async Task Every_page_in_a_roles_menu_has_no_serious_accessibility_violation(string role, string email)
    {
        await SignInAsync(email);
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/masuk");
        var findings = new StringBuilder();

        foreach (var item in NavCatalog.Items.Where(item => item.Roles.Contains(role)))
        {
            await Page.GotoAsync(item.Href);
            Assert.Equal(item.Href, await PathAsync());
            findings.Append(await ScanAsync(item.Href));
        }

        Assert.True(findings.Length == 0, $"{role}:{Environment.NewLine}{findings}");
    }

    [Fact]
    public async Task The_new_user_dialog_has_no_serious_accessibility_violation()
    {
        await SignInAsync("admin@demo.local");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/pengguna");
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=create-user]");
        await Assertions.Expect(Page.Locator(".mud-dialog")).ToBeVisibleAsync();

        var findings = await ScanAsync("/admin/pengguna + Tambah pengguna");

        Assert.True(findings.Length == 0, findings);
    }

    [Fact]
    public async Task The_handover_outcome_dialog_has_no_serious_accessibility_violation()
    {
        await SignInAsync("disnaker@demo.local");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/disnaker");
        await Page.GotoAsync("/serah-terima");
        await WaitForInteractiveAsync();

        await Page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Menunggu hasil" }).ClickAsync();
        await Page.Locator("[data-testid=record-outcome]").First.ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-dialog")).ToBeVisibleAsync();

        var findings = await ScanAsync("/serah-terima + Hasil serah-terima");

        Assert.True(findings.Length == 0, findings);
    }

    private async Task<string> ScanAsync(string page, bool interactive = true)
    {
        if (interactive)
        {
            await WaitForInteractiveAsync();
        }

        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.Locator(".mud-table-loading").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });

        var text = new StringBuilder();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{page}: {violation.Id} ({violation.Impact}, {violation.Nodes.Length} nodes) {violation.Help}");
            foreach (var node in violation.Nodes.Take(8))
            {
                var html = node.Html.Length > 160 ? node.Html[..160] + "…" : node.Html;
                text.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target} {html}");
            }
        }

        return text.ToString();
    }
}
