using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Workers;

public sealed class WorkerServiceTests : IAsyncLifetime
{
    private TestApp app = default!;

    private WorkerService Workers => app.Get<WorkerService>();

    public async Task InitializeAsync() => app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_registered_worker_is_stored_normalised_and_found_by_name_and_by_NIK_prefix()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var draft = new WorkerDraftBuilder().With(d => { d.FullName = "  siti   aminah "; d.Phone = "+62 812-3456-7890"; d.Rt = "3"; }).Build();

        var saved = await Workers.CreateAsync(draft);

        var detail = await Workers.GetAsync(saved.Id);
        Assert.Equal("siti aminah", detail.FullName);
        Assert.Equal("6281234567890", detail.Phone);
        Assert.Equal("003", detail.Rt);
        Assert.Equal(WorkerStatus.Terdaftar, detail.Status);
        Assert.Single((await Workers.SearchAsync(new WorkerQuery("AMINAH"))).Items);
        Assert.Single((await Workers.SearchAsync(new WorkerQuery(draft.Nik![..10]))).Items);
    }

    [Fact]
    public async Task A_second_worker_with_the_same_NIK_is_refused_with_a_friendly_message_and_a_link()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var draft = new WorkerDraftBuilder().With(d => d.FullName = "Rahmat Hidayat").Build();
        var first = await Workers.CreateAsync(draft);

        app.ActAs(Roles.Disnakerind, userId: "disnaker-1");
        var ex = await Assert.ThrowsAsync<DuplicateNikException>(() => Workers.CreateAsync(draft));

        Assert.Equal("NIK ini sudah terdaftar atas nama Rahmat Hidayat. Satu NIK hanya untuk satu pekerja; buka data yang sudah ada bila perlu diperbarui.", ex.Message);
        Assert.Equal(first.Id, ex.ExistingWorkerId);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Workers.CountAsync());
    }

    [Fact]
    public async Task An_invalid_NIK_is_refused_with_the_Indonesian_rule_and_nothing_is_saved()
    {
        app.ActAs(Roles.Loket);
        var ex = await Assert.ThrowsAsync<WorkerValidationException>(() =>
            Workers.CreateAsync(new WorkerDraftBuilder().With(d => d.Nik = "6301021302990000").Build()));

        Assert.Contains(ex.Errors, e => e.Field == nameof(WorkerDraft.Nik) && e.Message.Contains("0000", StringComparison.Ordinal));
        await using var db = await app.DbAsync();
        Assert.False(await db.Workers.AnyAsync());
    }

    [Fact]
    public async Task Masking_follows_the_role_in_every_query()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var mine = await Workers.CreateAsync(new WorkerDraftBuilder().Build());
        app.ActAs(Roles.Loket, userId: "loket-2");
        var theirs = await Workers.CreateAsync(new WorkerDraftBuilder().Build());

        static bool Masked(string nik) => nik.Contains('•', StringComparison.Ordinal);

        app.ActAs(Roles.Disnakerind);
        Assert.All((await Workers.SearchAsync(new WorkerQuery())).Items, w => Assert.False(Masked(w.Nik)));

        app.ActAs(Roles.Loket, userId: "loket-1");
        var rows = (await Workers.SearchAsync(new WorkerQuery())).Items.ToDictionary(w => w.Id);
        Assert.False(Masked(rows[mine.Id].Nik));
        Assert.True(Masked(rows[theirs.Id].Nik));
        Assert.True(Masked((await Workers.GetAsync(theirs.Id)).Nik));
        Assert.True((await Workers.GetAsync(theirs.Id)).Phone!.Contains('•', StringComparison.Ordinal));

        app.ActAs(Roles.Keuangan);
        Assert.All((await Workers.SearchAsync(new WorkerQuery())).Items, w => Assert.Matches("^[0-9]{6}•{6}[0-9]{4}$", w.Nik));
        var detail = await Workers.GetAsync(mine.Id);
        Assert.True(detail.NikIsMasked);
        Assert.Matches("^[0-9]{6}•{6}[0-9]{4}$", detail.Nik);
    }

    [Fact]
    public async Task A_Csr_caller_never_receives_worker_data_from_the_registry()
    {
        app.ActAs(Roles.Loket);
        var saved = await Workers.CreateAsync(new WorkerDraftBuilder().Build());

        app.ActAs(Roles.Csr, companyId: 1);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Workers.SearchAsync(new WorkerQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Workers.GetAsync(saved.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Workers.GetEditFormAsync(saved.Id));
    }

    [Fact]
    public async Task A_masked_role_cannot_walk_the_hidden_NIK_digits_by_prefix_search()
    {
        app.ActAs(Roles.Loket);
        var draft = new WorkerDraftBuilder().Build();
        await Workers.CreateAsync(draft);
        await Workers.CreateAsync(new WorkerDraftBuilder().Build());

        app.ActAs(Roles.Keuangan);
        // A 10-digit prefix is cut to the 6-digit region code: it matches both workers, revealing nothing.
        Assert.Equal(2, (await Workers.SearchAsync(new WorkerQuery(draft.Nik![..10]))).TotalCount);
        Assert.Equal(1, (await Workers.SearchAsync(new WorkerQuery(draft.Nik))).TotalCount);
    }

    [Fact]
    public async Task Only_Disnakerind_verifies_and_the_history_records_it()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var saved = await Workers.CreateAsync(new WorkerDraftBuilder().Build());
        await Assert.ThrowsAsync<AccessDeniedException>(() => Workers.VerifyAsync(saved.Id));

        app.ActAs(Roles.Disnakerind, userId: "disnaker-1");
        await Workers.VerifyAsync(saved.Id);

        var detail = await Workers.GetAsync(saved.Id);
        Assert.Equal(WorkerStatus.Terverifikasi, detail.Status);
        Assert.Equal(["Diverifikasi oleh Disnakerind.", "Didaftarkan (Layanan Satu Pintu (loket))."], detail.History.Select(h => h.Description));
        await Assert.ThrowsAsync<DomainException>(() => Workers.VerifyAsync(saved.Id));
    }

    [Fact]
    public async Task Same_name_and_birth_date_is_flagged_for_review_not_blocked()
    {
        app.ActAs(Roles.Loket);
        var first = new WorkerDraftBuilder().With(d => d.FullName = "Nur Hasanah").Build();
        await Workers.CreateAsync(first);
        var twin = new WorkerDraftBuilder().With(d =>
        {
            d.FullName = "NUR  HASANAH";
            d.BirthDate = first.BirthDate;
            d.Sex = first.Sex;
            d.Nik = WorkerDraftBuilder.Nik("630107", first.BirthDate!.Value, first.Sex!.Value, 4321);
        }).Build();

        var saved = await Workers.CreateAsync(twin);

        Assert.NotNull(saved.ReviewReason);
        Assert.StartsWith("Nama dan tanggal lahir sama dengan pekerja #", saved.ReviewReason, StringComparison.Ordinal);
        app.ActAs(Roles.Disnakerind);
        Assert.Equal(1, (await Workers.SearchAsync(new WorkerQuery(NeedsReview: true))).TotalCount);
        await Assert.ThrowsAsync<DomainException>(() => Workers.VerifyAsync(saved.Id));
    }

    [Fact]
    public async Task A_desk_officer_re_registering_another_officers_worker_is_refused_without_the_name_and_the_attempt_is_logged()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var draft = new WorkerDraftBuilder().With(d => d.FullName = "Rahmat Hidayat").Build();
        var first = await Workers.CreateAsync(draft);

        app.ActAs(Roles.Loket, userId: "loket-2");
        var ex = await Assert.ThrowsAsync<DuplicateNikException>(() => Workers.CreateAsync(draft));

        // The desk must refuse the duplicate, so it learns that the NIK exists; it does not learn whose it is.
        Assert.Equal("NIK ini sudah terdaftar. Satu NIK hanya untuk satu pekerja; hubungi Disnakerind bila data perlu diperbarui.", ex.Message);
        Assert.Null(ex.ExistingWorkerId);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Workers.CountAsync());
        var logged = await db.AuditEntries.SingleAsync(a => a.Action == AuditService.DuplicateNikRefused);
        Assert.Equal(("loket-2", "Worker", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (logged.UserId, logged.EntityType, logged.EntityId));
        Assert.DoesNotContain(draft.Nik!, logged.After ?? "", StringComparison.Ordinal);

        app.ActAs(Roles.Loket, userId: "loket-1");
        Assert.Equal(first.Id, (await Assert.ThrowsAsync<DuplicateNikException>(() => Workers.CreateAsync(draft))).ExistingWorkerId);
    }

    [Fact]
    public async Task A_duplicate_flag_naming_another_worker_reaches_a_masked_viewer_without_that_worker()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var first = new WorkerDraftBuilder().With(d => d.FullName = "Nur Hasanah").Build();
        await Workers.CreateAsync(first);
        app.ActAs(Roles.Loket, userId: "loket-2");
        var twin = await Workers.CreateAsync(new WorkerDraftBuilder().With(d =>
        {
            d.FullName = "Nur Hasanah";
            d.BirthDate = first.BirthDate;
            d.Sex = first.Sex;
            d.Nik = WorkerDraftBuilder.Nik("630107", first.BirthDate!.Value, first.Sex!.Value, 4322);
        }).Build());

        // loket-1 knows the first worker's birth date; "same birth date as #1" would give the twin's away.
        app.ActAs(Roles.Loket, userId: "loket-1");
        var detail = await Workers.GetAsync(twin.Id);
        var row = (await Workers.SearchAsync(new WorkerQuery(NeedsReview: true))).Items.Single();

        Assert.Equal(PersonalDataPolicy.ReviewReasonMasked, detail.ReviewReason);
        Assert.Equal(PersonalDataPolicy.ReviewReasonMasked, row.ReviewReason);
        Assert.DoesNotContain(detail.History, h => h.Description.Contains('#', StringComparison.Ordinal));
        app.ActAs(Roles.Loket, userId: "loket-2");
        Assert.StartsWith("Nama dan tanggal lahir sama dengan pekerja #", (await Workers.GetAsync(twin.Id)).ReviewReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_shared_by_more_than_three_workers_is_flagged()
    {
        app.ActAs(Roles.Loket);
        WorkerSaved? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await Workers.CreateAsync(new WorkerDraftBuilder().With(d => d.Phone = "0812 1111 2222").Build());
        }

        Assert.Equal("Nomor HP yang sama dipakai oleh 4 pekerja.", last!.ReviewReason);
    }

    [Fact]
    public async Task Two_officers_editing_the_same_worker_do_not_lose_an_update()
    {
        app.ActAs(Roles.Disnakerind);
        var saved = await Workers.CreateAsync(new WorkerDraftBuilder().Build());
        var formA = await Workers.GetEditFormAsync(saved.Id);
        var formB = await Workers.GetEditFormAsync(saved.Id);

        formA.Draft.Address = "Jl. Baru A";
        await Workers.UpdateAsync(saved.Id, formA.Draft, formA.Version);
        formB.Draft.Address = "Jl. Baru B";

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Workers.UpdateAsync(saved.Id, formB.Draft, formB.Version));
        Assert.Equal("Jl. Baru A", (await Workers.GetAsync(saved.Id)).Address);
    }

    [Fact]
    public async Task Filters_combine_kecamatan_sex_and_age_range()
    {
        app.ActAs(Roles.Disnakerind);
        await Workers.CreateAsync(new WorkerDraftBuilder(age: 25, sex: Sex.Female, desaCode: "63.01.07.2002").Build());
        await Workers.CreateAsync(new WorkerDraftBuilder(age: 40, sex: Sex.Female, desaCode: "63.01.07.2002").Build());
        await Workers.CreateAsync(new WorkerDraftBuilder(age: 25, sex: Sex.Male, desaCode: "63.01.07.2002").Build());
        await Workers.CreateAsync(new WorkerDraftBuilder(age: 25, sex: Sex.Female, desaCode: "63.01.02.2002").Build());

        var result = await Workers.SearchAsync(new WorkerQuery(KecamatanCode: "63.01.07", Sex: Sex.Female, MinAge: 20, MaxAge: 30));

        var row = Assert.Single(result.Items);
        Assert.Equal(25, row.Age);
        Assert.Equal("Kintap", row.KecamatanName);
    }

    [Fact]
    public async Task Demo_mode_seeds_about_two_thousand_valid_workers_in_Jorong_and_Kintap()
    {
        await using var demo = await TestApp.StartAsync(demo: true);
        await using var db = await demo.DbAsync();

        var workers = await db.Workers.AsNoTracking().Select(w => new { w.Nik, w.BirthDate, w.Sex, w.KecamatanCode }).ToListAsync();
        Assert.InRange(workers.Count, 1900, 2100);
        Assert.All(workers, w => Assert.Contains(w.KecamatanCode, new[] { "63.01.02", "63.01.07" }));
        var today = Wita.Today(TimeProvider.System);
        Assert.All(workers, w => Assert.True(NikCheck.Check(w.Nik, w.BirthDate, w.Sex, today).IsValid));
        Assert.Equal(25, await db.Workers.Select(w => w.DesaCode).Distinct().CountAsync());
    }
}
