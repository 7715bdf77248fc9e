using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Workers;

// The worker list's name order and its cursor (decision 0204): NormalizedName, then Id, both served by the name index
// (SQLite keeps the rowid at the end of every index entry; PostgreSQL sorts the rare equal names by Id).
internal static class WorkerNameOrder
{
    // The name order is name ascending (or descending), then Id ascending; going backwards reverses both.
    public static IOrderedQueryable<Worker> Of(IQueryable<Worker> workers, bool descending, bool backwards)
    {
        var byName = descending != backwards ? workers.OrderByDescending(w => w.NormalizedName) : workers.OrderBy(w => w.NormalizedName);
        return backwards ? byName.ThenByDescending(w => w.Id) : byName.ThenBy(w => w.Id);
    }

    // The rows after (forward) or before the worker (name, id) in the name order, nearest first. The name bound alone is
    // a range of the name index; the Id only breaks ties between equal names.
    public static IOrderedQueryable<Worker> From(IQueryable<Worker> workers, string name, int id, bool forward, bool descending)
    {
#pragma warning disable CA1309 // Translated to SQL comparisons in the column's collation, the one ORDER BY uses.
        workers = forward != descending
            ? workers.Where(w => string.Compare(w.NormalizedName, name) >= 0)
            : workers.Where(w => string.Compare(w.NormalizedName, name) <= 0);
#pragma warning restore CA1309
        workers = forward
            ? workers.Where(w => w.NormalizedName != name || w.Id > id)
            : workers.Where(w => w.NormalizedName != name || w.Id < id);
        return Of(workers, descending, backwards: !forward);
    }
}
