using CsrSponsorship.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data;

// A large list's total without counting the whole table on every page (decision 0205): at most Limit + 1 rows of the
// filtered query are counted; past the limit the page says "lebih dari 10.000" (TotalText, TotalNote).
public static class ListCounting
{
    public const int Limit = 10_000;

    public static async Task<PagedResult<T>> PageAsync<T, TRow>(
        IQueryable<TRow> filtered, IReadOnlyList<T> items, CancellationToken ct, int limit = Limit)
    {
        var counted = await filtered.Take(limit + 1).CountAsync(ct);
        return counted > limit ? new PagedResult<T>(items, limit, true) : new PagedResult<T>(items, counted);
    }
}
