using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Outreach;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Features.Outreach;

// One-stop desks as places (issue 21, part 1): the seeded desks, the desk form's rules, agents, the attribution of a
// registration to its desk, and the desk report. The same body runs on SQLite and, as Category=Postgres, on PostgreSQL.
public abstract class DeskServiceTests : AppOnEachEngine
{
    private const string LiangAnggang = "63.01.05.2004";
    private const string AsamAsam = "63.01.02.2003";

    private DeskService Desks => App.Get<DeskService>();

    [Fact]
    public async Task The_two_programme_desks_are_seeded_and_marked_as_seeded()
    {
        var list = await Desks.ListAsync(new DeskQuery());

        Assert.Equal(2, list.TotalCount);
        Assert.All(list.Items, d => Assert.True(d.FromSeed));
        var liang = Assert.Single(list.Items, d => d.DesaName == "Liang Anggang");
        Assert.Equal("Bati Bati", liang.KecamatanName);
        Assert.Equal("Senin–Jumat, 08.00–14.00 WITA", liang.Hours);
        Assert.Contains(list.Items, d => d.Name.Contains("Kecamatan Bati Bati", StringComparison.Ordinal));
        var detail = await Desks.GetAsync(liang.Id);
        Assert.Equal("liang-anggang", detail.SeedKey);
        Assert.Equal(LiangAnggang, detail.DesaCode);
    }

    [Fact]
    public async Task A_restart_does_not_undo_what_Disnakerind_changed_on_a_seeded_desk()
    {
        var liang = (await Desks.ListAsync(new DeskQuery(Search: "Liang"))).Items.Single();
        var edit = await Desks.GetEditFormAsync(liang.Id);
        edit.Draft.ClosesAt = new TimeOnly(16, 0);
        await Desks.UpdateAsync(liang.Id, edit.Draft, edit.Version);

        await App.Services.GetRequiredService<Core.DatabaseInitializer>().InitializeAsync();

        Assert.Equal(2, (await Desks.ListAsync(new DeskQuery())).TotalCount);
        Assert.Equal(new TimeOnly(16, 0), (await Desks.GetAsync(liang.Id)).ClosesAt);
    }

    [Fact]
    public async Task A_desk_with_bad_fields_is_refused_field_by_field_and_nothing_is_saved()
    {
        var draft = new DeskDraft
        {
            Name = "  ", DesaCode = "63.01.99.9999", Address = "", OpeningDays = DeskDays.None, OpensAt = new TimeOnly(14, 0), ClosesAt = new TimeOnly(8, 0),
            OfficePhone = "12", AgentUserIds = ["bukan-petugas"],
        };

        var refusal = await Assert.ThrowsAsync<DeskValidationException>(() => Desks.CreateAsync(draft));

        Assert.Equal(
            [nameof(DeskDraft.Name), nameof(DeskDraft.DesaCode), nameof(DeskDraft.Address), nameof(DeskDraft.OpeningDays), nameof(DeskDraft.ClosesAt),
             nameof(DeskDraft.OfficePhone), nameof(DeskDraft.AgentUserIds)],
            refusal.Errors.Select(e => e.Field));
        Assert.Contains("Jam tutup harus setelah jam buka.", refusal.Errors.Select(e => e.Message));
        Assert.Equal(2, (await Desks.ListAsync(new DeskQuery())).TotalCount);
    }

