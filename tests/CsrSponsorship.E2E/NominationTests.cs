using ClosedXML.Excel;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// Nominations in bulk (issue 21): the Liang Anggang agent uploads a village officer's list; the bad row is reported,
// the valid ones become leads of his desk.
public sealed class NominationTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task The_desk_agent_uploads_a_village_list_and_its_valid_rows_become_leads()
    {
        var tag = Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        await SignedInAsync("loket@demo.local");
        await Page.GotoAsync("/loket-layanan/minat/unggah");
        await WaitForInteractiveAsync();

        var template = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=download-template]").ClickAsync());
        var upload = Path.Combine(Path.GetTempPath(), $"daftar-calon-{Guid.NewGuid():N}.xlsx");
        using (var workbook = new XLWorkbook(await template.BytesAsync()))
        {
            var sheet = workbook.Worksheet("Daftar");
            string[][] rows =
            [
                [$"Calon Satu {tag}", "Liang Anggang", "Petani/Pekebun", "0813" + Random.Shared.Next(10_000_000, 99_999_999), "Ya"],
                [$"Calon Dua {tag}", "Liang Anggang", "Nelayan", "0813" + Random.Shared.Next(10_000_000, 99_999_999), "Ya"],
                [$"Calon Tiga {tag}", "Liang Anggang", "Nelayan", "0813" + Random.Shared.Next(10_000_000, 99_999_999), "Belum ditanya"],
            ];
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    sheet.Cell(r + 2, c + 1).SetValue(rows[r][c]);
                }
            }

            workbook.SaveAs(upload);
        }

        await Page.Locator("input[type=file]").SetInputFilesAsync(upload);
        await Assertions.Expect(Page.Locator("[data-testid=nomination-valid]")).ToHaveTextAsync("2 baris valid");
        await Assertions.Expect(Page.Locator("[data-testid=nomination-problems]")).ToContainTextAsync("Setuju Dihubungi bukan Ya");
        await Page.Locator("input[data-testid=nominated-by]").FillAsync("Kepala Desa Liang Anggang");
        await Page.Locator("[data-testid=nomination-import]").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Simpan", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=nomination-done]")).ToContainTextAsync("2 calon peserta");

        await Page.GotoAsync("/loket-layanan/minat");
        await WaitForInteractiveAsync();
        await Page.Locator("input[data-testid=lead-search]").FillAsync(tag);
        await Assertions.Expect(Page.Locator("[data-testid=lead-grid] tbody tr.mud-table-row")).ToHaveCountAsync(2);
        File.Delete(upload);
    }
}
