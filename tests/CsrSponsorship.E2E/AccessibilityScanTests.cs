using System.Globalization;
using System.Text;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.E2E.Infrastructure;
using CsrSponsorship.Web.Components.Layout;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// axe-core over every page of every role's menu and the sign-in page, with the WCAG 2.0–2.2 A/AA rules
// (decision 0172), and with each dialog users meet open. Any serious or critical violation fails, naming the page,
// the rule and the nodes. Each scan makes what it shows (ScanData), so a run of this class alone scans what a full
// run does.
[Collection(ScanAppFixtureGroup.Name)]
public sealed class AccessibilityScanTests(AppFixture app) : BrowserTest(app)
{
    private readonly ScanData data = new(app);

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

    // The scans call axe-core themselves (Infrastructure/Axe.cs, decision 0178): a runner that lost the rules or the
    // results would pass every page, so a button without a name is put into a page and must be reported, page-wide
    // and within the element a dialog scan is limited to.
    [Fact]
    public async Task A_button_without_a_name_put_into_a_page_is_reported_by_the_scan()
    {
        await Page.GotoAsync("/masuk");
        await Page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<div id=\"probe\"><button id=\"unnamed\"></button></div>')");

        var pageWide = await ScanAsync("/masuk + probe", interactive: false);
        var within = await ScanAsync("/masuk + probe", interactive: false, within: "#probe");

