using System.Data.Common;

namespace CsrSponsorship.Core.Data;

// A bulk load of Workers (the scale tool's seed, decision 0207) without per-row upkeep: DatabaseEngine.BeginWorkerBulkLoadAsync
// takes the name index, the WorkerCounts triggers and the secondary indexes of Workers off the load's transaction, and
// CompleteAsync puts them back in one pass each. What is put back is read from the database's own catalog before it is
// taken off (the migrations' SQL as the database stores it), so there is no second copy of any trigger or index to keep in step.
public sealed class WorkerBulkLoad
{
    // What the per-row triggers would have left after inserting the same rows one by one (the migration's initial fill).
    // A worker's kecamatan is its desa's (the validator takes it from the desa), so the count per desa and status is
    // read from the (DesaCode, Status, ...) index alone and the kecamatan from Desa: 0.5 s instead of 4.5 s at 1M rows,
    // which looked every row up for its KecamatanCode. A desa missing from Desa still gets its workers' own.
    internal const string RecountSql = """
        DELETE FROM "WorkerCounts";
        INSERT INTO "WorkerCounts" ("DesaCode", "KecamatanCode", "Status", "Count")
        SELECT c."DesaCode", COALESCE(d."KecamatanCode", (SELECT MIN(w."KecamatanCode") FROM "Workers" w WHERE w."DesaCode" = c."DesaCode")), c."Status", c."Count"
        FROM (SELECT "DesaCode", "Status", COUNT(*) AS "Count" FROM "Workers" GROUP BY "DesaCode", "Status") c
        LEFT JOIN "Desa" d ON d."Code" = c."DesaCode";
        """;

    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly IReadOnlyList<string> restore;
    private bool completed;

    internal WorkerBulkLoad(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> restore)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.restore = restore;
    }

    // Before the transaction commits: every statement in order (indexes, name index, counts, triggers).
    public async Task CompleteAsync(CancellationToken ct)
    {
        if (completed)
        {
            return;
        }

        foreach (var sql in restore)
        {
            await ExecuteAsync(connection, transaction, sql, ct);
        }

        completed = true;
    }

    internal static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }

    // (name, definition) rows of a catalog query.
    internal static async Task<List<(string Name, string Sql)>> CatalogAsync(DbConnection connection, DbTransaction transaction, string query, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = query;
        var rows = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}
