using CsrSponsorship.Core.Data;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Data;

// A total over disjoint parts (the name search's two parts, decisions 0197 and 0223) counts part by part and stops once
// past the limit: the sum is exact up to 10,000, "more than 10,000" beyond, and a part after the limit is never read.
public abstract class ListCountingTests : AppOnEachEngine
{
    private static readonly DateTime June1 = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Parts_are_summed_up_to_the_limit_and_a_part_after_it_is_not_read()
    {
        await using var db = await App.DbAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AuditEntries" ("AtUtc", "UserId", "UserName", "Action", "EntityType", "EntityId")
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10005)
            SELECT {June1}, CASE WHEN i <= 9995 THEN 'first' ELSE 'second' END, 'Petugas', 'SignedIn', 'User', 'x' FROM n
            """);
        var first = db.AuditEntries.Where(a => a.UserId == "first").Select(_ => 1);
        var second = db.AuditEntries.Where(a => a.UserId == "second").Select(_ => 1);
        var few = db.AuditEntries.Where(a => a.UserId == "second" && a.Id % 2 == 0).Select(_ => 1);
        // Reading this part fails: it shows whether the count went on after passing the limit.
        var unreadable = db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM \"NoSuchTable\"");

        Assert.Equal((10_000, false), await ListCounting.CountAsync([first, few], CancellationToken.None));
        Assert.Equal((ListCounting.Limit, true), await ListCounting.CountAsync([first, few, second.Take(1)], CancellationToken.None));
        Assert.Equal((ListCounting.Limit, true), await ListCounting.CountAsync([first, second], CancellationToken.None));
        Assert.Equal((ListCounting.Limit, true), await ListCounting.CountAsync([second, first, unreadable], CancellationToken.None));
        Assert.Equal((10, false), await ListCounting.CountAsync([second, second.Take(0)], CancellationToken.None));
        await Assert.ThrowsAnyAsync<Exception>(() => ListCounting.CountAsync([second, unreadable], CancellationToken.None));
    }
}

public sealed class ListCountingOnSqliteTests : ListCountingTests
{
    protected override Task<TestApp> StartAsync() => TestApp.StartAsync();
}

[Trait("Category", "Postgres")]
public sealed class ListCountingOnPostgreSqlTests(PostgresDatabase postgres) : ListCountingTests, IClassFixture<PostgresDatabase>
{
    protected override Task<TestApp> StartAsync() => TestApp.StartOnPostgresAsync(postgres.ConnectionString);
}
