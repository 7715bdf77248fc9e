using System.Globalization;
using ClosedXML.Excel;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class ReportDownloadTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Finance_downloads_the_Rekap_Tagihan_from_the_reports_page_and_it_opens_in_Excel()
    {
        await SignedInAsync("keuangan@demo.local");
        await Page.GotoAsync("/keuangan");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Laporan" })).ToHaveAttributeAsync("href", "/laporan");
        await Page.GotoAsync("/laporan");
        await WaitForInteractiveAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=download-rekap-tagihan]").ClickAsync());

        var month = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Assert.Equal($"rekap-tagihan-{month}.xlsx", download.SuggestedFilename);
        using var copy = await download.BytesAsync();
        using var workbook = new XLWorkbook(copy);
        var sheet = workbook.Worksheet(1);
        Assert.Equal("PEMERINTAH KABUPATEN TANAH LAUT", sheet.Cell("A1").GetString());
        Assert.Equal("REKAP TAGIHAN", sheet.Cell("A3").GetString());
        Assert.Equal("No. Tagihan", sheet.Cell("A7").GetString());
        Assert.Equal("JUMLAH", sheet.LastRowUsed().Cell(1).GetString());
    }

    [Fact]
    public async Task Finance_exports_the_worker_list_and_sees_only_masked_NIKs()
    {
        await SignedInAsync("keuangan@demo.local");
        await Page.GotoAsync("/pekerja");
        await WaitForInteractiveAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=export-excel]").ClickAsync());

        Assert.StartsWith("pekerja-", download.SuggestedFilename, StringComparison.Ordinal);
        using var copy = await download.BytesAsync();
        using var workbook = new XLWorkbook(copy);
        var sheet = workbook.Worksheet(1);
        Assert.Equal("NIK", sheet.Cell("A7").GetString());
        var niks = sheet.Column(1).CellsUsed().Where(c => c.Address.RowNumber > 7 && c.GetString() != "JUMLAH").ToList();
        Assert.NotEmpty(niks);
        Assert.All(niks, c => Assert.Contains("••••••", c.GetString(), StringComparison.Ordinal));
    }
}
