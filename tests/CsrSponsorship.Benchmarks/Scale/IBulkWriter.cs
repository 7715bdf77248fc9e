namespace CsrSponsorship.Benchmarks.Scale;

// One engine's fast path for many rows in one go: a table at a time, rows as TableShape values, committed once.
public interface IBulkWriter : IAsyncDisposable
{
    void BeginTable(TableShape table);

    void Write(object?[] values);

    void EndTable();

    // After every table: makes the rows visible and leaves the database as the app expects (identity counters, statistics).
    Task CommitAsync(IReadOnlyList<TableShape> tables);
}
