using CsrSponsorship.Core.Data;
using Microsoft.Data.Sqlite;

namespace CsrSponsorship.Benchmarks.Scale;

// One transaction, one prepared INSERT per table reused for every row, bound by position (SqliteRowStatement: stored as
// EF's type mappings and Microsoft.Data.Sqlite store them, checked on each table's first rows). The Workers triggers and
// indexes are off during the load and rebuilt once before the commit (decision 0207).
public sealed class SqliteBulkWriter : IBulkWriter
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly DatabaseEngine engine;
    private readonly List<string> indexes = [];
    private SqliteRowStatement? insert;
    private WorkerBulkLoad? workers;

    private SqliteBulkWriter(SqliteConnection connection, DatabaseEngine engine)
    {
        this.connection = connection;
        this.engine = engine;
        transaction = connection.BeginTransaction();
    }

    public static async Task<SqliteBulkWriter> OpenAsync(string databasePath, DatabaseEngine engine)
    {
        // Leaving WAL mode needs the file to itself: the app's idle pooled connections (the migration's) are closed first.
        SqliteConnection.ClearAllPools();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        using (var pragma = connection.CreateCommand())
        {
            // A bigger page cache keeps the index pages of a million rows in memory while they are filled; a throwaway
            // file needs no fsync (the tool's own connection only: the app keeps synchronous = NORMAL) and no journal: in
            // WAL mode the whole 1.8 GB went to the WAL and then again into the file at the commit (12 s at 1M; without a
            // journal the commit takes 0.3 s, and a failed seed leaves a file the next run replaces anyway). The index
            // builds sort with a helper thread (threads = 2).
            pragma.CommandText = "PRAGMA cache_size = -262144; PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF; PRAGMA threads = 2;";
            if (await pragma.ExecuteScalarAsync() is not "off")
            {
                throw new InvalidOperationException("the file to seed is in use by another connection (journal_mode stayed WAL)");
            }
        }

        var writer = new SqliteBulkWriter(connection, engine);
        writer.workers = await engine.BeginWorkerBulkLoadAsync(connection, writer.transaction, CancellationToken.None);
        return writer;
    }

    public void BeginTable(TableShape table)
    {
        if (table.Table != "Workers")
        {
            DropIndexes(table.Table);
        }

        insert = new SqliteRowStatement(connection, transaction, table.Table, table.Columns);
    }

    public void Write(object?[] values) => (insert ?? throw new InvalidOperationException("BeginTable first")).Write(values);

    public void EndTable()
    {
        insert?.Dispose();
        insert = null;
    }

    // AUTOINCREMENT keys given explicitly move sqlite_sequence on their own; the Workers upkeep and the other tables'
    // indexes are rebuilt here.
    public async Task CommitAsync(IReadOnlyList<TableShape> tables)
    {
        await workers!.CompleteAsync(CancellationToken.None);
        foreach (var sql in indexes)
        {
            using var create = connection.CreateCommand();
            create.Transaction = transaction;
            create.CommandText = sql;
            create.CommandTimeout = 0;
            await create.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        // Back to the mode the app runs in (it persists in the file).
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = WAL;";
        if (await wal.ExecuteScalarAsync() is not "wal")
        {
            throw new InvalidOperationException("the seeded file could not be put back into WAL mode");
        }
    }

    // Every other table's secondary indexes are built once after its rows, not kept up row by row (2,000,000 audit rows
    // fed five of them), through the engine's own catalog step (decision 0207, amended). BeginTable is synchronous;
    // this tool's console has no synchronization context to block.
    private void DropIndexes(string table) =>
        indexes.AddRange(engine.DropSecondaryIndexesAsync(connection, transaction, table, CancellationToken.None).GetAwaiter().GetResult());

    public async ValueTask DisposeAsync()
    {
        insert?.Dispose();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
