using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Workers;

namespace CsrSponsorship.Benchmarks.Scale;

// What the list, dashboard and public pages ask of their services, as the Disnakerind officer who opens them.
public static class PageMeasurements
{
    private const string Kintap = "63.01.07";

    public static async Task<PageFigures> RunAsync(BenchApp app, int runs)
    {
        app.ActAs(Roles.Disnakerind);
        var workers = app.Get<WorkerService>();
        var dashboards = app.Get<DashboardService>();
        var coverage = app.Get<CoverageService>();
        var page = new PageRequest(0, 50);
        return new PageFigures(
            await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(new WorkerQuery(KecamatanCode: Kintap, Page: page))),
            await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(new WorkerQuery(Page: page))),
            await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(new WorkerQuery(Search: "siti", Page: page))),
            await Timing.MedianMsAsync(runs, _ => dashboards.DisnakerindAsync()),
            await Timing.MedianMsAsync(runs, _ => coverage.GetAsync()));
    }
}

public sealed record PageFigures(double ListFilteredMs, double ListUnfilteredMs, double ListNameMs, double DashboardMs, double PublicPageMs);
