using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// One-stop desks as places (issue 21): the office keeps a desk's hours and agents; a registration by the desk's agent is
// attributed to it; the desk report shows it.
public sealed class DeskTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_labour_officer_changes_the_Liang_Anggang_desks_hours_and_sees_them_on_the_desk()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/loket-layanan");
        await WaitForInteractiveAsync();
        var grid = Page.Locator("[data-testid=desk-grid]");
        await Assertions.Expect(grid).ToContainTextAsync("Layanan Satu Pintu Kantor Kecamatan Bati Bati");

        await Page.Locator("input[data-testid=desk-search]").FillAsync("liang");
        var rows = grid.Locator("tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Fajar Loket (demo)");
        await rows.First.ClickAsync();
        await WaitForPathMatchingAsync("^/loket-layanan/[0-9]+$");
        await Assertions.Expect(Page.Locator("#page-title")).ToHaveTextAsync("Layanan Satu Pintu Desa Liang Anggang");

        await Page.Locator("[data-testid=edit-desk]").ClickAsync();
        await WaitForPathMatchingAsync("^/loket-layanan/[0-9]+/ubah$");
        await WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Sabtu" }).CheckAsync();
        await ChooseAsync("desk-closes", "15.00");
        await Page.Locator("[data-testid=save-desk]").ClickAsync();

        await WaitForPathMatchingAsync("^/loket-layanan/[0-9]+$");
        await Assertions.Expect(Page.Locator("[data-testid=desk-hours]")).ToHaveTextAsync("Senin–Sabtu, 08.00–15.00 WITA");
    }

    [Fact]
    public async Task A_desk_without_hours_is_refused_with_the_reason_and_nothing_is_added()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/loket-layanan/baru");
        await WaitForInteractiveAsync();
        await Page.Locator("input[data-testid=desk-name]").FillAsync("Loket Tanpa Hari");
        foreach (var day in new[] { "Senin", "Selasa", "Rabu", "Kamis", "Jumat" })
        {
            await Page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = day }).UncheckAsync();
        }

        await Page.Locator("[data-testid=save-desk]").ClickAsync();

        await Assertions.Expect(Page.Locator(".field-error").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("body")).ToContainTextAsync("Pilih paling sedikit satu hari buka.");
        await Assertions.Expect(Page.Locator("body")).ToContainTextAsync("Pilih desa/kelurahan tempat loket berada.");
        Assert.Equal("/loket-layanan/baru", await PathAsync());
    }

    [Fact]
    public async Task The_Liang_Anggang_agent_registers_a_worker_who_counts_for_his_desk()
    {
        await SignedInAsync("loket@demo.local");
        await Page.GotoAsync("/pekerja/baru");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("[data-testid=registration-desk]")).ToContainTextAsync("Layanan Satu Pintu Desa Liang Anggang");

        // 63 01 05 | 15th, a man | 08 | 90 | 0421
        await Page.Locator("input[data-testid=nik]").FillAsync("6301051508900421");
        await Page.Locator("input[data-testid=nik]").BlurAsync();
        await Page.Locator("input[data-testid=full-name]").FillAsync("Rusdi Anwar");
        await Page.Locator("input[data-testid=birth-place]").FillAsync("Bati-Bati");
        await ChooseAsync("kecamatan", "Bati Bati");
        await ChooseAsync("desa", "Liang Anggang");
        await Page.Locator("input[data-testid=address]").FillAsync("Jl. A. Yani Km 21");
        await ChooseAsync("occupation", "Pedagang");
        await Page.Locator("[data-testid=save-worker]").ClickAsync();

        await WaitForPathMatchingAsync("^/pekerja/[0-9]+$");
        await Assertions.Expect(Page.Locator("[data-testid=worker-desk]")).ToHaveTextAsync("Layanan Satu Pintu Desa Liang Anggang");

        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/loket-layanan/laporan");
        await WaitForInteractiveAsync();
        var table = Page.Locator("[data-testid=desk-report-table]");
        var liang = table.Locator("tbody tr", new LocatorLocatorOptions { HasText = "Liang Anggang" });
        // Other stories register at the same desk: at least this one is counted this month.
        await Assertions.Expect(liang.Locator("td").First).Not.ToHaveTextAsync("0");
        await Assertions.Expect(Page.Locator("[data-testid=desk-report-chart] svg")).ToBeVisibleAsync();
    }
}
