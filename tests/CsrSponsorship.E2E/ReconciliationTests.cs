using System.Globalization;
using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

public sealed class ReconciliationTests(AppFixture app) : BrowserTest(app)
{
    // A registered, not yet verified demo worker (seeds/demo/workers.csv): never sponsored, no KPJ yet.
    private const string RiduanSyahputra = "6301072305771998";
    private const string UnknownNik = "6301075507959999";

    [Fact]
    public async Task A_finance_officer_reconciles_the_BPJS_list_fills_KPJ_numbers_and_sees_one_on_the_worker_page()
    {
        await SignedInAsync("keuangan@demo.local");
        await Page.GotoAsync("/rekonsiliasi-bpjs");
        await WaitForInteractiveAsync();

        // The officer copies the branch's list into the template the page offers. The download is also the
        // moment to upload after: it is answered after the circuit has wired up the file input, so the file is not lost.
        // The sponsored worker's coverage runs this month, but BPJS lists them as inactive and paid only up to before it started.
        var template = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=download-template]").ClickAsync());
        Assert.Equal("templat-rekonsiliasi-bpjs.xlsx", template.SuggestedFilename);
        var current = await CurrentlySponsoredWithoutKpjAsync();
        var paidThrough = current.Start.AddMonths(-1);
        var others = await SponsoredWithoutKpjAsync(4, current.Nik);
        string[][] list =
        [
            [others[0], "30000000001", "aktif", "Desember 2030"],
            [others[1], "30000000002", "Aktif", "2030-12"],
            [UnknownNik, "30000000003", "aktif", "2030-12"],
            [others[2], "30000000009", "aktif", "2030-12"],
            [others[3], "30000000009", "aktif", "2030-12"],
            [current.Nik, "30000000005", "nonaktif", string.Create(CultureInfo.InvariantCulture, $"{paidThrough.Month:00}/{paidThrough.Year}")],
            [RiduanSyahputra, "30000000006", "aktif", "2030-12"],
        ];
        // Every worker the programme has paid for and the branch does not list is a finding of its own.
        var missing = await StartedSponsoredNotListedAsync(list.Select(r => r[0]).ToList());
        var upload = Path.Combine(Path.GetTempPath(), $"bpjs-cabang-{Guid.NewGuid():N}.xlsx");
        using (var workbook = new XLWorkbook(await template.BytesAsync()))
        {
            var sheet = workbook.Worksheet("Data");
            for (var r = 0; r < list.Length; r++)
            {
                for (var c = 0; c < list[r].Length; c++)
                {
                    var cell = sheet.Cell(r + 2, c + 1);
                    cell.Style.NumberFormat.Format = "@";
                    cell.SetValue(list[r][c]);
                }
            }

            workbook.SaveAs(upload);
        }

        await Page.Locator("input[type=file]").SetInputFilesAsync(upload);

        var findings = 6 + missing;
        await Assertions.Expect(Page.Locator("[data-testid=rows-read]")).ToHaveTextAsync("7 baris dibaca");
        await Assertions.Expect(Page.Locator("[data-testid=matched-count]")).ToHaveTextAsync("5 cocok");
        await Assertions.Expect(Page.Locator("[data-testid=fill-count]")).ToHaveTextAsync("3 KPJ dapat diisi");
        await Assertions.Expect(Page.Locator("[data-testid=mismatch-count]")).ToHaveTextAsync($"{findings} selisih");
        await Assertions.Expect(Page.Locator("[data-testid=filter-NikTidakDikenal]")).ToHaveTextAsync("NIK tidak dikenal (1)");
        await Assertions.Expect(Page.Locator("[data-testid=filter-KpjGanda]")).ToHaveTextAsync("KPJ ganda (2)");
        await Assertions.Expect(Page.Locator("[data-testid=filter-DibayarKurang]")).ToHaveTextAsync("Dibayar kurang (1)");
        await Assertions.Expect(Page.Locator("[data-testid=filter-StatusNonaktif]")).ToHaveTextAsync("Nonaktif di BPJS (1)");
        await Assertions.Expect(Page.Locator("[data-testid=filter-TidakDisponsori]")).ToHaveTextAsync("Tidak disponsori (1)");
        await Assertions.Expect(Page.Locator("[data-testid=filter-TidakAdaDiBpjs]")).ToHaveTextAsync($"Tidak ada di daftar BPJS ({missing})");