        Assert.All(new[] { pageWide, within }, findings => Assert.Contains("button-name (critical, 1 nodes)", findings, StringComparison.Ordinal));
        Assert.All(new[] { pageWide, within }, findings => Assert.Contains("#unnamed <button id=\"unnamed\"></button>", findings, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RoleAccounts))]
    public async Task Every_page_in_a_roles_menu_has_no_serious_accessibility_violation(string role, string email)
    {
        // The letter lists (Surat Edaran, Surat masuk) are empty until a letter is sent; the demo data has none.
        await data.SentLetterAsync();
        await SignedInAsync(email);
        var findings = new StringBuilder();

        foreach (var item in NavCatalog.Items.Where(item => item.Roles.Contains(role)))
        {
            await Page.GotoAsync(item.Href);
            Assert.Equal(item.Href, await PathAsync());
            findings.Append(await ScanAsync(item.Href));
        }

        Assert.True(findings.Length == 0, $"{role}:{Environment.NewLine}{findings}");
    }

    // Pages reached from a menu page rather than the menu: a desk, its form and the desk report; the sosialisasi form and report.
    [Fact]
    public async Task The_desk_and_sosialisasi_pages_have_no_serious_accessibility_violation()
    {
        var outreach = await data.HeldOutreachAsync();
        var lead = await data.LeadAsync();
        await SignedInAsync("disnaker@demo.local");
        var findings = new StringBuilder();
        foreach (var path in new[] { $"/sosialisasi/{outreach}", $"/loket-layanan/minat/{lead}", "/loket-layanan/1", "/loket-layanan/1/ubah", "/loket-layanan/baru", "/loket-layanan/laporan", "/sosialisasi/baru", "/sosialisasi/laporan", "/loket-layanan/minat/unggah" })
        {
            await Page.GotoAsync(path);
            findings.Append(await ScanAsync(path));
        }

        Assert.True(findings.Length == 0, findings.ToString());
    }

    [Fact]
    public async Task The_new_user_dialog_has_no_serious_accessibility_violation()
    {
        await SignedInAsync("admin@demo.local");
        await Page.GotoAsync("/admin/pengguna");
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=create-user]");
        await Assertions.Expect(Page.Locator(".mud-dialog")).ToBeVisibleAsync();

        var findings = await ScanAsync("/admin/pengguna + Tambah pengguna");

        Assert.True(findings.Length == 0, findings);
    }

    [Fact]
    public async Task The_handover_outcome_dialog_has_no_serious_accessibility_violation()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/serah-terima");
        await WaitForInteractiveAsync();

        await Page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Menunggu hasil" }).ClickAsync();
        await Page.Locator("[data-testid=record-outcome]").First.ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-dialog")).ToBeVisibleAsync();
        // With "Lanjut mandiri" the dialog also asks until which month the worker already paid alone.
        await Page.Locator(".mud-dialog").GetByText("Lanjut mandiri").ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Sudah membayar sendiri sampai bulan")).ToBeVisibleAsync();

        var findings = await ScanAsync("/serah-terima + Hasil serah-terima");

        Assert.True(findings.Length == 0, findings);
    }

    [Fact]
    public async Task The_record_payment_dialog_has_no_serious_accessibility_violation()
    {
        var invoice = await data.IssuedInvoiceAsync();
        await SignedInAsync("keuangan@demo.local");

        var findings = await ScanDialogAsync($"/tagihan/{invoice}", "[data-testid=record-payment]", "Catat pembayaran");

        Assert.True(findings.Length == 0, findings);
    }

    [Theory]
    [InlineData(false, "[data-testid=edit-draft]")]
    [InlineData(false, "[data-testid=cancel-invoice]")]
    [InlineData(true, "[data-testid=cancel-invoice]")]
    public async Task The_dialogs_of_an_invoice_have_no_serious_accessibility_violation(bool issued, string opener)
    {
        var invoice = issued ? await data.IssuedInvoiceAsync() : await data.DraftInvoiceAsync();
        var title = opener.Contains("edit", StringComparison.Ordinal) ? "Ubah draf tagihan"
            : issued ? $"Batalkan tagihan {await data.InvoiceNumberAsync(invoice)}" : "Batalkan draf tagihan";
        await SignedInAsync("disnaker@demo.local");

        var findings = await ScanDialogAsync($"/tagihan/{invoice}", opener, title);

        Assert.True(findings.Length == 0, findings);
    }

    [Theory]
    [InlineData("[data-testid=extend]", "Perpanjang kepesertaan")]
    [InlineData("button:has-text('Batalkan')", "Batalkan kepesertaan")]
    public async Task The_dialogs_of_a_sponsorship_have_no_serious_accessibility_violation(string opener, string title)
    {
        var sponsorship = await data.SubmittedSponsorshipAsync();
        await SignedInAsync("disnaker@demo.local");

        var findings = await ScanDialogAsync($"/kepesertaan/{sponsorship}", opener, title);

        Assert.True(findings.Length == 0, findings);
    }

    [Fact]
    public async Task The_other_coverage_dialog_has_no_serious_accessibility_violation()
    {
        var worker = await data.EligibleWorkerAsync();
        await SignedInAsync("disnaker@demo.local");

        var findings = await ScanDialogAsync($"/pekerja/{worker}", "button:has-text('Catat kepesertaan non-CSR')", "Catat kepesertaan non-CSR");

        Assert.True(findings.Length == 0, findings);
    }

    [Fact]
    public async Task The_return_letter_dialog_has_no_serious_accessibility_violation()
    {
        var letter = await data.SubmittedLetterAsync();
        await SignedInAsync("admin@demo.local");

        var findings = await ScanDialogAsync($"/surat-edaran/{letter}", "[data-testid=return-letter]", "Kembalikan surat");

        Assert.True(findings.Length == 0, findings);
    }

    [Fact]
    public async Task The_pledge_dialog_of_a_companys_letters_has_no_serious_accessibility_violation()
    {
        await data.SentLetterAsync();
        await SignedInAsync("csr@demo.local");

        var findings = await ScanDialogAsync("/surat-masuk", "[data-testid=my-pledge] >> nth=0", "Komitmen perusahaan");

        Assert.True(findings.Length == 0, findings);
    }

    [Fact]
    public async Task The_reset_password_dialog_has_no_serious_accessibility_violation()
    {
        await SignedInAsync("admin@demo.local");

        var findings = await ScanDialogAsync("/admin/pengguna", "button[aria-label='Atur ulang kata sandi'] >> nth=0", "Atur ulang kata sandi");

        Assert.True(findings.Length == 0, findings);
    }

    // Opens the dialog from its page, checks it is named by its title and holds the focus, then scans the dialog (the
    // page behind it is out of reach while it is open, and the page scans cover the pages).
    private async Task<string> ScanDialogAsync(string path, string opener, string title)
    {
        await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
        await Page.Locator(opener).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = title });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.Locator(":focus")).ToHaveCountAsync(1);

        return await ScanAsync($"{path} + {title}", within: ".mud-dialog");
    }

    private async Task<string> ScanAsync(string page, bool interactive = true, string? within = null)
    {
        if (interactive)
        {
            await WaitForInteractiveAsync();
        }

        await WaitForSettledAsync();

        var violations = await Axe.ViolationsAsync(Page, WcagTags, within);

        var text = new StringBuilder();
        foreach (var violation in violations.Where(v => v.Impact is "serious" or "critical"))
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
