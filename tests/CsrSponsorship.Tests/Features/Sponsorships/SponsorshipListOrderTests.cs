using System.Data.Common;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Sponsorships;

// The sponsorship list at province scale (decision 0209): newest first, then by id, from one index, so a page reads
// its own rows however many sponsorships share a time; one submission is saved, and so listed, in name order. The same
// body runs on SQLite and, as Category=Postgres, on PostgreSQL.
public abstract class SponsorshipListOrderTests : AppOnEachEngine
{
    private static readonly YearMonth July2026 = new(2026, 7);

    protected abstract Task<string> PlanAsync(AppDbContext db, DbCommand command);

    protected abstract void AssertWalksTheListIndexWithoutSorting(string plan);

    protected abstract void AssertFindsBilledLinesBySponsorship(string plan);

    [Fact]
    public async Task Two_adoptions_list_the_later_first_and_each_by_name_though_chosen_in_another_order()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 18));
        var company = await App.CompanyAsync("PT Urutan Daftar");
        var first = await NamedWorkersAsync("Yusuf Rahman", "Ahmad Fauzi", "Maria Ulfa");
        var second = await NamedWorkersAsync("Rina Marlina", "Budi Santoso");

        App.ActAsCsrOf(company);
        var adoption = App.Get<AdoptionService>();
        await adoption.SubmitAsync(new AdoptionRequest([.. first.Values], new AdoptionTerms(false, July2026, 6)));
        App.Clock.Advance(TimeSpan.FromMinutes(3));
        await adoption.SubmitAsync(new AdoptionRequest([.. second.Values], new AdoptionTerms(false, July2026, 6)));

        App.ActAsAdmin();
        var list = await App.Get<SponsorshipService>().ListAsync(new SponsorshipQuery(CompanyId: company.Id, Page: new PageRequest(0, 25)));

        Assert.Equal(
            ["BUDI SANTOSO", "RINA MARLINA", "AHMAD FAUZI", "MARIA ULFA", "YUSUF RAHMAN"],
            list.Items.Select(r => r.WorkerName.ToUpperInvariant()));
        Assert.Equal(list.Items.OrderByDescending(r => r.CreatedAtUtc).ThenBy(r => r.Id).Select(r => r.Id), list.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task Paging_on_after_the_last_row_gives_the_same_pages_as_skipping_also_within_one_instant()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 18));
        var company = await App.CompanyAsync("PT Halaman Berikut");
        var adoption = App.Get<AdoptionService>();
        // Three submissions: 3, 4 and 2 workers, each saved at one instant, so pages of 2 split ties in time.
        foreach (var names in new[] { new[] { "Abdul Gani", "Siti Aminah", "Rudi Hartono" }, ["Nur Aini", "Hasan Basri", "Dewi Lestari", "Eko Prasetyo"], ["Fitri Handayani", "Joko Susilo"] })
        {
            var workers = await NamedWorkersAsync(names);
            App.ActAsCsrOf(company);
            await adoption.SubmitAsync(new AdoptionRequest([.. workers.Values], new AdoptionTerms(false, July2026, 6)));
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        App.ActAsAdmin();
        var list = App.Get<SponsorshipService>();
        var filter = new SponsorshipQuery(CompanyId: company.Id);
        var skipped = new List<int>();
        var walked = new List<int>();
        SponsorshipCursor? after = null;
        for (var page = 0; page < 5; page++)
        {
            skipped.AddRange((await list.ListAsync(filter with { Page = new PageRequest(page, 2) })).Items.Select(r => r.Id));
            var rows = (await list.ListAsync(filter with { Page = new PageRequest(page, 2), After = after })).Items;
            walked.AddRange(rows.Select(r => r.Id));
            after = SponsorshipCursor.LastOf(rows);
        }

        var all = (await list.ListAsync(filter with { Page = new PageRequest(0, 25) })).Items.Select(r => r.Id).ToList();
        Assert.Equal(9, all.Count);
        Assert.Equal(all, skipped);
        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task A_page_of_the_list_walks_its_index_and_sorts_nothing()
    {
        await using var db = await App.DbAsync();
        var cursor = new SponsorshipCursor(new DateTime(2026, 6, 18, 3, 0, 0, DateTimeKind.Utc), 9_950);
        foreach (var query in new[] { new SponsorshipQuery(Page: new PageRequest(0, 25)), new SponsorshipQuery(Page: new PageRequest(198, 50)), new SponsorshipQuery(Page: new PageRequest(199, 50), After: cursor) })
        {
            var rows = SponsorshipService.PageOf(db, query, App.CurrentUser.Caller, July2026);
            AssertWalksTheListIndexWithoutSorting(await PlanAsync(db, rows.CreateDbCommand()));
        }

        // What the page's rows were billed: found by sponsorship, not by reading every issued invoice's lines.
        var billed = await PlanAsync(db, SponsorshipMoney.BilledLinesOf(db, [1, 2, 3]).CreateDbCommand());
        AssertFindsBilledLinesBySponsorship(billed);
    }

    // Registered and verified through the real services, with the names given; name → id.
    private async Task<Dictionary<string, int>> NamedWorkersAsync(params string[] names)
    {
        App.ActAs(Roles.Disnakerind, userId: "disnaker-seed");
        var workers = App.Get<WorkerService>();
        var ids = new Dictionary<string, int>();
        foreach (var name in names)
        {
            var saved = await workers.CreateAsync(new WorkerDraftBuilder(today: Wita.Today(App.Clock)).With(d => d.FullName = name).Build());
            await workers.VerifyAsync(saved.Id);
            ids[name] = saved.Id;
        }

        return ids;
    }
}

