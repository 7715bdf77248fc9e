using System.Globalization;
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
    private const int DashboardCounts = 5;

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
            // The count behind the kept summary (decision 0198), as the page's "Hitung ulang sekarang" asks for it: at
            // most once per interval per instance, so a median of five (about 6 s at 1M).
            await Timing.MedianMsAsync(Math.Min(runs, DashboardCounts), _ => dashboards.DisnakerindAsync(recount: true)),
            await Timing.MedianMsAsync(runs, _ => coverage.GetAsync()));
    }

    // `--lists-only`: the three list keys, and the pages the pager's buttons ask for (decision 0204): the next page after
    // a cursor deep in the list, the page before it, the last page, and a NIK prefix.
    public static async Task<string> ListsAsync(BenchApp app, int runs)
    {
        app.ActAs(Roles.Disnakerind);
        var workers = app.Get<WorkerService>();
        var page = new PageRequest(0, 50);
        var figures = new Dictionary<string, double>
        {
            ["list_filtered_ms"] = await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(new WorkerQuery(KecamatanCode: Kintap, Page: page))),
            ["list_unfiltered_ms"] = await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(new WorkerQuery(Page: page))),
            ["list_name_ms"] = await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(new WorkerQuery(Search: "siti", Page: page))),
        };
        foreach (var (name, query) in new[] { ("unfiltered", new WorkerQuery()), ("filtered", new WorkerQuery(KecamatanCode: Kintap)), ("name", new WorkerQuery(Search: "siti")) })
        {
            var deep = await workers.SearchAsync(query with { Page = new PageRequest(20, 50) });
            var cursor = deep.Items[^1].Id;
            var last = (Math.Min(deep.TotalCount, 1_000_000) - 1) / 50;
            figures[$"list_{name}_next_ms"] = await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(query with { Page = new PageRequest(21, 50), AfterId = cursor }));
            figures[$"list_{name}_previous_ms"] = await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(query with { Page = new PageRequest(19, 50), BeforeId = cursor }));
            figures[$"list_{name}_last_ms"] = await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(query with { Page = new PageRequest(last, 50) }));
        }

        // About 1 in 36,000 names, and about 1 in 600 (near where the walk takes over from sorting at 1M).
        figures["list_rare_name_ms"] = await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(new WorkerQuery(Search: "zainal hidayat santoso", Page: page)));
        figures["list_medium_name_ms"] = await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(new WorkerQuery(Search: "taufik wijaya", Page: page)));
        var nik = (await workers.SearchAsync(new WorkerQuery(Page: page))).Items[0].Nik;
        figures["list_nik_prefix_ms"] = await Timing.MedianMsAsync(runs, _ => workers.SearchAsync(new WorkerQuery(Search: nik[..10], Page: page)));
        return string.Join(Environment.NewLine, figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"  {f.Key}: {f.Value:0.###}")));
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
        // Each deep page as the pager asks for it after page 198: from that page's last row (keyset).
        var sponsorshipAfter = SponsorshipCursor.LastOf((await sponsorships.ListAsync(new SponsorshipQuery(Page: new PageRequest(Deep - 1, 50)))).Items);
        var invoicesBefore = (await invoices.ListAsync(new InvoiceQuery(Page: new PageRequest(Deep - 1, 50)))).Items;
        int? invoiceAfter = invoicesBefore.Count > 0 ? invoicesBefore[^1].Id : null;
        var paymentAfter = PaymentCursor.LastOf((await payments.ListAsync(new PaymentQuery(Page: new PageRequest(Deep - 1, 50)))).Items);
        return new ListFigures(
            await Timing.MedianMsAsync(runs, _ => sponsorships.ListAsync(new SponsorshipQuery(Page: first))),
            await Timing.MedianMsAsync(runs, _ => sponsorships.ListAsync(new SponsorshipQuery(Page: deep, After: sponsorshipAfter))),
            await Timing.MedianMsAsync(runs, _ => invoices.ListAsync(new InvoiceQuery(Page: first))),
            await Timing.MedianMsAsync(runs, _ => invoices.ListAsync(new InvoiceQuery(Page: deep, AfterId: invoiceAfter))),
            await Timing.MedianMsAsync(runs, _ => payments.ListAsync(new PaymentQuery(Page: first))),
            await Timing.MedianMsAsync(runs, _ => payments.ListAsync(new PaymentQuery(Page: deep, After: paymentAfter))),
            await Timing.MedianMsAsync(runs, _ => audit.ListAsync(new AuditQuery(Page: first))),
            await Timing.MedianMsAsync(runs, _ => audit.ListAsync(new AuditQuery(Page: deep, After: after))),
            await Timing.MedianMsAsync(runs, _ => audit.ListAsync(new AuditQuery(Action: "Deleted", EntityType: "Payment", Page: first))));
    }
}

public sealed record ListFigures(
    double SponsorshipsMs, double SponsorshipsDeepMs, double InvoicesMs, double InvoicesDeepMs, double PaymentsMs, double PaymentsDeepMs,
    double AuditMs, double AuditDeepMs, double AuditFilteredMs);

public sealed record PageFigures(double ListFilteredMs, double ListUnfilteredMs, double ListNameMs, double DashboardMs, double DashboardCountMs, double PublicPageMs);
