using System.Diagnostics;
using Npgsql;

namespace CsrSponsorship.Testing;

// The PostgreSQL server of the Category=Postgres tests, compiled into both test projects (linked, not referenced):
// CSR_TEST_POSTGRES when set (tests/run.sh sets it), otherwise a throwaway cluster started here with tests/pg.sh and
// removed when the test process ends. Without either the tests fail saying how to provide one; they are never skipped.
public static class PostgresCluster
{
    public const string Variable = "CSR_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? admin;

    // An Npgsql connection string of a server where the tests may create and drop databases.
    public static async Task<string> AdminAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return admin ??= Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : StartThrowawayCluster();
        }
        finally
        {
            Gate.Release();
        }
    }

    // A new database with a random name, empty or copied from a template; its connection string.
    public static async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var server = await AdminAsync();
        var name = "csr_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync(await AdminAsync(), $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string StartThrowawayCluster()
    {
        var script = PgScript();
        var start = new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        // The script's watchdog removes the cluster when this process is gone, even if ProcessExit never runs
        // (the test runner may end its host without it).
        start.Environment["PG_OWNER_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0 || lines.Length < 2)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server. Set {Variable} to an Npgsql connection string of a server where the tests may " +
                $"create and drop databases, or install PostgreSQL (apt-get install -y postgresql) so tests/pg.sh can start a " +
                $"throwaway cluster. tests/pg.sh said: {error.Trim()}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            using var stop = Process.Start(new ProcessStartInfo("bash", [script, "stop", lines[0]]));
            stop?.WaitForExit();
        };
        return lines[1];
    }

    // tests/pg.sh of the repository the test assembly was built from.
    private static string PgScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var script = Path.Combine(folder.FullName, "tests", "pg.sh");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException($"tests/pg.sh not found above {AppContext.BaseDirectory}; set {Variable} instead.");
    }
}
