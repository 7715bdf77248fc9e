using CsrSponsorship.Testing;
using Npgsql;

namespace CsrSponsorship.Tests.Infrastructure;

// The databases of the Category=Postgres tests on the server PostgresCluster finds (CSR_TEST_POSTGRES or a throwaway
// cluster; tests/Shared, linked into this project and the browser tests).
public static class PostgresServer
{
    public const string Variable = PostgresCluster.Variable;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly string Template = "csr_template_" + Guid.NewGuid().ToString("N")[..8];
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

        return await PostgresCluster.CreateDatabaseAsync(empty ? null : Template);
    }

    public static Task DropDatabaseAsync(string connectionString) => PostgresCluster.DropDatabaseAsync(connectionString);

    public static Task<string> AdminAsync() => PostgresCluster.AdminAsync();

    private static async Task EnsureTemplateAsync(string server)
    {
        await Gate.WaitAsync();
        try
        {
            if (templateReady)
            {
                return;
            }

            await PostgresCluster.ExecuteAsync(server, $"CREATE DATABASE {Template}");
            // No pooling: CREATE DATABASE ... TEMPLATE needs every connection to the template closed.
            var template = new NpgsqlConnectionStringBuilder(server) { Database = Template, Pooling = false }.ConnectionString;
            var app = await TestApp.StartOnPostgresAsync(template);
            await app.DisposeAsync();
            templateReady = true;
            if (!ownCluster)
            {
                // A server given through CSR_TEST_POSTGRES outlives this run: leave no template behind.
                ownCluster = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => PostgresCluster.Execute(server, $"DROP DATABASE IF EXISTS {Template} WITH (FORCE)");
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}

// One database per test class (xUnit class fixture), dropped when the class is done.
public sealed class PostgresDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() => ConnectionString = await PostgresServer.CreateDatabaseAsync();

    public async Task DisposeAsync() => await PostgresServer.DropDatabaseAsync(ConnectionString);
}

// A fresh database for each test of a class whose tests count what they find (a copy of the template is cheap); all are
// dropped when the class is done.
public sealed class PostgresDatabases : IAsyncLifetime
{
    private readonly List<string> created = [];

    public async Task<string> CreateAsync()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        lock (created)
        {
            created.Add(database);
        }

        return database;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in created)
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }
}
