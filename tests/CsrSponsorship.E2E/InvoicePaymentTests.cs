using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class InvoicePaymentTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Finance_records_a_full_payment_and_the_invoice_is_paid_downloadable_and_publicly_verifiable()
    {
        // Disnakerind bills everything the demo company has submitted.
        await SignedInAsync("disnaker@demo.local");
        var invoicePath = await IssueInvoiceForAllSubmittedAsync(companyId: 1);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Keluar" }).ClickAsync();
        await WaitForSignInPageAsync();

        // Finance records the company's transfer in full.
        await SignedInAsync("keuangan@demo.local");
        await Page.GotoAsync(invoicePath);
        await WaitForInteractiveAsync();
        var total = (await Page.Locator("[data-testid=invoice-total]").InnerTextAsync()).Trim();
        await RecordFullPaymentAsync("TRF-BEL-2026-0001");

        Assert.StartsWith("Rp ", total, StringComparison.Ordinal);
        var coveredWorker = (await Page.Locator("[data-testid=invoice-workers] tbody tr").First.Locator("td").Nth(1).InnerTextAsync()).Trim();

        // The PDF is a real PDF.
        var pdf = await Page.Context.APIRequest.GetAsync($"{invoicePath.Replace("/tagihan/", "/dokumen/tagihan/", StringComparison.Ordinal)}");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        var body = await pdf.BodyAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(body, 0, 4));

        // The payment's receipt was numbered when it was recorded and downloads as a PDF of its own.
        var receiptPath = await Page.Locator("[data-testid=receipt-link]").First.GetAttributeAsync("href");
        Assert.StartsWith("/dokumen/kuitansi/", receiptPath, StringComparison.Ordinal);
        var receipt = await Page.Context.APIRequest.GetAsync(receiptPath!);
        Assert.Equal(200, receipt.Status);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(await receipt.BodyAsync(), 0, 4));

        // The sponsorships it covered are now active.
        await Page.GotoAsync("/kepesertaan?perusahaan=1");
        await WaitForInteractiveAsync();
        await Page.GetByLabel("Cari nama pekerja").FillAsync(coveredWorker);
        var rows = Page.Locator("[data-testid=sponsorship-grid] tbody tr.mud-table-row");
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasNotText = coveredWorker })).ToHaveCountAsync(0);
        await Assertions.Expect(rows.First.Locator("[data-testid=sponsorship-status]")).ToHaveTextAsync("Aktif");

        // Anyone holding the printed invoice can check it without signing in.
        await Page.GotoAsync(invoicePath);
        await WaitForInteractiveAsync();
        var verification = new Uri(await Page.Locator("[data-testid=verification-link]").GetAttributeAsync("href") ?? "").AbsolutePath;
        await using var stranger = await App.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl });
        var publicPage = await stranger.NewPageAsync();
        await publicPage.GotoAsync(verification);
        Assert.Equal(verification, new Uri(publicPage.Url).AbsolutePath);
        await Assertions.Expect(publicPage.Locator("[data-testid=verification-status]")).ToHaveTextAsync("Lunas");
        Assert.DoesNotContain("630", await publicPage.Locator("[data-testid=verification]").InnerTextAsync(), StringComparison.Ordinal);

        await publicPage.GotoAsync("/verifikasi/bukan-token-yang-ada");
        await Assertions.Expect(publicPage.Locator("h1")).ToHaveTextAsync("Dokumen tidak ditemukan");
    }
}
