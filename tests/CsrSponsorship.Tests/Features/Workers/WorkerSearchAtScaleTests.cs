using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Workers;

// The worker list at province scale (issue 20): the name index (decision 0211) finds what a plain scan finds, and the
// per-desa counts the triggers keep (decision 0212) match the table after every kind of write. The same body runs on
// SQLite and, as Category=Postgres, on PostgreSQL.
public abstract class WorkerSearchAtScaleTests : AppOnEachEngine
{
    private static readonly string[] FirstNames =
        ["Siti", "SITI", "Sîti", "sití", "Nur'aini", "Ahmad", "Muhammad", "Dewi", "Budi", "Aminah", "Zainal", "Ñoman", "Ásep", "Fitri"];

    private static readonly string[] LastNames = ["Hidayat", "Rahman", "Aminah", "Saputra", "Wulandari", "Siti-Aisyah", "Effendi", "Nur"];

    // Long and short terms, accents and case, a term across a space, punctuation only (no filter), none matching.
    private static readonly string[] Terms =
        ["siti", "SITI", "Sîti", "iti a", "ahmad", "AMINAH", "nur aini", "nur'aini", "noman", "asep", "ad", "SI", "s", "z", "!!!", "xyzq"];

    [Fact]
    public async Task The_name_index_and_NIK_prefixes_find_the_same_workers_as_a_plain_scan()
    {
        await SeedAsync(2_500);
        await using var db = await App.DbAsync();
        var all = await db.Workers.AsNoTracking().Select(w => new { w.Id, w.NormalizedName, w.Nik }).ToListAsync();

        foreach (var term in Terms)
        {
            var key = NameKey.Normalize(term);
            var expected = all
                .Where(w => key.Length == 0 || (key.Length < WorkerNameIndex.ContainsFrom ? w.NormalizedName.StartsWith(key, StringComparison.Ordinal) : w.NormalizedName.Contains(key, StringComparison.Ordinal)))
                .Select(w => w.Id).Order().ToList();

            var indexed = await db.Workers.WhereNameMatches(db, key).Select(w => w.Id).OrderBy(id => id).ToListAsync();

            Assert.True(expected.SequenceEqual(indexed), $"'{term}': {expected.Count} expected, {indexed.Count} found");
            if (key.Length >= WorkerNameIndex.ContainsFrom)
            {
                // Exactly what the list's LIKE scan found before the index.
                var pattern = LikePattern.Contains(key);
                var scanned = await db.Workers.Where(w => EF.Functions.Like(w.NormalizedName, pattern, LikePattern.Escape)).Select(w => w.Id).OrderBy(id => id).ToListAsync();
                Assert.Equal(scanned, indexed);
            }

            var listed = await App.Get<WorkerService>().SearchAsync(new WorkerQuery(term, Page: new PageRequest(0, 500)));
            Assert.Equal(expected.Count, listed.TotalCount);
            Assert.False(listed.TotalIsLowerBound);
            Assert.Equal(expected.Take(500).Count(), listed.Items.Count);
            Assert.All(listed.Items, r => Assert.Contains(r.Id, expected));
        }

        var some = all[all.Count / 2].Nik;
        foreach (var prefix in new[] { some[..6], some[..10], some[..14], some, "9999" })
        {
            var expected = all.Where(w => w.Nik.StartsWith(prefix, StringComparison.Ordinal)).Select(w => w.Id).Order().ToList();
            var listed = await App.Get<WorkerService>().SearchAsync(new WorkerQuery(prefix, Page: new PageRequest(0, 500)));
            Assert.Equal(expected.Count, listed.TotalCount);
            Assert.Equal(expected.Take(500), listed.Items.Select(r => r.Id).Order());
        }
    }

