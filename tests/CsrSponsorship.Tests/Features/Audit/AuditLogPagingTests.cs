using System.Data.Common;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Audit;

// The audit log at province scale (decisions 0205, 0206): newest first by (time, id), the next page starts after the
// last row shown (keyset), every filter the page offers walks an index in that order without sorting, and the total
// stops counting past 10,000. The same body runs on SQLite and, as Category=Postgres, on PostgreSQL.
public abstract class AuditLogPagingTests : AppOnEachEngine
{
    private static readonly DateTime June1 = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    // Every filter the page offers, alone and together (From/To are WITA days).
    private static readonly AuditQuery[] Filters =
    [
        new(),
        new(Action: AuditActions.Updated),
        new(EntityType: "Invoice"),
        new(User: "u2"),
        new(From: new DateOnly(2026, 6, 2), To: new DateOnly(2026, 6, 3)),
        new(Action: AuditActions.Created, EntityType: "Worker"),
        new(Action: AuditActions.Deleted, From: new DateOnly(2026, 6, 2)),
        new(EntityType: "Payment", To: new DateOnly(2026, 6, 3)),
        new(User: "Petugas 1", Action: AuditActions.Updated, From: new DateOnly(2026, 6, 1)),
    ];

    // The plan of one statement, one line per step.
    protected abstract Task<string> PlanAsync(AppDbContext db, DbCommand command);

    protected abstract void AssertWalksAnIndexWithoutSorting(string plan);

    protected abstract void AssertJumpsAlongTheEntityIndex(string plan);

    [Fact]
    public async Task Paging_after_the_last_row_shows_the_same_rows_as_skipping_newest_first_by_time_then_id()
    {
        await SeedAsync();
        var audit = App.Get<AuditService>();

        // From the seeded days on: the other tests of the class may share the database (PostgreSQL) and add older rows.
        foreach (var filter in Filters.Select(f => f with { From = f.From ?? new DateOnly(2026, 6, 1) }))
        {
            var all = await audit.ListAsync(filter with { Page = new PageRequest(0, 500) });
            Assert.Equal(
                all.Items.OrderByDescending(r => r.AtUtc).ThenByDescending(r => r.Id).Select(r => r.Id),
                all.Items.Select(r => r.Id));
            Assert.Equal(all.Items.Count, all.TotalCount);

            var walked = new List<long>();
            AuditCursor? after = null;
            for (var page = 0; page * 7 < all.TotalCount; page++)
            {
                var next = await audit.ListAsync(filter with { Page = new PageRequest(page, 7), After = after });
                var skipped = await audit.ListAsync(filter with { Page = new PageRequest(page, 7) });
                Assert.Equal(skipped.Items.Select(r => r.Id), next.Items.Select(r => r.Id));
                Assert.Equal(all.TotalCount, next.TotalCount);
                walked.AddRange(next.Items.Select(r => r.Id));
                after = new AuditCursor(next.Items[^1].AtUtc, next.Items[^1].Id);
            }

            Assert.Equal(all.Items.Select(r => r.Id), walked);
        }
    }

    [Fact]
    public async Task Every_filter_of_the_log_page_walks_an_index_in_time_order_and_sorts_nothing()
    {
        await SeedAsync();
        await using var db = await App.DbAsync();
        var cursor = new AuditCursor(June1.AddDays(2), 40);
        foreach (var filter in Filters.SelectMany(f => new[] { f with { Page = new PageRequest(3, 25) }, f with { Page = new PageRequest(1, 25), After = cursor } }))
        {
            var plan = await PlanAsync(db, AuditService.PageOf(db, filter).CreateDbCommand());
            AssertWalksAnIndexWithoutSorting(plan);
        }
    }

    [Fact]
    public async Task The_entity_filter_offers_each_recorded_type_once_in_order_by_jumping_along_the_entity_index()
    {
        await SeedAsync();
        var types = await App.Get<AuditService>().EntityTypesAsync();

        await using var db = await App.DbAsync();
        // What DISTINCT over every row gives (the other tests of the class may share the database on PostgreSQL).
        Assert.Equal(await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(), types);
        Assert.Subset(types.ToHashSet(), new HashSet<string> { "Invoice", "Payment", "Sponsorship", "Worker" });

        await db.Database.OpenConnectionAsync();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = AuditService.EntityTypesSql;
        AssertJumpsAlongTheEntityIndex(await PlanAsync(db, command));
    }

