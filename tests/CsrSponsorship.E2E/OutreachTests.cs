using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E;

// Sosialisasi (issue 21): the labour office plans one in Kintap with three companies present and records it as held;
// one of those companies later pledges and adopts, and the outreach report shows one of three converted.
public sealed class OutreachTests(AppFixture app) : BrowserTest(app)
{
    private readonly ScanData data = new(app);

    [Fact]
    public async Task A_sosialisasi_in_Kintap_with_three_companies_shows_one_of_three_converted_after_one_pledges_and_adopts()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var title = "Sosialisasi BPU Sungai Cuka " + tag;
        var companies = await data.NewCompaniesAsync("63.01.07.2004", $"PT Satu {tag}", $"PT Dua {tag}", $"PT Tiga {tag}");
        // Recorded the day after: planned for yesterday at 09.00 WITA, so it can be marked held at once.
        var yesterday = Wita.Today(TimeProvider.System).AddDays(-1);
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/sosialisasi/baru");
        await WaitForInteractiveAsync();
        await Page.Locator("input[data-testid=outreach-title]").FillAsync(title);
        await ChooseAsync("outreach-audience", "Kunjungan perusahaan");
        var date = Page.Locator("input[data-testid=outreach-date]");
        await date.FillAsync(yesterday.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await date.PressAsync("Tab");
        await ChooseAsync("outreach-desa", "Sungai Cuka");
        await Page.Locator("input[data-testid=outreach-team]").FillAsync("Disnakerind dan BPJS Ketenagakerjaan Cabang Tanah Laut");
        await Page.Locator(".mud-select:has([data-testid=outreach-companies])").First.ClickAsync();
        foreach (var company in companies)
        {
            await Page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = company }).First.ClickAsync();
        }

        await CloseOpenListAsync();
        await Page.Locator("[data-testid=save-outreach]").ClickAsync();

        await WaitForPathMatchingAsync("^/sosialisasi/[0-9]+$");
        await Assertions.Expect(Page.Locator("#page-title")).ToHaveTextAsync(title);
        await Page.Locator("[data-testid=mark-held]").ClickAsync();
        await Page.Locator("input[data-testid=attendees]").FillAsync("35");
        await Page.Locator("[data-testid=confirm-held]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=outreach-status]")).ToHaveTextAsync("Terlaksana");
        await Assertions.Expect(Page.Locator("[data-testid=outreach-converted]")).ToContainTextAsync("0 dari 3");
        // The attendance sheet, photographed: kept as a JPEG by its content.
        await Page.Locator("[data-testid=outreach-attachments] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "daftar-hadir.jpg", MimeType = "image/jpeg", Buffer = [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[2048]],
        });
        await Assertions.Expect(Page.Locator("[data-testid=attachment-list]")).ToContainTextAsync("daftar-hadir.jpg");
        var path = await PathAsync();

        // One of them answers a circular with a pledge and adopts a worker.
        await data.ConvertAsync(companies[1]);

        await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("[data-testid=outreach-converted]")).ToContainTextAsync("1 dari 3");
        await Page.GotoAsync("/sosialisasi/laporan");
        await WaitForInteractiveAsync();
        var row = Page.Locator("[data-testid=outreach-activity-table] tbody tr", new PageLocatorOptions { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("1 dari 3 perusahaan mengadopsi");
        await Assertions.Expect(Page.Locator("[data-testid=outreach-report-chart] svg")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_company_visit_without_companies_is_refused_with_the_reason()
    {
        await SignedInAsync("disnaker@demo.local");
        await Page.GotoAsync("/sosialisasi/baru");
        await WaitForInteractiveAsync();
        await Page.Locator("input[data-testid=outreach-title]").FillAsync("Kunjungan tanpa perusahaan");
        await ChooseAsync("outreach-audience", "Kunjungan perusahaan");
        await Page.Locator("[data-testid=save-outreach]").ClickAsync();

        await Assertions.Expect(Page.Locator("body")).ToContainTextAsync("Kunjungan perusahaan mencatat paling sedikit satu perusahaan yang hadir.");
        Assert.Equal("/sosialisasi/baru", await PathAsync());
    }
}
