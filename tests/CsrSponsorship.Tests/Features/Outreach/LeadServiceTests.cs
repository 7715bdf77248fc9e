using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Outreach;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Features.Outreach;

// The public interest form and its leads at the desk (issue 21, parts 3 and 4): consent, the per-phone limit, who sees
// a lead and its number, conversion into a registration with the NIK check, closing, and deletion after 90 days. The
// same body runs on SQLite and, as Category=Postgres, on PostgreSQL.
public abstract class LeadServiceTests : AppOnEachEngine
{
    private const string LiangAnggang = "63.01.05.2004";
    private const string AsamAsam = "63.01.02.2003";

    private InterestService Interest => App.Get<InterestService>();

    private LeadService Leads => App.Get<LeadService>();

    [Fact]
    public async Task Interest_without_consent_or_with_missing_fields_is_refused_field_by_field_and_nothing_is_stored()
    {
        var refusal = await Assert.ThrowsAsync<InterestValidationException>(() => Interest.SubmitAsync(new InterestForm { FullName = " ", Phone = "12" }));

        Assert.Equal(
            [nameof(InterestForm.FullName), nameof(InterestForm.DesaCode), nameof(InterestForm.OccupationCode), nameof(InterestForm.Phone), nameof(InterestForm.Consent)],
            refusal.Errors.Select(e => e.Field));
        Assert.StartsWith("Centang persetujuan", refusal.Errors.Single(e => e.Field == nameof(InterestForm.Consent)).Message, StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.Equal(0, await db.Leads.CountAsync());
    }

    [Fact]
    public async Task A_second_interest_from_the_same_phone_within_30_days_is_answered_not_stored_again()
    {
        await Interest.SubmitAsync(Form("Siti Rahmah", "0812-5555-0101"));

        var again = await Assert.ThrowsAsync<DomainException>(() => Interest.SubmitAsync(Form("Siti R.", "+62 812 5555 0101")));

        Assert.StartsWith("Nomor HP ini sudah mendaftarkan minat", again.Message, StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        var lead = await db.Leads.SingleAsync();
        Assert.Equal(("Siti Rahmah", "6281255550101", LeadConsent.Version), (lead.FullName, lead.Phone, lead.ConsentVersion));
    }

    [Fact]
    public async Task The_agent_of_the_leads_kecamatan_and_Disnakerind_see_the_number_Admin_sees_it_masked_and_another_desk_not_at_all()
    {
        var liang = await AgentOfAsync("liang@test.local", LiangAnggang);
        var asam = await AgentOfAsync("asam@test.local", AsamAsam);
        await Interest.SubmitAsync(Form("Rusdi Anwar", "0813-4444-0202"));

        App.ActAs(Roles.Loket, userId: liang);
        var seen = Assert.Single((await Leads.ListAsync(new LeadQuery())).Items);
        App.ActAs(Roles.Disnakerind, userId: "disnaker-lead");
        var office = await Leads.GetAsync(seen.Id);
        App.ActAsAdmin();
        var admin = await Leads.GetAsync(seen.Id);
        App.ActAs(Roles.Loket, userId: asam);
        var other = await Leads.ListAsync(new LeadQuery());

        Assert.Equal(("6281344440202", false), (seen.Phone, seen.PhoneIsMasked));
        Assert.Equal("6281344440202", office.Row.Phone);
        Assert.True(admin.Row.PhoneIsMasked);
        Assert.DoesNotContain("44440202", admin.Row.Phone, StringComparison.Ordinal);
        Assert.Empty(other.Items);
        await Assert.ThrowsAsync<NotFoundException>(() => Leads.GetAsync(seen.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Leads.RegistrationDraftAsync(seen.Id));
    }

    [Fact]
    public async Task The_agent_converts_a_lead_after_the_NIK_check_and_it_leaves_the_list()
    {
        var agent = await AgentOfAsync("konversi@test.local", LiangAnggang);
        await Interest.SubmitAsync(Form("Halimah Nurjanah", "0812-7777-0303"));
        App.ActAs(Roles.Loket, userId: agent);
        var lead = Assert.Single((await Leads.ListAsync(new LeadQuery())).Items);
        var draft = await Leads.RegistrationDraftAsync(lead.Id);
        Assert.Equal(("Halimah Nurjanah", LiangAnggang, "6281277770303", lead.Id), (draft.FullName, draft.DesaCode, draft.Phone, draft.LeadId));

        // The NIK check still applies: a wrong NIK is refused and the lead stays open.
        draft.Nik = "9901021302990001";
        await Assert.ThrowsAsync<WorkerValidationException>(() => App.Get<WorkerService>().CreateAsync(draft));
        Assert.Single((await Leads.ListAsync(new LeadQuery())).Items);

        var complete = new WorkerDraftBuilder(sex: Sex.Female, desaCode: LiangAnggang, today: Wita.Today(App.Clock)).Build();
        (draft.Nik, draft.BirthDate, draft.BirthPlace, draft.Sex, draft.Address, draft.ConsentCollectedBy) =
            (complete.Nik, complete.BirthDate, "Pelaihari", Sex.Female, "RT 3 Liang Anggang", "Petugas Liang Anggang");
        var saved = await App.Get<WorkerService>().CreateAsync(draft);

        Assert.Empty((await Leads.ListAsync(new LeadQuery())).Items);
        var done = await Leads.GetAsync(lead.Id);
        Assert.Equal((LeadStatus.Didaftarkan, saved.Id), (done.Row.Status, done.ConvertedWorkerId));
        var twice = await Assert.ThrowsAsync<DomainException>(() => App.Get<WorkerService>().CreateAsync(
            new WorkerDraftBuilder(desaCode: LiangAnggang, today: Wita.Today(App.Clock)).With(d => d.LeadId = lead.Id).Build()));
        Assert.StartsWith("Peminat ini sudah didaftarkan", twice.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<DomainException>(() => Leads.RegistrationDraftAsync(lead.Id));
    }

    [Fact]
    public async Task A_lead_is_called_then_closed_with_a_reason_and_leaves_the_list()
    {
        var agent = await AgentOfAsync("tutup@test.local", LiangAnggang);
        await Interest.SubmitAsync(Form("Budi Santoso", "0812-8888-0404"));
        App.ActAs(Roles.Loket, userId: agent);
        var lead = Assert.Single((await Leads.ListAsync(new LeadQuery())).Items);

        await Leads.RecordContactAsync(lead.Id, LeadContactKind.Telepon, "Tidak diangkat");
        var noReason = await Assert.ThrowsAsync<DomainException>(() => Leads.CloseAsync(lead.Id, " "));
        await Leads.CloseAsync(lead.Id, "Sudah menjadi peserta lewat pemberi kerja");

        Assert.StartsWith("Tuliskan alasan penutupan", noReason.Message, StringComparison.Ordinal);
        Assert.Empty((await Leads.ListAsync(new LeadQuery())).Items);
        var closed = Assert.Single((await Leads.ListAsync(new LeadQuery(Status: LeadStatus.Ditutup))).Items);
        Assert.Equal(1, closed.Contacts);
    }

    [Fact]
    public async Task Leads_not_converted_are_deleted_after_90_days_and_the_audit_log_records_how_many_without_names()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 3, 1));
        await Interest.SubmitAsync(Form("Lama Sekali", "0812-9999-0505"));
        App.Clock.SetWitaDate(new DateOnly(2026, 5, 1));
        await Interest.SubmitAsync(Form("Masih Baru", "0812-9999-0606"));
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 1));

