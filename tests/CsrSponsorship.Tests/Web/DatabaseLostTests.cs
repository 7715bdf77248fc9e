using System.Net;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Wilayah;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CsrSponsorship.Tests.Web;

// The running app loses its PostgreSQL database (the server refuses new connections and drops the open ones), then
// gets it back: /healthz tells the load balancer, pages apologise in Indonesian, and a write cut off midway left nothing.
[Trait("Category", "Postgres")]
public sealed class DatabaseLostTests : IAsyncLifetime
{
    private string database = "";

    private WebApplicationFactory<Program> factory = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresServer.CreateDatabaseAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            // Production: the error page instead of the developer page.
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", DatabaseEngine.PostgreSqlName);
            b.UseSetting("Database:ConnectionString", database);
            b.UseSetting("Demo:Enabled", "false");
            b.UseSetting("Invoicing:PublicBaseUrl", "https://csr.tanahlaut.test");
        });
    }

    [Fact]
    public async Task While_the_database_is_gone_health_is_503_pages_show_the_Indonesian_error_and_an_interrupted_write_is_undone()
    {
        using var client = factory.CreateClient();
        var before = await HealthAsync(client);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("""{"status":"Healthy","checks":[{"name":"database","status":"Healthy","engine":"PostgreSQL","description":"Database PostgreSQL menjawab."}]}""",
            await before.Content.ReadAsStringAsync());

        // A write under way when the database goes: its rows are sent, its commit is not.
        await using var writer = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await using var transaction = await writer.Database.BeginTransactionAsync();
        writer.Kecamatan.Add(new Kecamatan { Code = "63.01.99", Name = "Kecamatan Setengah Jadi" });
        await writer.SaveChangesAsync();

        await SetReachableAsync(false);
        try
        {
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => transaction.CommitAsync());

            var health = await HealthAsync(client);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("""{"status":"Unhealthy","checks":[{"name":"database","status":"Unhealthy","engine":"PostgreSQL","description":"Database PostgreSQL tidak menjawab."}]}""",
                await health.Content.ReadAsStringAsync());
            // A probe that asks for nothing in particular gets the status word.
            var plain = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, plain.StatusCode);
            Assert.Equal("Unhealthy", await plain.Content.ReadAsStringAsync());

            // A public page that reads the database.
            var page = await client.GetAsync(new Uri("/verifikasi/kode-apa-saja", UriKind.Relative));
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
            Assert.Contains("Terjadi kesalahan", html, StringComparison.Ordinal);
            Assert.Contains("Permintaan Anda tidak dapat diselesaikan", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Npgsql", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Exception", html, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await SetReachableAsync(true);
        }

        var after = await HealthAsync(client);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        await using var check = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ConnectionString);
        await check.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "Kecamatan" WHERE "Code" = '63.01.99'""", check);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    private static async Task<HttpResponseMessage> HealthAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json");
        return await client.SendAsync(request);
    }

    // From an admin connection: refuse new connections to the app's database and end the ones it holds.
    private async Task SetReachableAsync(bool reachable)
    {
        var name = new NpgsqlConnectionStringBuilder(database).Database;
        await using var admin = new NpgsqlConnection(await PostgresServer.AdminAsync());
        await admin.OpenAsync();
        var sql = reachable
            ? $"ALTER DATABASE {name} ALLOW_CONNECTIONS true"
            : $"ALTER DATABASE {name} ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'";
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(database);
    }
}
