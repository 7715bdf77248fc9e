using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Workers;

// How the worker list finds, counts, orders and pages its rows, and what a row shows the caller (WorkerService.SearchAsync
// and StreamAsync): the register's reading side, apart from its registration and review.
internal static class WorkerSearch
{
    // The page without reading the rows before it where the order allows (decision 0204): with the name order, after or
    // before the cursor's key along the name index, and a page nearer the end of an exact total from the end; OFFSET stays
    // for the other orders (no index serves them; their sort reads every match anyway) and a jump into the middle.
    // In the name order the page is taken from each part of the selection and merged (decision 0197), so each index reads
    // only what it contributes.
    internal static async Task<List<RowFacts>> PageAsync(
        AppDbContext db, Selection workers, WorkerQuery query, Caller caller, PageRequest page, int? exactTotal, CancellationToken ct)
    {
        if (query.SortBy != WorkerSort.Name)
        {
            return await Project(Order(workers.All, query, caller).Skip(page.Skip).Take(page.Take)).ToListAsync(ct);
        }

        if ((query.AfterId ?? query.BeforeId) is { } id
            && await db.Workers.Where(w => w.Id == id).Select(w => w.NormalizedName).FirstOrDefaultAsync(ct) is { } name)
        {
            var forward = query.AfterId is not null;
            var rows = await Project(workers.Rows(w => WorkerNameOrder.From(w, name, id, forward, query.Descending), 0, page.Take)).ToListAsync(ct);
            if (forward)
            {
                return rows;
            }

            rows.Reverse();
            if (rows.Count == page.Take)
            {
                return rows;
            }

            // Fewer rows before the cursor than a page (some were removed since): the first page.
            page = page with { Page = 0 };
        }

        if (exactTotal is { } total && total - page.Skip - page.Take < page.Skip)
        {
            var end = Math.Min(page.Skip + page.Take, total);
            List<RowFacts> rows = end <= page.Skip
                ? []
                : await Project(workers.Rows(w => WorkerNameOrder.Of(w, query.Descending, backwards: true), total - end, end - page.Skip)).ToListAsync(ct);
            rows.Reverse();
            return rows;
        }

        return await Project(workers.Rows(w => Order(w, query, caller), page.Skip, page.Take)).ToListAsync(ct);
    }

    // Totals without counting a million rows (decision 0212): a filter on kecamatan, desa and status only (or none) is
    // summed from WorkerCounts, which the database's triggers keep; any other filter is counted up to ListCounting.Limit + 1
    // rows, and past the limit the list says "more than 10.000".
    internal static async Task<(int Total, bool IsLowerBound)> CountAsync(AppDbContext db, Selection workers, WorkerQuery query, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(query.Search) && string.IsNullOrWhiteSpace(query.OccupationCode) && query.Sex is null
            && query.MinAge is null && query.MaxAge is null && query.NeedsReview is null)
        {
            var counts = db.WorkerCounts.AsQueryable();
            if (!string.IsNullOrWhiteSpace(query.KecamatanCode))
            {
                counts = counts.Where(c => c.KecamatanCode == query.KecamatanCode);
            }

            if (!string.IsNullOrWhiteSpace(query.DesaCode))
            {
                counts = counts.Where(c => c.DesaCode == query.DesaCode);
            }

            if (query.Status is { } status)
            {
                counts = counts.Where(c => c.Status == status);
            }

            return (await counts.SumAsync(c => c.Count, ct), false);
        }

