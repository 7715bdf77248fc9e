using CsrSponsorship.Core.Data;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CsrSponsorship.Tests.Data;

public sealed class BackupRestoreTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(directory, "csr.db");

    private string BackupPath => Path.Combine(directory, "cadangan.db");

    [Fact]
    public async Task A_backup_taken_while_the_app_runs_restores_intact_with_the_same_rows()
    {
        Dictionary<string, long> before;
        await using (var app = await TestApp.StartAsync(demo: true, databasePath: DatabasePath))
        {
            await app.InsertAsync(new CompanyBuilder().Named("PT Dicadangkan").Build());
            using (DatabaseMaintenance.HoldRunningLock(DatabasePath))
            {
                await DatabaseMaintenance.BackupAsync(DatabasePath, BackupPath);
            }

            before = await RowCountsAsync(DatabasePath);
            await app.InsertAsync(new CompanyBuilder().Named("PT Setelah Cadangan").Build());
        }

        SqliteConnection.ClearAllPools();
        await DatabaseMaintenance.RestoreAsync(BackupPath, DatabasePath);

        Assert.Equal("ok", await DatabaseMaintenance.IntegrityCheckAsync(DatabasePath));
        Assert.Equal(before, await RowCountsAsync(DatabasePath));
    }

    [Fact]
    public async Task Restore_is_refused_while_the_app_is_running()
    {
        await (await TestApp.StartAsync(databasePath: DatabasePath)).DisposeAsync();
        await DatabaseMaintenance.BackupAsync(DatabasePath, BackupPath);

        using var running = DatabaseMaintenance.HoldRunningLock(DatabasePath);
        var error = await Assert.ThrowsAsync<IOException>(() => DatabaseMaintenance.RestoreAsync(BackupPath, DatabasePath));

        Assert.StartsWith("Aplikasi sedang berjalan", error.Message, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }
}
