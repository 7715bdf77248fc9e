using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using CsrSponsorship.Web.Features.Workers;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;

namespace CsrSponsorship.Tests.Web;

// The worker list is the page most tabs stay open on; each open tab is a circuit that keeps the page's components in
// the server's memory (decision 0216), so the long option lists exist only while their select is open.
public sealed class WorkersPageTests : MudTestContext
{
    private TestApp app = default!;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAs(Roles.Disnakerind, userId: "disnaker-list");
        foreach (var name in (string[])["Siti Aminah", "Siti Rahmah", "Ahmad Baseri"])
        {
            await app.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder().With(d => d.FullName = name).Build());
        }

        UseWorkerPagesAsDisnakerind(app);
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_kecamatan_and_occupation_lists_are_drawn_only_while_their_select_is_open()
    {
        var popover = RenderPopoverProvider();
        var page = Render<WorkersPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=worker-grid] tbody tr.mud-table-row").Count));
        Assert.Empty(page.FindComponents<MudSelectItem<string>>());

        page.Find(".mud-select:has([data-testid=filter-kecamatan]) .mud-input-control").MouseDown();

        var kecamatan = await app.Get<WilayahService>().ListKecamatanAsync();
        popover.WaitForAssertion(() => Assert.Equal(kecamatan.Count, popover.FindAll(".mud-popover-open .mud-list-item").Count));
        popover.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Contains("Kintap", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.DoesNotContain(page.FindComponents<MudSelectItem<string>>(), i => kecamatan.Any(k => k.Code == i.Instance.Value)));
        Assert.Equal("Kintap", page.Find("input[data-testid=filter-kecamatan]").GetAttribute("value"));
    }

    [Fact]
    public void Typing_a_name_searches_once_the_typing_pauses_with_the_last_text()
    {
        var page = Render<WorkersPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=worker-grid] tbody tr.mud-table-row").Count));
        var search = page.FindComponent<MudTextField<string>>();

        foreach (var text in (string[])["s", "si", "sit", "siti"])
        {
            page.Find("input[data-testid=worker-search]").Input(text);
        }

        // The field waits for a pause before it searches (no query per keystroke), and the pause is short enough for
        // the answer to come within a quarter of a second (docs/performance.md, "Search with 100 open circuits").
        Assert.True(search.Instance.Immediate);
        Assert.InRange(search.Instance.DebounceInterval, 100, 200);
        page.WaitForAssertion(() =>
        {
            Assert.Equal("siti", search.Instance.GetState(x => x.Value));
            var names = page.FindAll("[data-testid=worker-grid] tbody tr.mud-table-row [data-testid=row-link]").Select(a => a.TextContent).ToList();
            Assert.Equal(["Siti Aminah", "Siti Rahmah"], names.Order(StringComparer.Ordinal));
        }, TimeSpan.FromSeconds(10));
    }

    // The pager's "next" and "previous" go on from the page shown by cursor (decision 0204); what the user sees is the
    // same name order as before, page for page.
    [Fact]
    public async Task The_pagers_next_previous_and_last_buttons_show_the_pages_of_the_name_order()
    {
        for (var i = 1; i <= 24; i++)
        {
            await app.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder().With(d => d.FullName = $"Pekerja {i:00}").Build());
        }

        var page = Render<WorkersPage>();
        string[] Names() => [.. page.FindAll("[data-testid=worker-grid] tbody tr.mud-table-row [data-testid=row-link]").Select(a => a.TextContent)];
        string[] firstPage = ["Ahmad Baseri", .. Enumerable.Range(1, 24).Select(i => $"Pekerja {i:00}")];
        page.WaitForAssertion(() => Assert.Equal(firstPage, Names()));

        // First, previous, next, last.
        page.FindAll(".mud-table-pagination-actions button")[2].Click();
        page.WaitForAssertion(() => Assert.Equal(["Siti Aminah", "Siti Rahmah"], Names()));
        page.FindAll(".mud-table-pagination-actions button")[1].Click();
        page.WaitForAssertion(() => Assert.Equal(firstPage, Names()));
        page.FindAll(".mud-table-pagination-actions button")[3].Click();
        page.WaitForAssertion(() => Assert.Equal(["Siti Aminah", "Siti Rahmah"], Names()));
    }
}
