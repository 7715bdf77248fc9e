using System.Data.Common;
using System.Linq.Expressions;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CsrSponsorship.Core.Data;

// The embedded default: one file, WAL, a single writer; this process's writers queue at SqliteWriteGate (decision
// 0218), other processes' at SQLite's own lock (busy_timeout).
internal sealed class SqliteEngine(string connectionString) : DatabaseEngine
{
    public override string Name => SqliteName;

    public override string MigrationsAssembly => SqliteMigrations;

    public override string Location => DatabaseMaintenance.DatabaseFile(connectionString);

    protected override DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder builder) => builder
        .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrations))
        .AddInterceptors(PragmaInterceptor.Instance, SqliteWriteGate.For(Location));

    public override Task EnsureReachableAsync(CancellationToken ct) => Task.CompletedTask;

    public override async Task<IAsyncDisposable> HoldStartupLockAsync(CancellationToken ct) =>
        await DatabaseMaintenance.HoldStartupLockAsync(Location, ct);

    // Reads the schema page: a missing, unreadable or damaged file does not answer.
    public override async Task<bool> AnswersAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    // WAL lets readers (every page) run while one writer commits; the setting persists in the file.
    public override async Task PrepareAsync(AppDbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);

    // A key of ContainsFrom characters or more through the FTS5 trigram table; a shorter one as a prefix of NormalizedName.
    // Two disjoint parts, as on PostgreSQL (decisions 0197, 0203, 0223): the names that start with the key are a range of the
    // NormalizedName b-tree, already in list order ("SITI …" at 1M: 25,175 names, none read beyond the page); those that
    // hold it further on come from the trigram table over each name without its first character (a first name is not in
    // it, so for "siti" it holds only the few later Sitis), less any that also start with the key; the sort afterwards
    // handles only them. A key shorter than a trigram is the first part alone.
    internal override IReadOnlyList<IQueryable<Worker>> NameMatchParts(IQueryable<Worker> workers, AppDbContext db, string key)
    {
        var starts = StartsWith(key);
        if (key.Length < WorkerNameIndex.ContainsFrom)
        {
            return [workers.Where(starts)];
        }

        var ids = WorkerNameIndex.TailMatches(db, key);
        var startsNot = Expression.Lambda<Func<Worker, bool>>(Expression.Not(starts.Body), starts.Parameters);
        return [workers.Where(starts), workers.Where(w => ids.Contains(w.Id)).Where(startsNot)];
    }

    // NormalizedName in [key, key with its last character raised by one): every name that starts with key, in BINARY order.
    private static Expression<Func<Worker, bool>> StartsWith(string key)
    {
        var after = string.Concat(key.AsSpan(0, key.Length - 1), [(char)(key[^1] + 1)]);
#pragma warning disable CA1309 // Translated to SQL ">=" and "<": ordinal there, in the column's BINARY collation.
        return w => string.Compare(w.NormalizedName, key) >= 0 && string.Compare(w.NormalizedName, after) < 0;
#pragma warning restore CA1309
    }

    // Decision 0207: the six triggers of migration WorkerSearchAtScale and the secondary indexes of Workers are dropped;
    // afterwards each index is built once from the loaded rows, the FTS table refilled from Workers, the counts recounted
    // and the triggers re-created from the text SQLite kept of the migration's CREATE statements.
    public override async Task<WorkerBulkLoad> BeginWorkerBulkLoadAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var triggers = await WorkerBulkLoad.CatalogAsync(connection, transaction, """
            SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Workers'
            AND (name LIKE 'Workers\_Counts\_%' ESCAPE '\' OR name LIKE 'Workers\_NameSearch\_%' ESCAPE '\') ORDER BY name
            """, ct);
        if (triggers.Count != 6)
        {
            throw new InvalidOperationException($"Expected the six Workers triggers of migration WorkerSearchAtScale, found {triggers.Count}.");
        }

        foreach (var (name, _) in triggers)
        {
            await WorkerBulkLoad.ExecuteAsync(connection, transaction, $"DROP TRIGGER \"{name}\"", ct);
        }

        var indexes = await DropSecondaryIndexesAsync(connection, transaction, "Workers", ct);
        return new WorkerBulkLoad(connection, transaction, [
            .. indexes,
            .. WorkerNameIndex.SqliteRefill,
            WorkerBulkLoad.RecountSql,
            .. triggers.Select(t => t.Sql),
        ]);
    }

    // SQLite keeps the text of each CREATE INDEX; an automatic index (a UNIQUE constraint's) has none.
    private protected override string SecondaryIndexesSql(string table) =>
        $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table.Replace("'", "''", StringComparison.Ordinal)}' AND sql IS NOT NULL ORDER BY name";

    public override IDisposable MarkInUse() => DatabaseMaintenance.HoldRunningLock(Location);

    public override async Task<int> RunMaintenanceAsync(string command, string file, TextWriter output, TextWriter error)
    {
        try
        {
            if (command == "backup")
            {
                await DatabaseMaintenance.BackupAsync(Location, file);
                await output.WriteLineAsync($"Cadangan dibuat: {Path.GetFullPath(file)} (dari {Location}).");
            }
            else
            {
                await DatabaseMaintenance.RestoreAsync(file, Location);
                await output.WriteLineAsync($"Database {Location} dipulihkan dari {Path.GetFullPath(file)}.");
            }

            return 0;
        }
        catch (IOException failure)
        {
            await error.WriteLineAsync(failure.Message);
            return 1;
        }
    }

    // Per-connection settings: wait for a writer instead of failing at once, the WAL-safe sync level, and reads through
    // a memory map (decision 0211): a page of 50 found through an index visits rows all over the file, and through the
    // map each visit is a memory read from the OS page cache that all pooled connections share, not a read() into
    // each connection's own 2 MB cache (siti at 100k: 16–24 ms without, 2–3 ms with).
    private sealed class PragmaInterceptor : DbConnectionInterceptor
    {
        public static readonly PragmaInterceptor Instance = new();

        private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA mmap_size = 4294967296;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
