using CsrSponsorship.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CsrSponsorship.Benchmarks.Scale;

// Where one run's data lives: a SQLite file (in a temp folder of its own unless --database names one) or a PostgreSQL
// database created for the run beside the one --connection names, dropped at the end. Migrated by the app's own
// DatabaseInitializer when the first BenchApp starts on it.
public sealed class ScaleDatabase : IAsyncDisposable
{
    private readonly string? ownedFolder;
    private readonly string? server;

    private ScaleDatabase(string path, string? postgres, string? ownedFolder, string? server)
    {
        Path = path;
        Postgres = postgres;
        this.ownedFolder = ownedFolder;
        this.server = server;
    }

    // The SQLite file; on PostgreSQL only the content root (data-protection keys and the like).
    public string Path { get; }

    // The Npgsql connection string of the run's own database, or null on SQLite.
    public string? Postgres { get; }

    public static ScaleDatabase Create(ScaleOptions options)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "csr-scale", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (options.IsPostgres)
        {
            // --database NAME: that database, replaced if present and kept at the end (for psql after a --seed-only run).
            var name = options.Database ?? "csr_scale_" + Guid.NewGuid().ToString("N")[..12];
            var own = new NpgsqlConnectionStringBuilder(options.Connection) { Database = name }.ConnectionString;
            if (options.Database is not null)
            {
                using var connection = new NpgsqlConnection(options.Connection);
                connection.Open();
                using var drop = DropCommand(connection, name);
                drop.ExecuteNonQuery();
            }

            return new ScaleDatabase(System.IO.Path.Combine(folder, "unused.db"), own, folder, options.Database is null ? options.Connection : null);
        }

        if (options.Database is { } path)
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return new ScaleDatabase(System.IO.Path.GetFullPath(path), null, folder, null);
        }

        return new ScaleDatabase(System.IO.Path.Combine(folder, "scale.db"), null, folder, null);
    }

    // The peak probe's view of the parent's database: nothing to create, nothing to drop.
    public static ScaleDatabase Existing(string path, string? postgres) => new(path, postgres, null, null);

    public Task<BenchApp> StartAppAsync() => BenchApp.StartAsync(Path, Postgres);

    // After the seed, before measuring: the load leaves the kernel (SQLite, ~480 MB at 1M) or the server (PostgreSQL) with
    // dirty pages to write back, and that write-back would run during the first measurements on the same cores and disk.
    // SQLite: fsync the file; PostgreSQL: CHECKPOINT (needs a superuser or pg_checkpoint; skipped without).
    public async Task<string> SettleAsync()
    {
        if (Postgres is null)
        {
            await using var file = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            file.Flush(flushToDisk: true);
            return "file flushed to disk";
        }

        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection);
        try
        {
            await checkpoint.ExecuteNonQueryAsync();
            return "CHECKPOINT done";
        }
        catch (PostgresException denied) when (denied.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return "no CHECKPOINT (not allowed for this user)";
        }
    }

    public async Task<IBulkWriter> OpenWriterAsync(BenchApp app) =>
        Postgres is null
            ? await SqliteBulkWriter.OpenAsync(Path, app.Get<DatabaseEngine>())
            : await PostgresBulkWriter.OpenAsync(Postgres, app.Get<DatabaseEngine>());

    private static NpgsqlCommand DropCommand(NpgsqlConnection connection, string name) =>
        new($"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", connection);

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (server is not null && Postgres is not null)
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = DropCommand(connection, new NpgsqlConnectionStringBuilder(Postgres).Database!);
            await drop.ExecuteNonQueryAsync();
        }

        if (ownedFolder is not null && Directory.Exists(ownedFolder))
        {
            Directory.Delete(ownedFolder, recursive: true);
        }
    }
}
