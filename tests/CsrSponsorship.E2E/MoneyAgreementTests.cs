using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CsrSponsorship.E2E;

// Issue 15's acceptance as a CSR officer would check it by hand on the demo data: the company page, the invoice
// list, this year's summary and the CSR statement (PDF and Excel) carry the same rupiah, each under its label.
public sealed class MoneyAgreementTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_company_officer_finds_the_same_rupiah_on_the_company_page_invoice_list_dashboard_and_statement()
    {
        await SignedInAsync("csr@demo.local");
        await Page.GotoAsync("/perusahaan-saya");
        await WaitForInteractiveAsync();

        await Assertions.Expect(Page.Locator("[data-testid=year-basis]")).ToContainTextAsync("per bulan kepesertaan");
        var invoicedAllTime = await RupiahAsync("[data-testid=company-totals] [data-testid=money-invoiced]");
        var paidAllTime = await RupiahAsync("[data-testid=company-totals] [data-testid=money-paid]");
        var invoicedThisYear = await RupiahAsync("[data-testid=csr-dashboard] [data-testid=invoiced]");
        var paidThisYear = await RupiahAsync("[data-testid=csr-dashboard] [data-testid=paid-this-year]");
        Assert.True(invoicedAllTime > 0, "The demo company has issued invoices.");

        // This year's statement says what the summary says.
        var pdfHref = await Page.Locator("[data-testid=statement-pdf]").GetAttributeAsync("href") ?? "";
        var pdf = await Page.Context.APIRequest.GetAsync(pdfHref);
        using (var document = PdfDocument.Open(await pdf.BodyAsync()))
        {
            var text = Regex.Replace(string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), @"\s+", " ");
            Assert.Contains("Iuran ditagihkan " + Rupiah(invoicedThisYear), text, StringComparison.Ordinal);
            Assert.Contains("Iuran dibayar " + Rupiah(paidThisYear), text, StringComparison.Ordinal);
        }

        var xlsx = await Page.Context.APIRequest.GetAsync(await Page.Locator("[data-testid=statement-xlsx]").GetAttributeAsync("href") ?? "");
        using (var workbook = new XLWorkbook(new MemoryStream(await xlsx.BodyAsync())))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal((invoicedThisYear, paidThisYear), ((long)sheet.Cell("D10").GetDouble(), (long)sheet.Cell("D11").GetDouble()));
        }

        // The invoice list adds up to the company page: totals of the invoices not cancelled, and what was paid on them.
        await Page.GotoAsync("/tagihan");
        await WaitForInteractiveAsync();
        var rows = Page.Locator("[data-testid=invoice-grid] tbody tr.mud-table-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        long listed = 0;
        long listedPaid = 0;
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            if ((await row.Locator("[data-testid=invoice-status]").InnerTextAsync()).Trim() == "Batal")
            {
                continue;
            }

            var cells = row.Locator("td");
            var total = Parse(await cells.Nth(5).InnerTextAsync());
            listed += total;
            listedPaid += total - Parse(await cells.Nth(6).InnerTextAsync());
        }

        Assert.Equal((invoicedAllTime, paidAllTime), (listed, listedPaid));

        // The line above the list says the same, for every invoice of the filter, not only this page.
        await Assertions.Expect(Page.Locator("[data-testid=invoice-totals]"))
            .ToContainTextAsync($"Ditagihkan {Rupiah(invoicedAllTime)} · Dibayar {Rupiah(paidAllTime)} · Sisa {Rupiah(invoicedAllTime - paidAllTime)}");
    }

    private async Task<long> RupiahAsync(string selector) => Parse(await Page.Locator(selector).InnerTextAsync());

    private static long Parse(string rupiah) =>
        long.Parse(rupiah.Replace("Rp", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);

    private static string Rupiah(long amount) => "Rp " + amount.ToString("#,##0", CultureInfo.InvariantCulture).Replace(',', '.');
}
