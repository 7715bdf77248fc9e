using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Invoicing;

// How invoices are listed and shown: the filtered list query and the records pages and documents read.
internal static class InvoiceViews
{
    internal static IQueryable<InvoiceJoin> Filter(AppDbContext db, InvoiceQuery query, Caller caller, DateOnly today)
    {
        var rows = Rows(db);
        if (caller.Role == Roles.Csr)
        {
            var own = caller.RequireCompany();
            rows = rows.Where(r => r.I.CompanyId == own && r.I.Status != InvoiceStatus.Draf);
        }
        else if (query.CompanyId is { } companyId)
        {
            rows = rows.Where(r => r.I.CompanyId == companyId);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(r => r.I.Status == status);
        }

        if (query.PeriodYear is { } year)
        {
            var from = new Domain.Contributions.YearMonth(year, 1);
            var to = new Domain.Contributions.YearMonth(year, 12);
            rows = rows.Where(r => r.I.PeriodStart <= to && r.I.PeriodEnd >= from);
        }

        if (query.OverdueOnly == true)
        {
            rows = rows.Where(r => (r.I.Status == InvoiceStatus.Terbit || r.I.Status == InvoiceStatus.SebagianDibayar) && r.I.DueDate < today);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Contains(query.Search);
            rows = rows.Where(r => TextSearch.Like(r.I.Number, pattern) || TextSearch.Like(r.CompanyName, pattern));
        }

        return rows;
    }

    internal static IReadOnlyList<InvoiceLineView> Lines(Invoice invoice) =>
        [.. invoice.Lines.OrderBy(l => l.SortOrder).Select(l => new InvoiceLineView(
            l.SortOrder, l.Programme, l.IsDiscount, l.Description, l.Participants, l.Months, l.UnitAmount, l.Amount))];

    internal static IReadOnlyList<InvoiceWorkerView> Workers(Invoice invoice) =>
        [.. invoice.Workers.OrderBy(w => w.WorkerName, StringComparer.Ordinal).ThenBy(w => w.PeriodStart).Select(w => new InvoiceWorkerView(
            w.SponsorshipId, w.WorkerId, w.WorkerName, w.MaskedNik, w.DesaName, w.OccupationName, w.Programmes, w.PeriodStart, w.PeriodEnd,
            w.Months, w.Amount))];

    internal static InvoiceRow ToRow(Invoice i, string companyName, DateOnly today) => new(
        i.Id, i.Number, i.CompanyId, companyName, i.IssueDate, i.DueDate, i.Total, i.PaidAmount, i.Outstanding, i.Status, i.IsOverdue(today),
        new InvoicePeriod(i.PeriodStart, i.PeriodEnd), i.CoverageAheadOfPayment);

    internal static IQueryable<InvoiceJoin> Rows(AppDbContext db) =>
        from i in db.Invoices.AsNoTracking()
        join c in db.Companies.AsNoTracking() on i.CompanyId equals c.Id
        select new InvoiceJoin { I = i, CompanyName = c.LegalName };

    internal sealed class InvoiceJoin
    {
        public required Invoice I { get; init; }

        public required string CompanyName { get; init; }
    }
}