        var deleted = await App.Get<LeadRetention>().DeleteExpiredAsync();

        Assert.Equal(1, deleted);
        await using var db = await App.DbAsync();
        Assert.Equal(["Masih Baru"], await db.Leads.Select(l => l.FullName).ToListAsync());
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == LeadRetention.DeletedAction);
        Assert.Equal(AuditActor.System.UserId, entry.UserId);
        Assert.Contains("\"Deleted\":1", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("Lama Sekali", entry.After, StringComparison.Ordinal);
        Assert.Equal(0, await App.Get<LeadRetention>().DeleteExpiredAsync());
    }

    [Fact]
    public async Task The_programme_page_prices_the_contribution_from_the_dated_rates_in_force_and_lists_the_open_desks()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 7, 1));

        var page = await Interest.ProgrammeAsync();

        // July 2026 at the minimum income: JKK 1% (Rp 10.000) and JKM Rp 6.800, both halved under PP 50/2025; JHT 2% is not.
        Assert.Equal(new ContributionExample(1_000_000, 8_400, 28_400, Discounted: true), page.Examples[0]);
        Assert.Contains(page.Desks, d => d.DesaName == "Liang Anggang" && d.Hours == "Senin–Jumat, 08.00–14.00 WITA");
    }

    private static InterestForm Form(string name, string phone) => new()
    {
        FullName = name, DesaCode = LiangAnggang, OccupationCode = "pedagang", Phone = phone, Consent = true,
    };

    // A Loket account serving a new desk in that desa's kecamatan.
    private async Task<string> AgentOfAsync(string email, string desaCode)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, FullName = email, CreatedAtUtc = App.Clock.GetUtcNow().UtcDateTime };
            Assert.True((await users.CreateAsync(user, "Tala-Uji-2026!x")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Loket)).Succeeded);
            var caller = App.CurrentUser.Caller;
            App.ActAsAdmin();
            await App.Get<DeskService>().CreateAsync(new DeskDraft
            {
                Name = "Loket " + email, DesaCode = desaCode, Address = "Kantor Desa", OpensAt = new TimeOnly(8, 0), ClosesAt = new TimeOnly(12, 0),
                AgentUserIds = [user.Id],
            });
            App.CurrentUser.Caller = caller;
            return user.Id;
        }
    }
}

public sealed class LeadServiceOnSqliteTests : LeadServiceTests
{
    protected override Task<TestApp> StartAsync() => TestApp.StartAsync();
}

[Trait("Category", "Postgres")]
public sealed class LeadServiceOnPostgreSqlTests(PostgresDatabases postgres) : LeadServiceTests, IClassFixture<PostgresDatabases>
{
    protected override async Task<TestApp> StartAsync() => await TestApp.StartOnPostgresAsync(await postgres.CreateAsync());
}
