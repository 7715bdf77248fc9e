using System.Data.Common;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CsrSponsorship.Core.Data;

// Everything that differs between SQLite and PostgreSQL, chosen once from Database:Provider (decision 0200).
// Services never ask which engine runs: they see AppDbContext, and DatabaseErrors for the one error they react to.
public abstract class DatabaseEngine
{
    public const string SqliteName = "Sqlite";

    public const string PostgreSqlName = "PostgreSQL";

    public const string SqliteMigrations = "CsrSponsorship.Migrations.Sqlite";

    public const string PostgreSqlMigrations = "CsrSponsorship.Migrations.PostgreSql";

    public abstract string Name { get; }

    public abstract string MigrationsAssembly { get; }

    // Where the data lives, for messages: a file path or host:port/database (never a password).
    public abstract string Location { get; }

    public static DatabaseEngine For(DatabaseOptions options, string contentRoot)
    {
        if (string.Equals(options.Provider, SqliteName, StringComparison.OrdinalIgnoreCase))
        {
            return new SqliteEngine(options.ResolveConnectionString(contentRoot));
        }

        if (string.Equals(options.Provider, PostgreSqlName, StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? throw new DatabaseUnavailableException(
                    "Database:Provider=PostgreSQL memerlukan Database:ConnectionString (mis. Host=...;Database=...;Username=...;Password=...). / Database:ConnectionString is required for PostgreSQL.")
                : new PostgreSqlEngine(options.ConnectionString);
        }

        throw new DatabaseUnavailableException(
            $"Database:Provider '{options.Provider}' tidak dikenal; pakai 'Sqlite' atau 'PostgreSQL'. / Unknown Database:Provider; use 'Sqlite' or 'PostgreSQL'.");
    }

    // The provider, plus this engine itself in the options, so code holding only a context reaches it through Of.
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new EngineExtension(this));
        return UseProvider(builder);
    }

    protected abstract DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder builder);

    internal static DatabaseEngine Of(AppDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<EngineExtension>()?.Engine
        ?? throw new InvalidOperationException("AppDbContext was configured without DatabaseEngine.Configure.");

    // Name search (WorkerNameIndex, decisions 0211 and 0197): the workers whose name matches a normalised, non-empty key, as
    // disjoint parts whose union is the match, each served by an index of its own.
    internal abstract IReadOnlyList<IQueryable<Worker>> NameMatchParts(IQueryable<Worker> workers, AppDbContext db, string key);

    // A bulk load's own step for any table (decision 0207): drops the table's secondary indexes (not the primary key, nor
    // one behind a constraint) on the load's transaction and returns the statements that build them again, read from
    // the database's catalog as the migrations made them.
    public async Task<IReadOnlyList<string>> DropSecondaryIndexesAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken ct)
    {
        var indexes = await WorkerBulkLoad.CatalogAsync(connection, transaction, SecondaryIndexesSql(table), ct);
        foreach (var (name, _) in indexes)
        {
            await WorkerBulkLoad.ExecuteAsync(connection, transaction, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", ct);
        }

        return [.. indexes.Select(i => i.Sql)];
    }

    // (name, CREATE statement) of each secondary index of `table`, by name.
    private protected abstract string SecondaryIndexesSql(string table);

    // A bulk load of Workers on the load's own connection and transaction (decision 0207): the per-row upkeep (name
    // index, WorkerCounts triggers, secondary indexes) comes off now and is rebuilt in one pass by CompleteAsync.
    public abstract Task<WorkerBulkLoad> BeginWorkerBulkLoadAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct);

    // Before migrating: a server that cannot be reached or refuses the login stops start-up with one clear line.
    public abstract Task EnsureReachableAsync(CancellationToken ct);

    // Held around migrating and seeding, so instances started together on one empty database migrate and seed once:
    // the second waits, then finds everything there (decision 0202). Taken after EnsureReachableAsync created the database.
    public abstract Task<IAsyncDisposable> HoldStartupLockAsync(CancellationToken ct);

    // /healthz: one round trip on a connection outside the pool, so idle pooled connections the server has already
    // dropped can neither hide an outage nor report one that is over.
    public abstract Task<bool> AnswersAsync(CancellationToken ct);

    // After migrating, per-database settings the engine needs (SQLite: WAL).
    public abstract Task PrepareAsync(AppDbContext db, CancellationToken ct);

    // Held while the app runs, so an offline restore can tell the database is in use.
    public abstract IDisposable MarkInUse();

    // `-- backup <file>` / `-- restore <file>`: returns the exit code.
    public abstract Task<int> RunMaintenanceAsync(string command, string file, TextWriter output, TextWriter error);
}

// Carries the engine inside the context's options; adds no services, so contexts of both engines share EF's provider cache rules.
internal sealed class EngineExtension(DatabaseEngine engine) : IDbContextOptionsExtension
{
    public DatabaseEngine Engine { get; } = engine;

    public DbContextOptionsExtensionInfo Info => field ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => string.Empty;

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}

public static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067;

    private const string PostgresUniqueViolation = "23505";

    private const int SqliteBusy = 5;

    private const int SqliteLocked = 6;

    // lock_not_available (lock_timeout ran out), deadlock_detected, serialization_failure.
    private static readonly string[] PostgresBusy = ["55P03", "40P01", "40001"];

    // A unique index refused the row, on either engine (EF wraps the provider's exception; raw SQL throws it directly).
    public static bool IsUniqueViolation(Exception exception) =>
        (exception is DbUpdateException { InnerException: { } inner } ? inner : exception) switch
        {
            SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } => true,
            PostgresException { SqlState: PostgresUniqueViolation } => true,
            _ => false,
        };

    // The database did not let this write take its turn in time: SQLite's busy_timeout ran out, or PostgreSQL's
    // lock_timeout ran out / it broke a deadlock (decision 0201). Nothing was saved; trying again may succeed.
    public static bool IsBusy(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } || (e is PostgresException busy && PostgresBusy.Contains(busy.SqlState)))
            {
                return true;
            }
        }

        return false;
    }
}

// Start-up cannot reach or use the configured database; the message is the whole story for the operator.
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
