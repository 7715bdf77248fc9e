using Microsoft.Data.Sqlite;

namespace CsrSponsorship.Core.Data;

// Online backup and offline restore of the SQLite file. The running app holds a shared lock on "<db>.lock";
// restore needs it exclusively, so it cannot replace a database under a live app.
public static class DatabaseMaintenance
{
    private static readonly TimeSpan StartupPoll = TimeSpan.FromMilliseconds(100);

    public static FileStream HoldRunningLock(string databaseFile) =>
        new(LockFile(databaseFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);

    // Instances starting together on one file migrate and seed one after the other. .NET has only non-blocking file
    // locks (FileShare.None is flock LOCK_EX|LOCK_NB on Unix, LockFileEx without waiting on Windows), so the second
    // instance polls; the OS drops the lock when its holder dies. A file of its own: the .lock file is shared while running.
    public static async Task<FileStream> HoldStartupLockAsync(string databaseFile, CancellationToken ct)
    {
        var startupLock = databaseFile + ".startup";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(startupLock))!);
        while (true)
        {
            try
            {
                return new FileStream(startupLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(startupLock))
            {
                await Task.Delay(StartupPoll, ct);
            }
        }
    }

    // VACUUM INTO reads inside one transaction: a consistent snapshot while the app keeps writing (WAL).
    public static async Task BackupAsync(string databaseFile, string targetFile)
    {
        if (File.Exists(targetFile))
        {
            throw new IOException($"File cadangan '{targetFile}' sudah ada; pilih nama lain.");
        }

        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", Path.GetFullPath(targetFile));
        await command.ExecuteNonQueryAsync();
    }

    public static async Task RestoreAsync(string backupFile, string databaseFile)
    {
        if (!File.Exists(backupFile))
        {
            throw new IOException($"File cadangan '{backupFile}' tidak ditemukan.");
        }

        var check = await IntegrityCheckAsync(backupFile);
        if (check != "ok")
        {
            throw new IOException($"File cadangan rusak (integrity_check: {check}); pemulihan dibatalkan.");
        }

        FileStream exclusive;
        try
        {
            exclusive = new FileStream(LockFile(databaseFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new IOException("Aplikasi sedang berjalan memakai database ini. Hentikan aplikasi dulu, lalu ulangi pemulihan.");
        }

        await using (exclusive)
        {
            SqliteConnection.ClearAllPools();
            foreach (var sidecar in new[] { databaseFile + "-wal", databaseFile + "-shm" })
            {
                File.Delete(sidecar);
            }

            File.Copy(backupFile, databaseFile, overwrite: true);
        }
    }

    public static async Task<string> IntegrityCheckAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public static string DatabaseFile(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    private static string LockFile(string databaseFile) => databaseFile + ".lock";
}
