using System.Globalization;
using ClosedXML.Excel;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class WorkerImportTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_Disnakerind_officer_imports_seventeen_good_rows_and_gets_a_report_of_the_three_bad_ones()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/pekerja/impor");
        await WaitForInteractiveAsync();

        // The officer fills the template the page offers, as a village data collector would.
        var template = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=download-template]").ClickAsync());
        Assert.Equal("templat-impor-pekerja.xlsx", template.SuggestedFilename);
        var upload = Path.Combine(Path.GetTempPath(), $"pendataan-desa-{Guid.NewGuid():N}.xlsx");
        using (var workbook = new XLWorkbook(await template.BytesAsync()))
        {
            var sheet = workbook.Worksheet(WorkerImportColumns.DataSheet);
            for (var i = 0; i < 20; i++)
            {
                var row = sheet.Row(i + 2);
                var born = new DateOnly(1980 + i, 1 + (i % 12), 10 + i);
                var nik = string.Create(CultureInfo.InvariantCulture, $"630107{born.Day:00}{born.Month:00}{born.Year % 100:00}{9100 + i:0000}");
                var name = $"Warga Uji Impor {(char)('A' + i)}";
                if (i == 4)
                {
                    nik = nik[..12] + "0000"; // serial 0000
                }
                else if (i == 9)
                {
                    nik = "99" + nik[2..]; // unknown province
                }
                else if (i == 14)
                {
                    name = ""; // name missing
                }

                Set(row, WorkerImportColumns.Nik, nik);
                Set(row, WorkerImportColumns.FullName, name);
                Set(row, WorkerImportColumns.BirthPlace, "Kintap");
                Set(row, WorkerImportColumns.DesaCode, "63.01.07.2004");
                Set(row, WorkerImportColumns.Address, $"Jl. Pelabuhan No. {i + 1}");
                Set(row, WorkerImportColumns.Occupation, "Nelayan");
                Set(row, WorkerImportColumns.Provenance, "Pendataan Desa");
                Set(row, WorkerImportColumns.ConsentBy, "Petugas Desa Sungai Cuka");
                Set(row, WorkerImportColumns.ConsentOn, "01-11-2026");
            }

            workbook.SaveAs(upload);
        }

        await Page.Locator("input[type=file]").SetInputFilesAsync(upload);

        await Assertions.Expect(Page.Locator("[data-testid=valid-count]")).ToHaveTextAsync("17 baris valid");
        await Assertions.Expect(Page.Locator("[data-testid=error-count]")).ToHaveTextAsync("3 baris bermasalah");
        var problems = Page.Locator("[data-testid=problem-rows] tbody tr.mud-table-row");
        await Assertions.Expect(problems).ToHaveCountAsync(3);
        await Assertions.Expect(problems.Nth(0)).ToContainTextAsync("0000");
        await Assertions.Expect(problems.Nth(1)).ToContainTextAsync("Kode provinsi 99");
        await Assertions.Expect(problems.Nth(2)).ToContainTextAsync("Nama");

        var report = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=download-report]").ClickAsync());
        using (var reportBook = new XLWorkbook(await report.BytesAsync()))
        {
            var sheet = reportBook.Worksheet(WorkerImportColumns.DataSheet);
            var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
            var errorColumn = headers.IndexOf(WorkerImportColumns.ErrorsHeader) + 1;
            Assert.True(errorColumn > 0, "the report has an error column");
            Assert.Equal(3, Enumerable.Range(2, 10).Count(r => !string.IsNullOrWhiteSpace(sheet.Cell(r, errorColumn).GetString())));
        }

        await Page.Locator("[data-testid=import-valid]").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Impor", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=import-done]")).ToContainTextAsync("17 pekerja berhasil diimpor");

        await Page.GotoAsync("/pekerja");
        await WaitForInteractiveAsync();
        await Page.Locator("input[data-testid=worker-search]").FillAsync("warga uji impor");
        await Assertions.Expect(Page.Locator("[data-testid=worker-grid] tbody tr.mud-table-row")).ToHaveCountAsync(17);
        File.Delete(upload);
    }

    private static void Set(IXLRow row, ImportColumn column, string value)
    {
        var cell = row.Cell(WorkerImportColumns.All.ToList().IndexOf(column) + 1);
        cell.Style.NumberFormat.Format = "@";
        cell.SetValue(value);
    }
}