    // Issue 20: the list pages by cursor along (NormalizedName, Id) and reads a far page from the end, but what it shows
    // is page for page what a plain scan sorted in the database shows: forward, back, from the end, both orders.
    [Fact]
    public async Task Paging_by_cursor_gives_the_plain_scans_pages_for_frequent_rare_and_short_names_in_both_orders()
    {
        // The PostgreSQL class shares one database between its tests: other NIKs, and the plain scan reads them all.
        await SeedAsync(2_500, serialFrom: 10_000);
        await using var db = await App.DbAsync();
        var ascending = await db.Workers.AsNoTracking().OrderBy(w => w.NormalizedName).ThenBy(w => w.Id).Select(w => new { w.Id, w.NormalizedName, w.KecamatanCode }).ToListAsync();
        var descending = await db.Workers.AsNoTracking().OrderByDescending(w => w.NormalizedName).ThenBy(w => w.Id).Select(w => w.Id).ToListAsync();
        var service = App.Get<WorkerService>();
        const int size = 10;
        const string kintap = "63.01.07";

        // A name at the start only ("siti"), further on only ("hidayat", "iti a"), in both places of one name ("nur": NUR AINI
        // NUR; "aminah"), with another filter on top, rare, short, none.
        foreach (var (term, kecamatan) in new (string Term, string? Kecamatan)[]
        {
            ("siti", null), ("hidayat", null), ("iti a", null), ("nur", null), ("aminah", null), ("siti", kintap), ("noman hidayat", null),
            ("ah", null), ("", null), ("", kintap),
        })
        {
            var key = NameKey.Normalize(term);
            bool Matches(string name) => key.Length < WorkerNameIndex.ContainsFrom ? name.StartsWith(key, StringComparison.Ordinal) : name.Contains(key, StringComparison.Ordinal);
            var matching = ascending.Where(w => Matches(w.NormalizedName) && (kecamatan is null || w.KecamatanCode == kecamatan)).Select(w => w.Id).ToHashSet();
            foreach (var (inDescendingOrder, order) in new[] { (false, ascending.Select(w => w.Id)), (true, descending) })
            {
                var expected = order.Where(matching.Contains).ToList();
                var query = new WorkerQuery(term, KecamatanCode: kecamatan, Descending: inDescendingOrder);
                async Task<List<int>> PageAsync(int page, int? after = null, int? before = null) =>
                    [.. (await service.SearchAsync(query with { Page = new PageRequest(page, size), AfterId = after, BeforeId = before })).Items.Select(r => r.Id)];

                var walked = await PageAsync(0);
                for (var page = 1; page < 5 && walked.Count == page * size; page++)
                {
                    walked.AddRange(await PageAsync(page, after: walked[^1]));
                }

                Assert.True(expected.Count > 2 * size, $"'{term}' in {kecamatan}: {expected.Count} matches");
                var counted = await service.SearchAsync(query);
                Assert.Equal(expected.Count, counted.TotalCount);
                Assert.Equal(expected.Take(5 * size), walked);
                Assert.Equal(expected.Skip(size).Take(size), await PageAsync(1, before: walked[2 * size]));
                Assert.Equal(expected.Skip(2 * size).Take(size), await PageAsync(2));
                var last = (expected.Count - 1) / size;
                Assert.Equal(expected.Skip(last * size), await PageAsync(last));
                Assert.Equal(expected.Skip((last - 1) * size).Take(size), await PageAsync(last - 1));
            }
        }
    }

    // The NIK search reads a range of the unique NIK index for every kind of caller and term (a LIKE 'x%' would not).
    [Fact]
    public async Task NIK_prefix_and_exact_searches_are_served_by_the_NIK_index()
    {
        await using var db = await App.DbAsync();
        var officer = new Caller("loket-1", "Petugas", Roles.Loket, null);
        var admin = new Caller("admin", "Admin", Roles.Admin, null);
        foreach (var (term, caller) in new[] { ("6301", admin), ("6301021201900001", admin), ("63010212", officer), ("6301021201900001", officer), ("630102••••••0001", officer) })
        {
            var plan = await PlanAsync(db, db.Workers.NikMatches(term, caller).Select(w => w.Id));
            Assert.Contains("IX_Workers_Nik", plan, StringComparison.Ordinal);
        }
    }

