using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
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

// The other large lists (decisions 0205, 0206), as the Admin opens them: the first page of 50 and a deep one, page 199
// (rows 9,951-10,000, the last a total capped at "more than 10,000" offers). The audit log's deep page starts after the
// last row of page 198, as the page asks for it when the officer pages on (keyset).
public static class ListMeasurements
{
    private const int Deep = 199;

    public static async Task<ListFigures> RunAsync(BenchApp app, int runs)
    {
        app.ActAs(Roles.Admin);
        var sponsorships = app.Get<SponsorshipService>();
        var invoices = app.Get<InvoiceService>();
        var payments = app.Get<PaymentService>();
        var audit = app.Get<AuditService>();
        var first = new PageRequest(0, 50);
        var deep = new PageRequest(Deep, 50);
        var before = (await audit.ListAsync(new AuditQuery(Page: new PageRequest(Deep - 1, 50)))).Items;
        var after = before.Count > 0 ? new AuditCursor(before[^1].AtUtc, before[^1].Id) : null;
        return new ListFigures(
            await Timing.MedianMsAsync(runs, _ => sponsorships.ListAsync(new SponsorshipQuery(Page: first))),
            await Timing.MedianMsAsync(runs, _ => sponsorships.ListAsync(new SponsorshipQuery(Page: deep))),
            await Timing.MedianMsAsync(runs, _ => invoices.ListAsync(new InvoiceQuery(Page: first))),
            await Timing.MedianMsAsync(runs, _ => invoices.ListAsync(new InvoiceQuery(Page: deep))),
            await Timing.MedianMsAsync(runs, _ => payments.ListAsync(new PaymentQuery(Page: first))),
            await Timing.MedianMsAsync(runs, _ => payments.ListAsync(new PaymentQuery(Page: deep))),
            await Timing.MedianMsAsync(runs, _ => audit.ListAsync(new AuditQuery(Page: first))),
            await Timing.MedianMsAsync(runs, _ => audit.ListAsync(new AuditQuery(Page: deep, After: after))),
            await Timing.MedianMsAsync(runs, _ => audit.ListAsync(new AuditQuery(Action: "Deleted", EntityType: "Payment", Page: first))));
    }
}

public sealed record ListFigures(
    double SponsorshipsMs, double SponsorshipsDeepMs, double InvoicesMs, double InvoicesDeepMs, double PaymentsMs, double PaymentsDeepMs,
    double AuditMs, double AuditDeepMs, double AuditFilteredMs);

public sealed record PageFigures(double ListFilteredMs, double ListUnfilteredMs, double ListNameMs, double DashboardMs, double PublicPageMs);
