namespace CsrSponsorship.Core.Common;

// TotalIsLowerBound: the list stopped counting at TotalCount (a large list under a filter no index counts); the true
// total is larger, and the page says so (TotalText).
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, bool TotalIsLowerBound = false);

public static class TotalText
{
    // The pager's line: "1–50 dari 1.234" or, past the counting limit, "1–50 dari lebih dari 10.000 pekerja — persempit
    // pencarian untuk melihat jumlah pastinya".
    public static string Range(int first, int last, int total, bool isLowerBound, string what) =>
        isLowerBound
            ? $"{IndonesianFormat.Thousands(first)}–{IndonesianFormat.Thousands(last)} dari lebih dari {IndonesianFormat.Thousands(total)} {what} — persempit pencarian untuk melihat jumlah pastinya"
            : $"{IndonesianFormat.Thousands(first)}–{IndonesianFormat.Thousands(last)} dari {IndonesianFormat.Thousands(total)}";
}

public sealed record PageRequest(int Page = 0, int PageSize = 25)
{
    public int Skip => Math.Max(0, Page) * Take;

    public int Take => Math.Clamp(PageSize, 1, 500);
}