    // Each part of a name search has an index of its own (decision 0197): a long key's parts, and a short key's prefix.
    [Fact]
    public async Task Each_part_of_a_name_search_is_read_through_an_index()
    {
        await using var db = await App.DbAsync();
        foreach (var key in new[] { "SITI", "SI" })
        {
            var parts = db.Workers.NameMatchParts(db, key);
            var expected = NameIndexPlans(key);
            Assert.Equal(expected.Length, parts.Count);
            foreach (var (part, fragment) in parts.Zip(expected))
            {
                var plan = await PlanAsync(db, part.Select(w => w.Id));
                Assert.True(plan.Contains(fragment, StringComparison.Ordinal), $"{key}: {fragment} not in\n{plan}");
            }
        }
    }

    protected abstract Task<string> PlanAsync(AppDbContext db, IQueryable<int> query);

    // What the plan of each part of a name search for the key shows.
    protected abstract string[] NameIndexPlans(string key);

    [Fact]
    public async Task The_counts_per_desa_and_status_stay_right_after_register_verify_edit_deactivate_import_and_raw_SQL()
    {
        var workers = App.Get<WorkerService>();
        var first = await workers.CreateAsync(new WorkerDraftBuilder().Build());
        var second = await workers.CreateAsync(new WorkerDraftBuilder().Build());
        await AssertCountsMatchAsync();

        App.ActAs(Roles.Disnakerind);
        await workers.VerifyAsync(first.Id);
        await AssertCountsMatchAsync();

        App.ActAsAdmin();
        await using (var db = await App.DbAsync())
        {
            var otherDesa = await db.Desa.Where(d => d.KecamatanCode == "63.01.02" && d.Code != "63.01.02.2003").Select(d => d.Code).FirstAsync();
            var form = await workers.GetEditFormAsync(second.Id);
            form.Draft.DesaCode = otherDesa;
            await workers.UpdateAsync(second.Id, form.Draft, form.Version);
        }

        await AssertCountsMatchAsync();

        await using (var db = await App.DbAsync())
        {
            (await db.Workers.SingleAsync(w => w.Id == first.Id)).Deactivate();
            await db.SaveChangesAsync();
        }

        await AssertCountsMatchAsync();

        App.ActAs(Roles.Loket, userId: "loket-1");
        var import = App.Get<WorkerImportService>();
        using (var builder = await WorkbookBuilder.FromTemplateAsync(import))
        {
            var file = builder.AddRange(Enumerable.Range(1, 4).Select(_ => new ImportRowBuilder())).Build();
            var preview = await import.PreviewAsync(new MemoryStream(file), "pekerja.xlsx", file.Length);
            Assert.Equal(4, (await import.ImportValidRowsAsync(preview)).Imported);
        }

        await AssertCountsMatchAsync();

        await using (var db = await App.DbAsync())
        {
            await db.Workers.Where(w => w.Id == second.Id).ExecuteDeleteAsync();
        }

        await AssertCountsMatchAsync();
    }

    [Fact]
    public async Task The_list_total_from_the_counts_equals_a_count_of_the_workers_for_every_kecamatan_desa_and_status_filter()
    {
        await SeedAsync(300, serialFrom: 5_000);
        await using var db = await App.DbAsync();
        var workers = App.Get<WorkerService>();
        var some = await db.Workers.Select(w => new { w.KecamatanCode, w.DesaCode }).FirstAsync();

        foreach (var query in new[]
        {
            new WorkerQuery(), new WorkerQuery(KecamatanCode: some.KecamatanCode), new WorkerQuery(DesaCode: some.DesaCode),
            new WorkerQuery(Status: WorkerStatus.Terverifikasi), new WorkerQuery(KecamatanCode: some.KecamatanCode, Status: WorkerStatus.Nonaktif),
            new WorkerQuery(KecamatanCode: "63.01.07", DesaCode: some.DesaCode), new WorkerQuery(Sex: Sex.Female, KecamatanCode: some.KecamatanCode),
        })
        {
            var expected = await db.Workers.CountAsync(w =>
                (query.KecamatanCode == null || w.KecamatanCode == query.KecamatanCode) && (query.DesaCode == null || w.DesaCode == query.DesaCode)
                && (query.Status == null || w.Status == query.Status) && (query.Sex == null || w.Sex == query.Sex));
            var listed = await workers.SearchAsync(query);
            Assert.Equal(expected, listed.TotalCount);
            Assert.False(listed.TotalIsLowerBound);
        }
    }