        var rows = Page.Locator("[data-testid=mismatch-rows] tbody tr.mud-table-row");
        await Page.Locator("[data-testid=filter-KpjGanda]").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync(others[2][..6] + "••••••" + others[2][12..]);
        await Assertions.Expect(Page.Locator("[data-testid=mismatch-rows]")).Not.ToContainTextAsync(others[2]);
        await Page.Locator("[data-testid=filter-TidakDisponsori]").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("belum pernah disponsori");

        var report = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=download-mismatches]").ClickAsync());
        using (var reportBook = new XLWorkbook(await report.BytesAsync()))
        {
            var sheet = reportBook.Worksheet("Selisih");
            Assert.Equal(findings + 1, sheet.LastRowUsed().RowNumber());
            var niks = Enumerable.Range(2, findings).Select(r => sheet.Cell(r, 3).GetString()).ToList();
            Assert.All(niks, nik => Assert.Contains("••••••", nik, StringComparison.Ordinal));
        }

        await Page.Locator("[data-testid=fill-kpj]").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Isi", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=kpj-filled]")).ToContainTextAsync("3 nomor KPJ diisi");
        await Assertions.Expect(Page.Locator("[data-testid=fill-kpj]")).ToBeDisabledAsync();

        await Page.GotoAsync($"/pekerja/{await WorkerIdAsync(others[0])}");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("tr", new PageLocatorOptions { HasText = "No. KPJ" }).Locator("td")).ToHaveTextAsync("30000000001");
        await Assertions.Expect(Page.GetByText("Nomor KPJ 30000000001 diisi dari rekonsiliasi data BPJS Ketenagakerjaan")).ToBeVisibleAsync();
        Assert.Null(await KpjOfAsync(RiduanSyahputra));
        File.Delete(upload);
    }

    private async Task<AppDbContext> DbAsync() =>
        await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private async Task<(string Nik, YearMonth Start)> CurrentlySponsoredWithoutKpjAsync()
    {
        var current = YearMonth.FromDate(Wita.Today(TimeProvider.System));
        await using var db = await DbAsync();
        var found = await db.Sponsorships.AsNoTracking()
            .Where(s => s.Status == SponsorshipStatus.Aktif && s.StartMonth <= current && s.EndMonth >= current)
            .Join(db.Workers.Where(w => w.Kpj == null), s => s.WorkerId, w => w.Id, (s, w) => new { w.Nik, s.StartMonth, s.Id })
            .OrderBy(x => x.Id)
            .FirstAsync();
        return (found.Nik, found.StartMonth);
    }

    // Workers with a sponsorship that is not cancelled and no KPJ number yet, other than the one already chosen.
    private async Task<List<string>> SponsoredWithoutKpjAsync(int count, string except)
    {
        await using var db = await DbAsync();
        return await db.Workers.AsNoTracking()
            .Where(w => w.Kpj == null && w.Nik != except && db.Sponsorships.Any(s => s.WorkerId == w.Id && s.Status != SponsorshipStatus.Batal))
            .OrderBy(w => w.Id).Select(w => w.Nik).Take(count).ToListAsync();
    }

    private async Task<int> StartedSponsoredNotListedAsync(List<string> listed)
    {
        var current = YearMonth.FromDate(Wita.Today(TimeProvider.System));
        await using var db = await DbAsync();
        var started = await db.Sponsorships.AsNoTracking()
            .Where(s => (s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir) && s.StartMonth <= current)
            .Join(db.Workers, s => s.WorkerId, w => w.Id, (s, w) => w.Nik).Distinct().ToListAsync();
        return started.Count(nik => !listed.Contains(nik));
    }

    private async Task<string?> KpjOfAsync(string nik)
    {
        await using var db = await DbAsync();
        return await db.Workers.Where(w => w.Nik == nik).Select(w => w.Kpj).SingleAsync();
    }

    private async Task<int> WorkerIdAsync(string nik)
    {
        await using var db = await DbAsync();
        return await db.Workers.Where(w => w.Nik == nik).Select(w => w.Id).SingleAsync();
    }
}
