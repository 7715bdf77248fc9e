using ClosedXML.Excel;
using CsrSponsorship.Core.Documents.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CsrSponsorship.Tests.Documents.Excel;

public sealed class ExcelReportWriterTests
{
    private static readonly ReportColumn[] Columns =
    [
        new("NIK", ColumnKind.Code, 19), new("Nama", ColumnKind.Text, 20), new("Tanggal", ColumnKind.Date, 12), new("Bulan", ColumnKind.Count, 8),
        new("Iuran (Rp)", ColumnKind.Money, 14), new("Rasio", ColumnKind.Percent, 10),
    ];

    [Fact]
    public async Task The_sheet_has_title_rows_a_frozen_header_an_autofilter_and_a_SUM_total_row()
    {
        using var workbook = await WriteAsync(
            ["6301020101900001", "Siti Aminah", new DateOnly(2026, 7, 1), 6, 100_800L, 0.5m],
            ["6301020101900002", "Budi Santoso", new DateOnly(2026, 8, 1), 3, 50_400L, 0.25m]);
        var sheet = workbook.Worksheet(1);

        Assert.Equal("PEMERINTAH KABUPATEN TANAH LAUT", sheet.Cell("A1").GetString());
        Assert.Equal("DINAS TENAGA KERJA DAN PERINDUSTRIAN", sheet.Cell("A2").GetString());
        Assert.Equal("LAPORAN UJI", sheet.Cell("A3").GetString());
        Assert.Equal("Juli 2026", sheet.Cell("A4").GetString());
        Assert.EndsWith("WITA", sheet.Cell("A5").GetString(), StringComparison.Ordinal);
        Assert.Equal(["NIK", "Nama", "Tanggal", "Bulan", "Iuran (Rp)", "Rasio"], sheet.Row(7).Cells(1, 6).Select(c => c.GetString()));
        Assert.Equal(7, sheet.SheetView.SplitRow);
        Assert.Equal("A7:F9", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Empty(sheet.MergedRanges);

        Assert.Equal("JUMLAH", sheet.Cell("A10").GetString());
        Assert.Equal("SUM(D8:D9)", sheet.Cell("D10").FormulaA1);
        Assert.Equal("SUM(E8:E9)", sheet.Cell("E10").FormulaA1);
        Assert.False(sheet.Cell("F10").HasFormula);
        Assert.Equal(151_200m, sheet.Cell("E10").GetValue<decimal>());
    }

    [Fact]
    public async Task Codes_are_text_money_is_numeric_with_thousands_and_dates_are_real_dates()
    {
        using var workbook = await WriteAsync(["6301020101900001", "Siti", new DateOnly(2026, 7, 1), 6, 100_800L, 0.5m]);
        var row = workbook.Worksheet(1).Row(8);

        Assert.Equal(XLDataType.Text, row.Cell(1).DataType);
        Assert.Equal("6301020101900001", row.Cell(1).GetString());
        Assert.Equal(XLDataType.DateTime, row.Cell(3).DataType);
        Assert.Equal(new DateTime(2026, 7, 1), row.Cell(3).GetDateTime());
        Assert.Equal(XLDataType.Number, row.Cell(5).DataType);
        Assert.Equal(100_800m, row.Cell(5).GetValue<decimal>());
        Assert.Equal("#,##0", Format(row.Cell(5)));
        Assert.Equal("0.0%", Format(row.Cell(6)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://contoh.invalid\",\"klik\")")]
    [InlineData("+6281234567890")]
    [InlineData("-1+2")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public async Task Formula_like_text_stays_text_with_a_quote_prefix(string value)
    {
        using var workbook = await WriteAsync(["6301020101900001", value, null, null, null, null]);
        var cell = workbook.Worksheet(1).Cell("B8");

        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        // XML reads a bare CR back as a line break; either way the text survives and stays inert.
        Assert.Equal(value.Replace('\r', '\n'), cell.GetString());
        Assert.True(cell.Style.IncludeQuotePrefix);
    }

    [Fact]
    public async Task An_empty_report_still_opens_with_zero_totals_and_no_circular_formula()
    {
        using var workbook = await WriteAsync();
        var sheet = workbook.Worksheet(1);

        Assert.Equal("JUMLAH", sheet.Cell("A8").GetString());
        Assert.False(sheet.Cell("E8").HasFormula);
        Assert.Equal(0m, sheet.Cell("E8").GetValue<decimal>());
    }

    [Fact]
    public async Task The_file_is_valid_Office_Open_XML()
    {
        var definition = new ReportDefinition("Uji", "Laporan Uji", "Juli 2026", "Dicetak 1 Juli 2026 10.00 WITA", Columns);
        object?[][] rows = [["6301020101900001", " Siti ", new DateOnly(2026, 7, 1), 6, 100_800L, 0.5m]];
        var bytes = await ExcelReportWriter.WriteAsync(definition, rows.ToAsyncEnumerable());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    private static string Format(IXLCell cell) =>
        cell.Style.NumberFormat.Format is { Length: > 0 } format ? format : cell.Style.NumberFormat.NumberFormatId == 3 ? "#,##0" : "";

    private static async Task<XLWorkbook> WriteAsync(params object?[][] rows)
    {
        var definition = new ReportDefinition("Uji", "Laporan Uji", "Juli 2026", "Dicetak 1 Juli 2026 10.00 WITA", Columns);
        var bytes = await ExcelReportWriter.WriteAsync(definition, rows.ToAsyncEnumerable());
        return new XLWorkbook(new MemoryStream(bytes));
    }
}