    private async Task AssertCountsMatchAsync()
    {
        await using var db = await App.DbAsync();
        var kept = await db.WorkerCounts.Where(c => c.Count != 0)
            .Select(c => new { c.DesaCode, c.KecamatanCode, c.Status, c.Count }).ToListAsync();
        var counted = await db.Workers.GroupBy(w => new { w.DesaCode, w.KecamatanCode, w.Status })
            .Select(g => new { g.Key.DesaCode, g.Key.KecamatanCode, g.Key.Status, Count = g.Count() }).ToListAsync();
        Assert.Equal(
            counted.OrderBy(c => c.DesaCode, StringComparer.Ordinal).ThenBy(c => c.Status),
            kept.OrderBy(c => c.DesaCode, StringComparer.Ordinal).ThenBy(c => c.Status));
    }

    // Straight into the table (as an import or a bulk load would), spread over real desas and every status.
    private async Task SeedAsync(int count, int serialFrom = 0)
    {
        await using var db = await App.DbAsync();
        var desa = await db.Desa.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Code, d.KecamatanCode }).ToListAsync();
        var random = new Random(20);
        var today = Wita.Today(App.Clock);
        for (var i = serialFrom; i < serialFrom + count; i++)
        {
            var home = desa[random.Next(desa.Count)];
            var born = today.AddYears(-20).AddDays(-(i % 9_000));
            var sex = i % 2 == 0 ? Sex.Female : Sex.Male;
            var nik = WorkerDraftBuilder.Nik("6301" + home.KecamatanCode[^2..], born, sex, i);
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            var worker = Worker.Register(
                new ValidWorker(nik, name, "Pelaihari", born, sex, home.Code, home.KecamatanCode, "001", "002", "Jl. Contoh", null, "nelayan", null,
                    1_000_000, null, Provenance.Loket, "Petugas", today, null),
                "seed", DateTime.UtcNow);
            switch (i % 5)
            {
                case 1:
                    worker.Verify("seed", DateTime.UtcNow);
                    break;
                case 2:
                    worker.Deactivate();
                    break;
            }

            db.Workers.Add(worker);
        }

        await db.SaveChangesAsync();
    }
}

public sealed class WorkerSearchAtScaleOnSqliteTests : WorkerSearchAtScaleTests
{
    protected override Task<TestApp> StartAsync() => TestApp.StartAsync();

    protected override async Task<string> PlanAsync(AppDbContext db, IQueryable<int> query) =>
        await ExplainAsync(db, query.CreateDbCommand(), "EXPLAIN QUERY PLAN ");

    protected override string[] NameIndexPlans(string key) =>
        key.Length < WorkerNameIndex.ContainsFrom
            ? ["INDEX IX_Workers_NormalizedName (NormalizedName>? AND NormalizedName<?)"]
            : ["INDEX IX_Workers_NormalizedName (NormalizedName>? AND NormalizedName<?)", "SCAN WorkerNameTail VIRTUAL TABLE"];
}

[Trait("Category", "Postgres")]
public sealed class WorkerSearchAtScaleOnPostgreSqlTests(PostgresDatabase postgres) : WorkerSearchAtScaleTests, IClassFixture<PostgresDatabase>
{
    protected override Task<TestApp> StartAsync() => TestApp.StartOnPostgresAsync(postgres.ConnectionString);

    // A few thousand rows fit a page or two, where a sequential scan is cheapest: the planner is told to avoid one, so
    // the plan shows whether an index can serve the condition at all.
    protected override async Task<string> PlanAsync(AppDbContext db, IQueryable<int> query)
    {
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        return await ExplainAsync(db, query.CreateDbCommand(), "EXPLAIN ");
    }

    // The start of the name as a range of a NormalizedName b-tree (collation "C"), the rest through the trigram index.
    protected override string[] NameIndexPlans(string key) =>
        key.Length < WorkerNameIndex.ContainsFrom
            ? [$"Index Cond: (((\"NormalizedName\")::text >= '{key}'::text)"]
            : [$"Index Cond: (((\"NormalizedName\")::text >= '{key}'::text)", "Bitmap Index Scan on \"IX_Workers_NormalizedName_Rest_Trigram\""];
}
