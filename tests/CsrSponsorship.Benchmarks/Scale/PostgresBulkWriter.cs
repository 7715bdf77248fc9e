using CsrSponsorship.Core.Data;
using Npgsql;
using NpgsqlTypes;

namespace CsrSponsorship.Benchmarks.Scale;

// Binary COPY per table inside one transaction. The wire type of each column follows the value EF would send after
// its conversions (enum → integer, YearMonth → integer, ...); text covers varchar and char(n) alike. The Workers
// count trigger and indexes are off during the load and rebuilt once before the commit (decision 0207).
public sealed class PostgresBulkWriter : IBulkWriter
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly DatabaseEngine engine;
    private NpgsqlBinaryImporter? importer;
    private NpgsqlDbType?[] types = [];
    private readonly WorkerBulkLoad workers;
    private readonly List<string> indexes = [];

    private PostgresBulkWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, DatabaseEngine engine, WorkerBulkLoad workers)
    {
        this.connection = connection;
        this.engine = engine;
        this.transaction = transaction;
        this.workers = workers;
    }

    public static async Task<PostgresBulkWriter> OpenAsync(string connectionString, DatabaseEngine engine)
    {
        // No command time limit for the bulk load's own connection (COPY, setval, ANALYZE over a million rows).
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        return new PostgresBulkWriter(connection, transaction, engine, await engine.BeginWorkerBulkLoadAsync(connection, transaction, CancellationToken.None));
    }

    public void BeginTable(TableShape table)
    {
        if (table.Table != "Workers")
        {
            DropIndexes(table.Table);
        }

        var names = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        importer = connection.BeginBinaryImport($"COPY \"{table.Table}\" ({names}) FROM STDIN (FORMAT BINARY)");
        // Finishing a million rows' COPY can outlast the 30 s default.
        importer.Timeout = TimeSpan.Zero;
        types = [.. table.Columns.Select(c => WireType(c.Mapping.Converter?.ProviderClrType ?? c.Mapping.ClrType, c.Mapping.StoreType))];
    }

    public void Write(object?[] values)
    {
        var copy = importer ?? throw new InvalidOperationException("BeginTable first");
        copy.StartRow();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                copy.WriteNull();
            }
            else if (types[i] is { } type)
            {
                copy.Write(values[i], type);
            }
            else
            {
                copy.Write(values[i]);
            }
        }
    }

    public void EndTable()
    {
        importer?.Complete();
        importer?.Dispose();
        importer = null;
    }

    public async Task CommitAsync(IReadOnlyList<TableShape> tables)
    {
        // Ids were given explicitly: move each identity past them, or the app's next insert would collide.
        foreach (var table in tables.Where(t => t.GeneratedKey is not null).DistinctBy(t => t.Table))
        {
            await using var setval = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table.Table}\"', '{table.GeneratedKey}'), GREATEST((SELECT MAX(\"{table.GeneratedKey}\") FROM \"{table.Table}\"), 1))",
                connection, transaction);
            await setval.ExecuteScalarAsync();
        }

        await workers.CompleteAsync(CancellationToken.None);
        foreach (var sql in indexes)
        {
            await using var create = new NpgsqlCommand(sql, connection, transaction);
            await create.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();

        // What autovacuum does within a minute of such a load (statistics, and since PostgreSQL 13 a vacuum after many
        // inserts, which marks the pages all-visible): the measurements should not catch the planner before it, nor
        // index-only scans that still check every row in the table (a capped count took 25 ms instead of 2, decision 0197).
        await using var analyze = new NpgsqlCommand("VACUUM (ANALYZE)", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    // Every other table's secondary indexes are built once after its rows, not kept up row by row (2,000,000 audit rows
    // fed five of them), through the engine's own catalog step (decision 0207, amended). BeginTable is synchronous;
    // this tool's console has no synchronization context to block.
    private void DropIndexes(string table) =>
        indexes.AddRange(engine.DropSecondaryIndexesAsync(connection, transaction, table, CancellationToken.None).GetAwaiter().GetResult());

    public async ValueTask DisposeAsync()
    {
        importer?.Dispose();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private static readonly Dictionary<Type, NpgsqlDbType> WireTypes = new()
    {
        [typeof(string)] = NpgsqlDbType.Text,
        [typeof(int)] = NpgsqlDbType.Integer,
        [typeof(long)] = NpgsqlDbType.Bigint,
        [typeof(short)] = NpgsqlDbType.Smallint,
        [typeof(bool)] = NpgsqlDbType.Boolean,
        [typeof(Guid)] = NpgsqlDbType.Uuid,
        [typeof(DateOnly)] = NpgsqlDbType.Date,
        [typeof(DateTime)] = NpgsqlDbType.TimestampTz,
        [typeof(decimal)] = NpgsqlDbType.Numeric,
        [typeof(double)] = NpgsqlDbType.Double,
        [typeof(byte[])] = NpgsqlDbType.Bytea,
    };

    private static NpgsqlDbType? WireType(Type type, string storeType)
    {
        var clr = Nullable.GetUnderlyingType(type) ?? type;
        if (clr == typeof(DateTime) && storeType.Contains("without", StringComparison.Ordinal))
        {
            return NpgsqlDbType.Timestamp;
        }

        return WireTypes.TryGetValue(clr, out var wire) ? wire : null;
    }
}
