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

    // The same for rows given as disjoint parts (WorkerNameIndex.NameMatchParts), part by part: each is counted up to what
    // the limit still allows, and once the sum passes it the later parts are not read at all (a frequent first name's
    // range is over the limit on its own, so its second part, the trigram index, is not evaluated for the count). Only
    // the count is read (index-only where an index covers a part's condition).
    public static async Task<(int Total, bool IsLowerBound)> CountAsync<TRow>(IReadOnlyList<IQueryable<TRow>> parts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var total = 0;
        foreach (var part in parts)
        {
            total += await part.Take(Limit + 1 - total).CountAsync(ct);
            if (total > Limit)
            {
                return (Limit, true);
            }
        }

        return (total, false);
    }
}
