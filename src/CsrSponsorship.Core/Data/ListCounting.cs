using CsrSponsorship.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data;

// A large list's total without counting the whole table on every page (decision 0205): at most Limit + 1 rows of the
// filtered query are counted; past the limit the page says "lebih dari 10.000" (TotalText, TotalNote).
public static class ListCounting
{
    public const int Limit = 10_000;

    public static async Task<PagedResult<T>> PageAsync<T, TRow>(IQueryable<TRow> filtered, IReadOnlyList<T> items, CancellationToken ct)
    {
        var (total, isLowerBound) = await CountAsync(filtered, ct);
        return new PagedResult<T>(items, total, isLowerBound);
    }

    // The total of the filtered rows, or Limit and true when there are more.
    public static async Task<(int Total, bool IsLowerBound)> CountAsync<TRow>(IQueryable<TRow> filtered, CancellationToken ct)
    {
        var counted = await filtered.Take(Limit + 1).CountAsync(ct);
        return counted > Limit ? (Limit, true) : (counted, false);
    }

    // The same for rows given as disjoint parts (WorkerNameIndex.NameMatchParts), in one statement: each part stops at
    // Limit + 1 rows, so their sum passes the limit exactly when the whole does. Only the count is read (index-only where
    // an index covers a part's condition).
    public static Task<(int Total, bool IsLowerBound)> CountAsync<TRow>(IReadOnlyList<IQueryable<TRow>> parts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Count == 1
            ? CountAsync(parts[0], ct)
            : CountAsync(parts.Select(part => part.Take(Limit + 1).Select(_ => 1)).Aggregate((all, part) => all.Concat(part)), ct);
    }
}