    [Fact]
    public async Task A_second_desk_of_the_same_name_is_refused_with_a_message_on_the_name()
    {
        await Desks.CreateAsync(Draft("Loket Desa Asam Asam", AsamAsam));

        var refusal = await Assert.ThrowsAsync<DeskValidationException>(() => Desks.CreateAsync(Draft("Loket Desa Asam Asam", AsamAsam)));

        var issue = Assert.Single(refusal.Errors);
        Assert.Equal(nameof(DeskDraft.Name), issue.Field);
        Assert.StartsWith("Sudah ada loket bernama Loket Desa Asam Asam.", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agents_are_Loket_accounts_and_the_desk_lists_them()
    {
        var agent = await LoketUserAsync("petugas.asam@test.local", "Petugas Asam Asam");
        var officer = await UserAsync("kepala@test.local", "Kepala Bidang", Roles.Disnakerind);

        var refused = await Assert.ThrowsAsync<DeskValidationException>(() => Desks.CreateAsync(Draft("Loket Asam Asam", AsamAsam, officer)));
        Assert.Equal(nameof(DeskDraft.AgentUserIds), Assert.Single(refused.Errors).Field);

        var id = await Desks.CreateAsync(Draft("Loket Asam Asam", AsamAsam, agent));

        var detail = await Desks.GetAsync(id);
        Assert.Equal("Petugas Asam Asam", Assert.Single(detail.Agents).FullName);
        Assert.Equal(["Petugas Asam Asam"], (await Desks.ListAsync(new DeskQuery(Search: "asam"))).Items.Single().AgentNames);
        Assert.Contains(await Desks.AgentOptionsAsync(), a => a.UserId == agent);
        Assert.DoesNotContain(await Desks.AgentOptionsAsync(), a => a.UserId == officer);
    }

    [Fact]
    public async Task An_agent_of_one_desk_registers_there_without_choosing()
    {
        var agent = await LoketUserAsync("fajar@test.local", "Fajar");
        var desk = await Desks.CreateAsync(Draft("Loket Asam Asam", AsamAsam, agent));
        App.ActAs(Roles.Loket, userId: agent);

        var saved = await App.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder(today: Wita.Today(App.Clock)).Build());

        Assert.Equal(desk, await DeskOfAsync(saved.Id));
        Assert.Equal([desk], (await Desks.RegistrationOptionsAsync()).Select(o => o.Id));
    }

    [Fact]
    public async Task An_agent_of_two_desks_must_say_where_and_may_not_name_a_desk_he_does_not_serve()
    {
        var agent = await LoketUserAsync("dua@test.local", "Petugas Dua Loket");
        var first = await Desks.CreateAsync(Draft("Loket Pertama", AsamAsam, agent));
        var second = await Desks.CreateAsync(Draft("Loket Kedua", LiangAnggang, agent));
        var other = await Desks.CreateAsync(Draft("Loket Orang Lain", LiangAnggang));
        App.ActAs(Roles.Loket, userId: agent);
        var workers = App.Get<WorkerService>();

        var unsaid = await Assert.ThrowsAsync<WorkerValidationException>(() => workers.CreateAsync(new WorkerDraftBuilder(today: Wita.Today(App.Clock)).Build()));
        var wrong = await Assert.ThrowsAsync<WorkerValidationException>(
            () => workers.CreateAsync(new WorkerDraftBuilder(today: Wita.Today(App.Clock)).With(d => d.DeskId = other).Build()));
        var saved = await workers.CreateAsync(new WorkerDraftBuilder(today: Wita.Today(App.Clock)).With(d => d.DeskId = second).Build());

        Assert.Equal("Anda bertugas di lebih dari satu loket. Pilih loket tempat pendaftaran ini dilakukan.", Assert.Single(unsaid.Errors).Message);
        Assert.Equal("Anda tidak bertugas di loket itu. Pilih loket tempat Anda bertugas.", Assert.Single(wrong.Errors).Message);
        Assert.Equal(second, await DeskOfAsync(saved.Id));
        Assert.Equal([first, second], (await Desks.RegistrationOptionsAsync()).Select(o => o.Id).Order());
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.Workers.CountAsync());
    }

