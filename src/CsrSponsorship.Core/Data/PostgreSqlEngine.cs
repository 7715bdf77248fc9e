using System.Data.Common;
using System.Net.Sockets;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CsrSponsorship.Core.Data;

// The scale-out engine (Npgsql); several instances may share one database (docs/postgresql.md, decision 0202).
// Every transaction first takes one transaction-level advisory lock, the "CSR writer"
// lock: write transactions of every instance take turns as they do on SQLite (BEGIN IMMEDIATE), so the services'
// check-then-write sections stay correct under READ COMMITTED; readers never wait (decision 0201).
internal sealed class PostgreSqlEngine : DatabaseEngine
{
    // "CSRSTART": the key of the start-up lock (migrate, seed, first data-protection key); advisory locks share one
    // key space per database, so it must not be reused for anything else.
    private const long StartupLockKey = 0x4353_5253_5441_5254;

    // "CSR\0WRIT": the key of the writer lock every transaction takes (WriterLock).
    private const long WriterLockKey = 0x4353_5200_5752_4954;

    private readonly string connectionString;

    private readonly NpgsqlConnectionStringBuilder parts;

    public PostgreSqlEngine(string connectionString)
    {
        this.connectionString = connectionString;
        try
        {
            parts = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException invalid)
        {
            throw new DatabaseUnavailableException(
                $"Database:ConnectionString untuk PostgreSQL tidak valid ({invalid.Message}); contoh: Host=db;Database=csr;Username=csr;Password=... / The PostgreSQL connection string is invalid.", invalid);
        }
    }

    public override string Name => PostgreSqlName;

    public override string MigrationsAssembly => PostgreSqlMigrations;

    public override string Location => $"{parts.Host}:{parts.Port}/{parts.Database}";

