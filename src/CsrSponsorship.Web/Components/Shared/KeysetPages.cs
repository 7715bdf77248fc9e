namespace CsrSponsorship.Web.Components.Shared;

// Keyset paging behind a numbered pager (decision 0206): remembers where each loaded page ended, so the next (or the
// previous) page starts after that row instead of skipping all rows before it. A page whose predecessor was never
// loaded (a jump to the last page) falls back to skipping. Forget() when the filter or the page size changes.
public sealed class KeysetPages<TCursor>
    where TCursor : class
{
    private readonly Dictionary<int, TCursor> lastOfPage = [];
    private int pageSize;

    public TCursor? After(int page, int size)
    {
        if (size != pageSize)
        {
            Forget();
            pageSize = size;
        }

        return page > 0 ? lastOfPage.GetValueOrDefault(page - 1) : null;
    }

    public void Loaded(int page, TCursor? last)
    {
        if (last is not null)
        {
            lastOfPage[page] = last;
        }
    }

    public void Forget() => lastOfPage.Clear();
}