    [Fact]
    public async Task An_imported_file_is_attributed_to_the_desk_its_agent_names_and_not_to_one_he_does_not_serve()
    {
        var agent = await LoketUserAsync("impor@test.local", "Petugas Impor");
        await Desks.CreateAsync(Draft("Loket Impor Satu", AsamAsam, agent));
        var second = await Desks.CreateAsync(Draft("Loket Impor Dua", LiangAnggang, agent));
        var other = await Desks.CreateAsync(Draft("Loket Bukan Miliknya", LiangAnggang));
        App.ActAs(Roles.Loket, userId: agent);
        var import = App.Get<WorkerImportService>();
        using var book = await WorkbookBuilder.FromTemplateAsync(import);
        var file = book.AddRange([new ImportRowBuilder(serial: 7101), new ImportRowBuilder(serial: 7102)]).Build();
        var preview = await import.PreviewAsync(new MemoryStream(file), "loket.xlsx", file.Length);

        var unsaid = await Assert.ThrowsAsync<WorkerValidationException>(() => import.ImportValidRowsAsync(preview));
        var wrong = await Assert.ThrowsAsync<WorkerValidationException>(() => import.ImportValidRowsAsync(preview, deskId: other));
        await using (var db = await App.DbAsync())
        {
            Assert.Equal(0, await db.Workers.CountAsync());
        }

        var outcome = await import.ImportValidRowsAsync(preview, deskId: second);

        Assert.Equal(2, outcome.Imported);
        Assert.Contains("lebih dari satu loket", Assert.Single(unsaid.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("tidak bertugas di loket itu", Assert.Single(wrong.Errors).Message, StringComparison.Ordinal);
        await using var after = await App.DbAsync();
        Assert.Equal([second, second], await after.Workers.Select(w => w.DeskId).ToListAsync());
    }

    [Fact]
    public async Task A_closed_desk_takes_no_registrations_but_keeps_those_it_had()
    {
        var agent = await LoketUserAsync("tutup@test.local", "Petugas Tutup");
        var desk = await Desks.CreateAsync(Draft("Loket Akan Tutup", AsamAsam, agent));
        App.ActAs(Roles.Loket, userId: agent);
        var before = await App.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder(today: Wita.Today(App.Clock)).Build());

        App.ActAsAdmin();
        var edit = await Desks.GetEditFormAsync(desk);
        edit.Draft.IsActive = false;
        await Desks.UpdateAsync(desk, edit.Draft, edit.Version);
        App.ActAs(Roles.Loket, userId: agent);
        var after = await App.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder(today: Wita.Today(App.Clock)).Build());

        Assert.Equal(desk, await DeskOfAsync(before.Id));
        Assert.Null(await DeskOfAsync(after.Id));
        App.ActAsAdmin();
        Assert.Equal(1, (await Desks.GetAsync(desk)).RegisteredWorkers);
        var refused = await Assert.ThrowsAsync<WorkerValidationException>(
            () => App.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder(today: Wita.Today(App.Clock)).With(d => d.DeskId = desk).Build()));
        Assert.Equal(nameof(Core.Domain.Workers.WorkerDraft.DeskId), Assert.Single(refused.Errors).Field);
    }

    [Fact]
    public async Task The_desk_report_counts_registrations_verifications_adoptions_and_hand_overs_in_their_WITA_months()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 5, 31));
        var agent = await LoketUserAsync("laporan@test.local", "Petugas Laporan");
        var desk = await Desks.CreateAsync(Draft("Loket Laporan", AsamAsam, agent));
        App.ActAs(Roles.Loket, userId: agent);
        var workers = App.Get<WorkerService>();
        var may = await workers.CreateAsync(new WorkerDraftBuilder(today: new DateOnly(2026, 5, 31)).Build());
        // 1 June 06:00 WITA is still 31 May in UTC: the desk counts it in June, as its agent would.
        App.Clock.Advance(TimeSpan.FromHours(18));
        var june1 = await workers.CreateAsync(new WorkerDraftBuilder(today: new DateOnly(2026, 6, 1)).Build());
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 2));
        var june2 = await workers.CreateAsync(new WorkerDraftBuilder(today: new DateOnly(2026, 6, 2)).Build());
        App.ActAs(Roles.Disnakerind, userId: "disnaker-laporan");
        foreach (var id in new[] { may.Id, june1.Id, june2.Id })
        {
            await workers.VerifyAsync(id);
        }

        var company = await App.CompanyAsync("PT Laporan Loket");
        App.ActAsCsrOf(company);
        var adopted = await App.Get<AdoptionService>().SubmitAsync(new AdoptionRequest([may.Id, june1.Id], new AdoptionTerms(false, new YearMonth(2026, 7), 1)));
        await using (var db = await App.DbAsync())
        {
            // Invoiced and paid, as Keuangan would leave them, so that the months end as covered.
            foreach (var s in await db.Sponsorships.Where(s => adopted.SponsorshipIds.Contains(s.Id)).ToListAsync())
            {
                s.MarkInvoiced();
                s.MarkPaid();
            }

            await db.SaveChangesAsync();
        }

        App.Clock.SetWitaDate(new DateOnly(2026, 8, 3));
        App.ActAs(Roles.Disnakerind, userId: "disnaker-laporan");
        await App.Get<HandoverService>().RecordOutcomeAsync(adopted.SponsorshipIds[0], SponsorshipOutcome.Mandiri, "Bayar lewat agen Perisai");

        var report = await App.Get<DeskReportService>().ReportAsync(new YearMonth(2026, 5), new YearMonth(2026, 8));

        var rows = report.Rows.Where(r => r.DeskId == desk).ToDictionary(r => r.Month);
        Assert.Equal([1, 2, 0, 0], rows.Values.OrderBy(r => r.Month).Select(r => r.Registered));
        Assert.Equal([0, 3, 0, 0], rows.Values.OrderBy(r => r.Month).Select(r => r.Verified));
        Assert.Equal([0, 2, 0, 0], rows.Values.OrderBy(r => r.Month).Select(r => r.Adopted));
        Assert.Equal([0, 0, 0, 1], rows.Values.OrderBy(r => r.Month).Select(r => r.ContinuedAlone));
        // The seeded desks are in the report too, with nothing to count.
        Assert.Equal(3, report.Rows.Select(r => r.DeskId).Distinct().Count());
        Assert.All(report.Rows.Where(r => r.DeskId != desk), r => Assert.Equal(0, r.Registered));

        var excel = await App.Get<DeskReportService>().ExcelAsync(new YearMonth(2026, 5), new YearMonth(2026, 8));
        Assert.Equal("laporan-loket-2026-05-2026-08.xlsx", excel.FileName);
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(excel.Content));
        var sheet = book.Worksheet(1);
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "Loket Laporan");
    }

    [Theory]
    [InlineData(2026, 6, 2026, 5, "Bulan akhir harus sama dengan atau sesudah bulan awal.")]
    [InlineData(2024, 1, 2026, 1, "Laporan loket paling panjang 24 bulan. Persempit rentang bulannya.")]
    public async Task A_month_range_the_report_cannot_show_is_refused_in_words(int fromYear, int fromMonth, int toYear, int toMonth, string message)
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(
            () => App.Get<DeskReportService>().ReportAsync(new YearMonth(fromYear, fromMonth), new YearMonth(toYear, toMonth)));

        Assert.Equal(message, refusal.Message);
    }

    private static DeskDraft Draft(string name, string desa, params string[] agents) => new()
    {
        Name = name, DesaCode = desa, Address = "Kantor Desa", OpeningDays = DeskDays.Senin | DeskDays.Rabu, OpensAt = new TimeOnly(8, 0),
        ClosesAt = new TimeOnly(12, 0), AgentUserIds = agents,
    };

    private async Task<int?> DeskOfAsync(int workerId)
    {
        await using var db = await App.DbAsync();
        return await db.Workers.Where(w => w.Id == workerId).Select(w => w.DeskId).SingleAsync();
    }

    private Task<string> LoketUserAsync(string email, string name) => UserAsync(email, name, Roles.Loket);

    private async Task<string> UserAsync(string email, string name, string role)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, FullName = name, CreatedAtUtc = App.Clock.GetUtcNow().UtcDateTime };
        Assert.True((await users.CreateAsync(user, "Tala-Uji-2026!x")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    }
}

public sealed class DeskServiceOnSqliteTests : DeskServiceTests
{
    protected override Task<TestApp> StartAsync() => TestApp.StartAsync();
}

[Trait("Category", "Postgres")]
public sealed class DeskServiceOnPostgreSqlTests(PostgresDatabases postgres) : DeskServiceTests, IClassFixture<PostgresDatabases>
{
    protected override async Task<TestApp> StartAsync() => await TestApp.StartOnPostgresAsync(await postgres.CreateAsync());
}
