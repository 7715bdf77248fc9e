using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// Issue 18: /pembayaran says on screen what its Excel file adds up to, for whatever filter is set.
public sealed partial class PaymentTotalsTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Totals_on_the_payment_list_equal_the_exports_for_the_current_filter()
    {
        await SignedInAsync("keuangan@demo.local");
        await Page.GotoAsync("/pembayaran");
        await WaitForInteractiveAsync();

        var all = await ScreenTotalsAsync();
        Assert.True(all.Count > 0, "The demo data has payments.");
        Assert.Equal(all, await ExportTotalsAsync());

        await ChooseAsync("payment-method-filter", "Virtual account");
        await Assertions.Expect(Page.Locator("[data-testid=payment-totals]")).Not.ToHaveTextAsync(Line(all));
        var filtered = await ScreenTotalsAsync();
        Assert.Equal(filtered, await ExportTotalsAsync());
    }

    private async Task<(int Count, long Valid, long Reversed)> ScreenTotalsAsync()
    {
        var totals = Page.Locator("[data-testid=payment-totals]");
        await Assertions.Expect(totals).ToHaveTextAsync(TotalsLine());
        var match = TotalsLine().Match((await totals.InnerTextAsync()).Trim());
        return ((int)Number(match.Groups[1].Value), Number(match.Groups[2].Value), Number(match.Groups[3].Value));
    }

    private async Task<(int Count, long Valid, long Reversed)> ExportTotalsAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=export-excel]").ClickAsync());
        using var copy = await download.BytesAsync();
        using var workbook = new XLWorkbook(copy);
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Tanggal Bayar", sheet.Cell("A7").GetString());
        var total = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "JUMLAH").WorksheetRow();
        return (total.RowNumber() - 8, (long)total.Cell(8).GetDouble(), (long)total.Cell(9).GetDouble());
    }

    private static string Line((int Count, long Valid, long Reversed) t) =>
        $"{Dots(t.Count)} pembayaran · Sah Rp {Dots(t.Valid)} · Dibatalkan Rp {Dots(t.Reversed)}";

    private static string Dots(long n) => n.ToString("#,##0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static long Number(string dotted) => long.Parse(dotted.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9.]+) pembayaran · Sah Rp ([0-9.]+) · Dibatalkan Rp ([0-9.]+)$")]
    private static partial Regex TotalsLine();
}
