using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.BadInput;

// One database for the whole NIK corpus: the owner of the "taken" NIK is registered first, then every corpus
// string is registered at the desk (Loket) and, separately, typed into that owner's edit form.
public sealed class NikCorpusFixture : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 6, 1);
    public const string TakenNik = "6301071208880001";
    public const string Registrar = "loket-corpus";

    public TestApp App { get; private set; } = default!;

    public int OwnerId { get; private set; }

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        App.Clock.SetWitaDate(Today);
        App.ActAs(Roles.Loket, userId: Registrar);
        OwnerId = (await App.Get<WorkerService>().CreateAsync(Draft(TakenNik, "Pemilik Nik Terdaftar"))).Id;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    // Birth date and sex left empty, as the form leaves them until the NIK fills them in: the NIK alone decides.
    public static WorkerDraft Draft(string? nik, string? name = null) =>
        new WorkerDraftBuilder(today: Today).With(d =>
        {
            d.Nik = nik;
            d.BirthDate = null;
            d.Sex = null;
            if (name is not null)
            {
                d.FullName = name;
            }
        }).Build();
}

public sealed class NikCorpusServiceTests(NikCorpusFixture fixture) : IClassFixture<NikCorpusFixture>
{
    private TestApp App => fixture.App;

    private WorkerService Workers => App.Get<WorkerService>();

    [Theory]
    [MemberData(nameof(BadInputCorpus.NikIds), MemberType = typeof(BadInputCorpus))]
    public async Task Registering_a_corpus_NIK_at_the_desk_saves_it_once_or_refuses_it_in_Indonesian_saving_nothing(string id)
    {
        var c = BadInputCorpus.Nik(id);
        App.ActAs(Roles.Loket, userId: NikCorpusFixture.Registrar);
        var before = await CorpusAssert.CountsAsync(App);

        if (c.IsValid)
        {
            var saved = await Workers.CreateAsync(NikCorpusFixture.Draft(c.Input));

            var nik = NikCheck.Check(c.Input, today: NikCorpusFixture.Today).Nik!;
            var stored = await CorpusAssert.QueryAsync(App, db => db.Workers.AsNoTracking().Where(w => w.Nik == nik).Select(w => w.Id).ToListAsync());
            Assert.Equal([saved.Id], stored);
            var after = await CorpusAssert.CountsAsync(App);
            Assert.Equal(before.Workers + 1, after.Workers);
            return;
        }

        var refusal = await Assert.ThrowsAnyAsync<DomainException>(() => Workers.CreateAsync(NikCorpusFixture.Draft(c.Input)));

        CorpusAssert.IsIndonesianMessage(refusal.Message);
        AssertRefusedFor(c, refusal);
        Assert.Equal(before, await CorpusAssert.CountsAsync(App));
    }

    // A NIK is the identity of the record: the edit form refuses every corpus string except the owner's own NIK
    // (trimmed), and the stored NIK never changes.
    [Theory]
    [MemberData(nameof(BadInputCorpus.NikIds), MemberType = typeof(BadInputCorpus))]
    public async Task Typing_a_corpus_NIK_into_an_edit_form_never_changes_the_stored_NIK(string id)
    {
        var c = BadInputCorpus.Nik(id);
        App.ActAs(Roles.Loket, userId: NikCorpusFixture.Registrar);
        var before = await CorpusAssert.CountsAsync(App);
        var form = await Workers.GetEditFormAsync(fixture.OwnerId);
        var draft = NikCorpusFixture.Draft(c.Input, form.Draft.FullName);

        if (c.Expect == "taken")
        {
            await Workers.UpdateAsync(fixture.OwnerId, draft, form.Version);
            var after = await CorpusAssert.CountsAsync(App);
            Assert.Equal(before.Workers, after.Workers);
        }
        else
        {
            var refusal = await Assert.ThrowsAnyAsync<DomainException>(() => Workers.UpdateAsync(fixture.OwnerId, draft, form.Version));

            CorpusAssert.IsIndonesianMessage(refusal.Message);
            if (c.IsValid)
            {
                Assert.Equal("NIK tidak dapat diubah. Nonaktifkan data ini lalu daftarkan ulang dengan NIK yang benar.", refusal.Message);
            }
            else
            {
                AssertRefusedFor(c, refusal);
            }

            Assert.Equal(before, await CorpusAssert.CountsAsync(App));
        }

        var stored = await CorpusAssert.QueryAsync(App, db => db.Workers.AsNoTracking().Where(w => w.Id == fixture.OwnerId).Select(w => w.Nik).SingleAsync());
        Assert.Equal(NikCorpusFixture.TakenNik, stored);
    }

    private static void AssertRefusedFor(NikCase c, DomainException refusal)
    {
        switch (c.Expect)
        {
            case "taken":
                Assert.IsType<DuplicateNikException>(refusal);
                break;
            case "age":
                var age = Assert.IsType<WorkerValidationException>(refusal);
                Assert.Contains(age.Errors, e => e.Field == nameof(WorkerDraft.BirthDate) && e.Message.StartsWith("Usia pekerja", StringComparison.Ordinal));
                Assert.DoesNotContain(age.Errors, e => e.Field == nameof(WorkerDraft.Nik));
                break;
            default:
                var invalid = Assert.IsType<WorkerValidationException>(refusal);
                var rule = NikCheck.Check(c.Input, today: NikCorpusFixture.Today).Errors.First(e => e.Code == c.ErrorCode);
                Assert.Contains(invalid.Errors, e => e.Field == nameof(WorkerDraft.Nik) && e.Message == rule.Message);
                Assert.All(invalid.Errors, e => CorpusAssert.IsIndonesianMessage(e.Message));
                break;
        }
    }
}