public sealed class SponsorshipListOrderOnSqliteTests : SponsorshipListOrderTests
{
    protected override Task<TestApp> StartAsync() => TestApp.StartAsync();

    protected override Task<string> PlanAsync(AppDbContext db, DbCommand command) => ExplainAsync(db, command, "EXPLAIN QUERY PLAN ");

    // e.g. "SCAN s USING INDEX IX_Sponsorships_CreatedAtUtc_Id"; no "USE TEMP B-TREE FOR ORDER BY".
    protected override void AssertWalksTheListIndexWithoutSorting(string plan) =>
        Assert.True(plan.Contains("USING INDEX IX_Sponsorships_CreatedAtUtc_Id", StringComparison.Ordinal) && !plan.Contains("TEMP B-TREE", StringComparison.Ordinal), plan);

    // "SEARCH i USING INDEX IX_InvoiceWorkers_SponsorshipId_Released (SponsorshipId=?)", not a walk of the issued invoices
    // (IX_Invoices_Status_DueDate) and their lines (IX_InvoiceWorkers_InvoiceId).
    protected override void AssertFindsBilledLinesBySponsorship(string plan) =>
        Assert.True(plan.Contains("USING INDEX IX_InvoiceWorkers_SponsorshipId_Released (SponsorshipId=?)", StringComparison.Ordinal)
                    && !plan.Contains("IX_Invoices_Status", StringComparison.Ordinal) && !plan.Contains("IX_InvoiceWorkers_InvoiceId", StringComparison.Ordinal), plan);
}

[Trait("Category", "Postgres")]
public sealed class SponsorshipListOrderOnPostgreSqlTests(PostgresDatabase postgres) : SponsorshipListOrderTests, IClassFixture<PostgresDatabase>
{
    protected override Task<TestApp> StartAsync() => TestApp.StartOnPostgresAsync(postgres.ConnectionString);

    // As in AuditLogPagingTests: with sequential scans, bitmap scans and sorts switched off, a small test table plans as
    // a large one, and a Sort still appears where no index gives the order.
    protected override async Task<string> PlanAsync(AppDbContext db, DbCommand command)
    {
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("""ANALYZE "Sponsorships"; SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off""");
        return await ExplainAsync(db, command, "EXPLAIN ");
    }

    // e.g. "Index Scan using "IX_Sponsorships_CreatedAtUtc_Id""; no Sort node above it.
    protected override void AssertWalksTheListIndexWithoutSorting(string plan) =>
        Assert.True(plan.Contains("using \"IX_Sponsorships_CreatedAtUtc_Id\"", StringComparison.Ordinal) && !plan.Contains("Sort", StringComparison.Ordinal), plan);

    // Either index on InvoiceWorkers.SponsorshipId (PostgreSQL matches NOT "Released" to the partial one too).
    protected override void AssertFindsBilledLinesBySponsorship(string plan) =>
        Assert.True(plan.Contains("using \"IX_InvoiceWorkers_SponsorshipId", StringComparison.Ordinal), plan);
}