    protected override DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder builder) => builder
        .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrations))
        .AddInterceptors(WriterLock.Instance);

    // Opened without EF so a refusal is one line for the operator, not a logged stack trace. A database that
    // does not exist yet is created here (the login needs CREATEDB), so EF's migrator does not log a failed open first.
    public override async Task EnsureReachableAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{parts.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException created) when (created.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // Another instance starting at the same moment created it first: use that one.
            }
        }
        catch (PostgresException refused) when (refused.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            throw new DatabaseUnavailableException(
                $"PostgreSQL di {parts.Host}:{parts.Port} menolak login user '{parts.Username}': periksa Username/Password di Database:ConnectionString. / PostgreSQL at {parts.Host}:{parts.Port} refused the login: check Username/Password.", refused);
        }
        catch (Exception unreachable) when (unreachable is NpgsqlException or SocketException or TimeoutException)
        {
            throw new DatabaseUnavailableException(
                $"PostgreSQL di {parts.Host}:{parts.Port} tidak dapat dihubungi ({unreachable.GetBaseException().Message}): periksa server berjalan, Host/Port di Database:ConnectionString dan firewall. / PostgreSQL at {parts.Host}:{parts.Port} is unreachable: check the server, Host/Port and firewall.", unreachable);
        }
    }

    // A session advisory lock on a connection of its own (outside the pool): it ends with the session, so an instance
    // that dies while migrating frees it. No command timeout: a long first migration of another instance is waited for.
    // Outside the pool: a lock session must end with its connection, and a health probe must not reuse a dead one.
    private string Unpooled() => new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    public override async Task<IAsyncDisposable> HoldStartupLockAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(Unpooled());
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("key", StartupLockKey);
            await command.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task<bool> AnswersAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(Unpooled());
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception gone) when (gone is NpgsqlException or SocketException or TimeoutException)
        {
            return false;
        }
    }

    public override Task PrepareAsync(AppDbContext db, CancellationToken ct) => Task.CompletedTask;

    // Decision 0197: the names that start with the key are a range of the NormalizedName b-tree (collation "C"), read in
    // list order; the names that hold it further on go through the pg_trgm GIN index on the name without its first
    // character. A key shorter than a trigram is the first part alone.
    internal override IReadOnlyList<IQueryable<Worker>> NameMatchParts(IQueryable<Worker> workers, AppDbContext db, string key)
    {
        var prefix = LikePattern.StartsWith(key);
        var starting = workers.Where(w => EF.Functions.Like(w.NormalizedName, prefix, LikePattern.Escape));
        if (key.Length < WorkerNameIndex.ContainsFrom)
        {
            return [starting];
        }

        var contains = LikePattern.Contains(key);
        return
        [
            starting,
            workers.Where(w => EF.Functions.Like(w.NormalizedName.Substring(1), contains, LikePattern.Escape)
                && !EF.Functions.Like(w.NormalizedName, prefix, LikePattern.Escape)),
        ];
    }

    // Decision 0207: the WorkerCounts trigger is disabled and the secondary indexes of Workers (the pg_trgm GIN index
    // among them) dropped; afterwards each index is built once from its pg_get_indexdef, the counts recounted and the
    // trigger enabled again.
    public override async Task<WorkerBulkLoad> BeginWorkerBulkLoadAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var indexes = await DropSecondaryIndexesAsync(connection, transaction, "Workers", ct);
        await WorkerBulkLoad.ExecuteAsync(connection, transaction, CountsTrigger("DISABLE"), ct);

        // Building a GIN index over a million names wants more than the 64 MB default (a setting of this transaction only).
        return new WorkerBulkLoad(connection, transaction, [
            "SET LOCAL maintenance_work_mem = '256MB'",
            .. indexes,
            WorkerBulkLoad.RecountSql,
            CountsTrigger("ENABLE"),
        ]);
    }

    private protected override string SecondaryIndexesSql(string table)
    {
        // The quoted identifier ("AuditEntries"), as a string literal for ::regclass.
        var regclass = ("\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"").Replace("'", "''", StringComparison.Ordinal);
        return $"""
            SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = '{regclass}'::regclass AND NOT i.indisprimary
            AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY c.relname
            """;
    }

    private static string CountsTrigger(string change) => $"ALTER TABLE \"Workers\" {change} TRIGGER \"Workers_Counts\"";

    // Several instances may share the server; restore is a pg_restore the operator runs with the app stopped.
    public override IDisposable MarkInUse() => NothingHeld.Instance;

    public override async Task<int> RunMaintenanceAsync(string command, string file, TextWriter output, TextWriter error)
    {
        var target = $"-h {parts.Host} -p {parts.Port} -U {parts.Username} -d {parts.Database}";
        await error.WriteLineAsync(command == "backup"
            ? $"Database ini PostgreSQL ({Location}); cadangkan dengan pg_dump: pg_dump {target} -Fc -f {file} (lihat docs/postgresql.md)."
            : $"Database ini PostgreSQL ({Location}); hentikan aplikasi lalu pulihkan dengan pg_restore: pg_restore {target} --clean --if-exists --single-transaction {file} (lihat docs/postgresql.md).");
        return 2;
    }

    // PostgreSQL's BEGIN IMMEDIATE: right after a transaction starts (an explicit one, or the one SaveChanges opens)
    // it waits for the one writer lock shared by all instances; commit or rollback releases it. lock_timeout bounds
    // every wait of the transaction (this lock and row locks) like SQLite's busy_timeout: after 10 s the statement
    // fails with 55P03, which DatabaseErrors.IsBusy recognises on both engines.
    private sealed class WriterLock : DbTransactionInterceptor
    {
        public static readonly WriterLock Instance = new();

        private static readonly string TakeTurn = FormattableString.Invariant($"SET LOCAL lock_timeout = '10s'; SELECT pg_advisory_xact_lock({WriterLockKey});");

        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            using var command = Command(connection, result);
            command.ExecuteNonQuery();
            return result;
        }

        public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            await using var command = Command(connection, result);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return result;
        }

        private static DbCommand Command(DbConnection connection, DbTransaction transaction)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = TakeTurn;
            return command;
        }
    }

    private sealed class NothingHeld : IDisposable
    {
        public static readonly NothingHeld Instance = new();

        public void Dispose()
        {
        }
    }
}