    [Fact]
    public async Task Past_ten_thousand_matching_rows_the_log_stops_counting_and_says_more_than_ten_thousand()
    {
        await SeedAsync();
        await using (var db = await App.DbAsync())
        {
            // Straight into the table, as a busy year of sign-ins would leave it.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "AuditEntries" ("AtUtc", "UserId", "UserName", "Action", "EntityType", "EntityId")
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10001)
                SELECT {June1.AddYears(-1)}, 'u9', 'Petugas 9', 'SignedIn', 'User', 'u9' FROM n
                """);
        }

        var audit = App.Get<AuditService>();
        var many = await audit.ListAsync(new AuditQuery(Action: AuditService.SignedIn, Page: new PageRequest(0, 25)));
        Assert.True(many.TotalIsLowerBound);
        Assert.Equal(ListCounting.Limit, many.TotalCount);
        Assert.Equal(25, many.Items.Count);
        Assert.Equal(
            "1–25 dari lebih dari 10.000 catatan — persempit pencarian untuk melihat jumlah pastinya",
            TotalText.Range(1, 25, many.TotalCount, many.TotalIsLowerBound, "catatan"));

        var few = await audit.ListAsync(new AuditQuery(Action: AuditActions.Deleted, Page: new PageRequest(0, 500)));
        Assert.False(few.TotalIsLowerBound);
        Assert.Equal(few.Items.Count, few.TotalCount);
    }

    // 120 rows over three days: actions, entities and users in turn, several rows sharing a second (ties broken by id).
    private async Task SeedAsync()
    {
        string[] actions = [AuditActions.Created, AuditActions.Updated, AuditActions.Deleted];
        string[] entities = ["Worker", "Invoice", "Payment", "Sponsorship"];
        await using var db = await App.DbAsync();
        for (var i = 0; i < 120; i++)
        {
            var at = June1.AddHours(i * 37 % 72).AddSeconds(i % 3 == 0 ? 0 : i);
            var user = "u" + (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
            db.AuditEntries.Add(AuditEntry.Create(
                at, new AuditActor(user, "Petugas " + (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                actions[i % 3], entities[i % 4], i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null));
        }

        await db.SaveChangesAsync();
    }
}

public sealed class AuditLogPagingOnSqliteTests : AuditLogPagingTests
{
    protected override Task<TestApp> StartAsync() => TestApp.StartAsync();

    protected override Task<string> PlanAsync(AppDbContext db, DbCommand command) => ExplainAsync(db, command, "EXPLAIN QUERY PLAN ");

    // e.g. "SEARCH AuditEntries USING INDEX IX_AuditEntries_Action_AtUtc_Id (Action=? AND AtUtc<?)"; no "USE TEMP B-TREE".
    protected override void AssertWalksAnIndexWithoutSorting(string plan)
    {
        Assert.True(plan.Contains("INDEX IX_AuditEntries_", StringComparison.Ordinal) && !plan.Contains("TEMP B-TREE", StringComparison.Ordinal), plan);
    }

    // "SEARCH AuditEntries USING COVERING INDEX IX_AuditEntries_EntityType_… (EntityType>?)", never "SCAN AuditEntries".
    protected override void AssertJumpsAlongTheEntityIndex(string plan)
    {
        Assert.True(plan.Contains("SEARCH AuditEntries USING COVERING INDEX IX_AuditEntries_EntityType_", StringComparison.Ordinal)
                    && plan.Contains("(EntityType>?)", StringComparison.Ordinal)
                    && !plan.Contains("SCAN AuditEntries", StringComparison.Ordinal), plan);
    }
}

[Trait("Category", "Postgres")]
public sealed class AuditLogPagingOnPostgreSqlTests(PostgresDatabase postgres) : AuditLogPagingTests, IClassFixture<PostgresDatabase>
{
    protected override Task<TestApp> StartAsync() => TestApp.StartOnPostgresAsync(postgres.ConnectionString);

    // A test table of a few hundred rows fits in a few pages, where reading it all and sorting always wins. With those
    // plans switched off, a Sort still appears when no index gives the order; without one, the plan names the index that
    // serves filter and order together, which is the plan a LIMIT over millions of rows takes.
    protected override async Task<string> PlanAsync(AppDbContext db, DbCommand command)
    {
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("""ANALYZE "AuditEntries"; SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off""");
        return await ExplainAsync(db, command, "EXPLAIN ");
    }

    // e.g. "Index Scan Backward using "IX_AuditEntries_Action_AtUtc_Id""; no Sort node above it.
    protected override void AssertWalksAnIndexWithoutSorting(string plan)
    {
        Assert.True(plan.Contains("using \"IX_AuditEntries_", StringComparison.Ordinal) && !plan.Contains("Sort", StringComparison.Ordinal), plan);
    }

    // The recursion's steps probe the entity index ("Recursive Union", "Index Only Scan using
    // "IX_AuditEntries_EntityType_…"" under a Limit 1); no "Seq Scan" reads the log.
    protected override void AssertJumpsAlongTheEntityIndex(string plan)
    {
        Assert.True(plan.Contains("Recursive Union", StringComparison.Ordinal)
                    && plan.Contains("Index Only Scan using \"IX_AuditEntries_EntityType_", StringComparison.Ordinal)
                    && !plan.Contains("Seq Scan", StringComparison.Ordinal), plan);
    }
}