        // Every other filter, the name search's parts among them, is counted part by part up to the limit.
        return await ListCounting.CountAsync(workers.Parts, ct);
    }

    internal static Selection Filter(AppDbContext db, WorkerQuery query, Caller caller, DateOnly today)
    {
        var workers = db.Workers.AsNoTracking();
        IReadOnlyList<IQueryable<Worker>> parts = [workers];
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            parts = WorkerFilters.IsNikSearch(term) ? [workers.NikMatches(term, caller)] : workers.NameParts(db, term);
        }

        return new Selection([.. parts.Select(part => Narrow(part, query, caller, today))]);
    }

    // Every filter but the search term, applied to each part of the selection.
    private static IQueryable<Worker> Narrow(IQueryable<Worker> workers, WorkerQuery query, Caller caller, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(query.KecamatanCode))
        {
            workers = workers.Where(w => w.KecamatanCode == query.KecamatanCode);
        }

        if (query.Status is { } status)
        {
            workers = workers.Where(w => w.Status == status);
        }

        var byYear = !PersonalDataPolicy.SeesEveryoneInFull(caller);
        workers = workers.Matching(query.DesaCode, query.OccupationCode, query.Sex, query.MinAge, query.MaxAge, today, byYear);

        if (query.NeedsReview is { } needsReview)
        {
            workers = needsReview ? workers.Where(w => w.ReviewReason != null) : workers.Where(w => w.ReviewReason == null);
        }

        return workers;
    }

    internal static IOrderedQueryable<Worker> Order(IQueryable<Worker> workers, WorkerQuery query, Caller caller)
    {
        var byYear = !PersonalDataPolicy.SeesEveryoneInFull(caller);
        return (query.SortBy, query.Descending) switch
        {
            // A row's rank among exact birth dates would place a masked worker's birthday between two known ones.
            (WorkerSort.BirthDate, false) when byYear => workers.OrderBy(w => w.BirthDate.Year).ThenBy(w => w.NormalizedName).ThenBy(w => w.Id),
            (WorkerSort.BirthDate, true) when byYear => workers.OrderByDescending(w => w.BirthDate.Year).ThenBy(w => w.NormalizedName).ThenBy(w => w.Id),
            (WorkerSort.RegisteredAt, false) => workers.OrderBy(w => w.RegisteredAtUtc).ThenBy(w => w.Id),
            (WorkerSort.RegisteredAt, true) => workers.OrderByDescending(w => w.RegisteredAtUtc).ThenByDescending(w => w.Id),
            (WorkerSort.BirthDate, false) => workers.OrderBy(w => w.BirthDate).ThenBy(w => w.Id),
            (WorkerSort.BirthDate, true) => workers.OrderByDescending(w => w.BirthDate).ThenBy(w => w.Id),
            (WorkerSort.Desa, false) => workers.OrderBy(w => w.DesaCode).ThenBy(w => w.NormalizedName),
            (WorkerSort.Desa, true) => workers.OrderByDescending(w => w.DesaCode).ThenBy(w => w.NormalizedName),
            (_, true) => workers.OrderByDescending(w => w.NormalizedName).ThenBy(w => w.Id),
            _ => workers.OrderBy(w => w.NormalizedName).ThenBy(w => w.Id),
        };
    }

    internal static IQueryable<RowFacts> Project(IQueryable<Worker> workers) =>
        workers.Select(w => new RowFacts(
            w.Id, w.Nik, w.FullName, w.Sex, w.BirthDate, w.DesaCode, w.OccupationCode, w.OccupationOther, w.Status, w.ReviewReason,
            w.RegisteredAtUtc, w.RegisteredByUserId));

    internal static WorkerRow ToRow(RowFacts w, Caller caller, IReadOnlyDictionary<string, DesaInfo> desa, DateOnly today)
    {
        var by = w.RegisteredByUserId;
        return new WorkerRow(
            w.Id, PersonalDataPolicy.Nik(caller, w.Nik, by), w.FullName, w.Sex, PersonalDataPolicy.BirthDate(caller, w.BirthDate, by), w.BirthDate.Year,
            PersonalDataPolicy.AgeOn(caller, w.BirthDate, by, today), desa[w.DesaCode].Name, desa[w.DesaCode].KecamatanName,
            WorkerService.OccupationName(w.OccupationCode, w.OccupationOther), w.Status, PersonalDataPolicy.ReviewReason(caller, w.ReviewReason, by), w.RegisteredAtUtc);
    }

    // The filtered workers as disjoint parts: one, or the name index's parts (WorkerNameIndex.NameMatchParts) each with every
    // other filter.
    internal sealed record Selection(IReadOnlyList<IQueryable<Worker>> Parts)
    {
        public IQueryable<Worker> All => Parts.Aggregate((all, part) => all.Concat(part));

        // Rows skip .. skip + take of an order that is total (it ends with Id): the first skip + take of every part, merged.
        // A row among the first n of the whole is among the first n of its own part, which holds only rows of the whole.
        public IQueryable<Worker> Rows(Func<IQueryable<Worker>, IOrderedQueryable<Worker>> order, int skip, int take)
        {
            var merged = Parts.Count == 1 ? order(Parts[0]) : order(Parts.Select(part => order(part).Take(skip + take)).Aggregate((all, part) => all.Concat(part)));
            return skip == 0 ? merged.Take(take) : merged.Skip(skip).Take(take);
        }
    }

    internal sealed record RowFacts(
        int Id, string Nik, string FullName, Sex Sex, DateOnly BirthDate, string DesaCode, string OccupationCode, string? OccupationOther,
        WorkerStatus Status, string? ReviewReason, DateTime RegisteredAtUtc, string RegisteredByUserId);
}
