namespace CsrSponsorship.Core.Common;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);

public sealed record PageRequest(int Page = 0, int PageSize = 25)
{
    public int Skip => Math.Max(0, Page) * Take;

    public int Take => Math.Clamp(PageSize, 1, 500);
}
