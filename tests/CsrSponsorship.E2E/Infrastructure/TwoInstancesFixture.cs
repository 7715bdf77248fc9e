using CsrSponsorship.Testing;
using Microsoft.Playwright;
using Npgsql;

namespace CsrSponsorship.E2E.Infrastructure;

// Two instances of the real app on one PostgreSQL database, as behind a load balancer (issue 19): a fresh database on
// the server of the Category=Postgres tests (CSR_TEST_POSTGRES, else a throwaway cluster from tests/pg.sh; no server
// fails the story with how to provide one), instance A started first (it migrates the empty database and loads the
// demo data), then B. Each has its own port and its own content root, so they share no file: what makes B accept
// A's cookie is the key ring in the database. One Chromium; the database is dropped at the end.
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private readonly List<AppServer> instances = [];
    private IPlaywright? playwright;
    private string? database;

    public AppServer A => instances[0];

    public AppServer B => instances[1];

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        database = await PostgresCluster.CreateDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSQL",
            ["Database:ConnectionString"] = database,
            ["Demo:Enabled"] = "true",
        };
        // Started one after the other: StartServer returns once the instance has migrated, seeded and listens.
        instances.Add(new AppServer("Development", settings, ownContentRoot: true));
        instances.Add(new AppServer("Development", settings, ownContentRoot: true));
        playwright = await Playwright.CreateAsync();
        Browser = await AppFixture.LaunchChromiumAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        if (database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresCluster.DropDatabaseAsync(database);
        }
    }
}

// Its own collection: xUnit runs this story beside the other two, and nobody else pays for its apps.
[CollectionDefinition(Name)]
public sealed class TwoInstancesGroup : ICollectionFixture<TwoInstancesFixture>
{
    public const string Name = "two-instances-postgres";
}
