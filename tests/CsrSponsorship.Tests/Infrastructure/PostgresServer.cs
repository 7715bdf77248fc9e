using System.Diagnostics;
using Npgsql;

namespace CsrSponsorship.Tests.Infrastructure;

// The PostgreSQL server of the Category=Postgres tests: CSR_TEST_POSTGRES when set (tests/run.sh sets it), otherwise a
// throwaway cluster started here with tests/pg.sh and removed when the test process ends. Without either the tests
// fail saying how to provide one; they are never skipped.
public static class PostgresServer
{
    public const string Variable = "CSR_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly string Template = "csr_template_" + Guid.NewGuid().ToString("N")[..8];
    private static string? admin;
    private static bool templateReady;
    private static bool ownCluster;

    // A database for one test class: a copy of a template migrated and seeded once per test run (fast),
    // or an empty one when the test is about migrating from nothing.
    public static async Task<string> CreateDatabaseAsync(bool empty = false)
    {
        var server = await AdminAsync();
        if (!empty)
        {
            await EnsureTemplateAsync(server);
        }

        var name = "csr_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, empty ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {Template}");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync(await AdminAsync(), $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

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

    private static async Task EnsureTemplateAsync(string server)
    {
        await Gate.WaitAsync();
        try
        {
            if (templateReady)
            {
                return;
            }

            await ExecuteAsync(server, $"CREATE DATABASE {Template}");
            // No pooling: CREATE DATABASE ... TEMPLATE needs every connection to the template closed.
            var template = new NpgsqlConnectionStringBuilder(server) { Database = Template, Pooling = false }.ConnectionString;
            var app = await TestApp.StartOnPostgresAsync(template);
            await app.DisposeAsync();
            templateReady = true;
            if (!ownCluster)
            {
                // A server given through CSR_TEST_POSTGRES outlives this run: leave no template behind.
                ownCluster = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Execute(server, $"DROP DATABASE IF EXISTS {Template} WITH (FORCE)");
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string StartThrowawayCluster()
    {
        var script = RepositoryFiles.PathOf("tests/pg.sh");
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

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

// One database per test class (xUnit class fixture), dropped when the class is done.
public sealed class PostgresDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() => ConnectionString = await PostgresServer.CreateDatabaseAsync();

    public async Task DisposeAsync() => await PostgresServer.DropDatabaseAsync(ConnectionString);
}
