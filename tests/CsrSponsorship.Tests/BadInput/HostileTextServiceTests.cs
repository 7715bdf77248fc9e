using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.BadInput;

public sealed class HostileTextFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        App.Clock.SetWitaDate(NikCorpusFixture.Today);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

// Every hostile text as a worker's name, a worker's address and a company's legal name: saved as readable text
// (what the screens and documents then show) or refused with an Indonesian sentence and nothing saved.
public sealed class HostileTextServiceTests(HostileTextFixture fixture) : IClassFixture<HostileTextFixture>
{
    private static int npwpSerial;

    private TestApp App => fixture.App;

    [Theory]
    [MemberData(nameof(BadInputCorpus.HostileIds), MemberType = typeof(BadInputCorpus))]
    public async Task A_hostile_worker_name_is_saved_as_readable_text_or_refused_saving_nothing(string id)
    {
        var h = BadInputCorpus.Text(id);
        await RegisterAsync(h.OkAsWorkerName, nameof(WorkerDraft.FullName), d => d.FullName = h.Text, w => w.FullName);
    }

    [Theory]
    [MemberData(nameof(BadInputCorpus.HostileIds), MemberType = typeof(BadInputCorpus))]
    public async Task A_hostile_worker_address_is_saved_as_readable_text_or_refused_saving_nothing(string id)
    {
        var h = BadInputCorpus.Text(id);
        await RegisterAsync(h.OkAsWorkerAddress, nameof(WorkerDraft.Address), d => d.Address = h.Text, w => w.Address);
    }

    [Theory]
    [MemberData(nameof(BadInputCorpus.HostileIds), MemberType = typeof(BadInputCorpus))]
    public async Task A_hostile_company_name_is_saved_as_readable_text_or_refused_saving_nothing(string id)
    {
        var h = BadInputCorpus.Text(id);
        App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
        var companies = App.Get<CompanyService>();
        var before = await CorpusAssert.CountsAsync(App);
        var draft = CompanyDraft(h.Text);

        if (h.OkAsCompanyName)
        {
            var saved = await companies.GetAsync(await companies.CreateAsync(draft));
            StoredSafely(saved.LegalName, singleLine: false);
            Assert.Equal(before.Companies + 1, (await CorpusAssert.CountsAsync(App)).Companies);
            return;
        }

        var refusal = await Assert.ThrowsAsync<CompanyValidationException>(() => companies.CreateAsync(draft));
        CorpusAssert.IsIndonesianMessage(refusal.Message);
        Assert.Contains(refusal.Errors, e => e.Field == nameof(Core.Features.Companies.CompanyDraft.LegalName));
        Assert.Equal(before, await CorpusAssert.CountsAsync(App));
    }

    // Search boxes pass what was typed straight to the services; nothing typed there may crash a list.
    [Theory]
    [MemberData(nameof(BadInputCorpus.HostileIds), MemberType = typeof(BadInputCorpus))]
    public async Task Every_list_search_box_takes_hostile_text_without_failing(string id)
    {
        var text = BadInputCorpus.Text(id).Text;
        App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");

        await App.Get<WorkerService>().SearchAsync(new WorkerQuery(text));
        await App.Get<CompanyService>().ListAsync(new CompanyQuery(text));
        await App.Get<SponsorshipService>().ListAsync(new SponsorshipQuery(Search: text));
        await App.Get<InvoiceService>().ListAsync(new InvoiceQuery(Search: text));
        await App.Get<CircularLetterService>().ListAsync(new LetterQuery(Search: text));
        App.ActAsAdmin();
        await App.Get<AuditService>().ListAsync(new AuditQuery(User: text));
    }

    [Fact]
    public async Task A_1000_character_company_address_is_refused_in_Indonesian_and_a_200_character_one_is_kept_whole()
    {
        App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
        var companies = App.Get<CompanyService>();
        var before = await CorpusAssert.CountsAsync(App);
        var tooLong = CompanyDraft("PT Alamat Panjang");
        tooLong.Address = BadInputCorpus.Text("address-1000").Text;

        var refusal = await Assert.ThrowsAsync<CompanyValidationException>(() => companies.CreateAsync(tooLong));

        Assert.Equal("Alamat paling banyak 500 huruf.", Assert.Single(refusal.Errors).Message);
        Assert.Equal(before, await CorpusAssert.CountsAsync(App));
        var fits = CompanyDraft("PT Alamat Cukup");
        fits.Address = BadInputCorpus.Text("address-200").Text;
        Assert.Equal(fits.Address, (await companies.GetAsync(await companies.CreateAsync(fits))).Address);
    }

    internal static CompanyDraft CompanyDraft(string name) => new()
    {
        LegalName = name,
        Npwp = string.Create(CultureInfo.InvariantCulture, $"08{Interlocked.Increment(ref npwpSerial):00000000000000}"),
        Sector = CompanySector.Lainnya,
        Address = "Jl. Contoh No. 1, Kintap",
        ContactName = "Kontak CSR",
        OperatingDesaCodes = ["63.01.02.2003"],
    };

    // Stored text a screen, a PDF or a spreadsheet can show as it is: no control characters (NUL, escape codes), no
    // direction overrides that would make it read differently from what was stored, no half surrogate pairs.
    internal static void StoredSafely(string text, bool singleLine = true)
    {
        Assert.False(string.IsNullOrWhiteSpace(text));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var allowedControl = !singleLine && c is '\n' or '\r' or '\t';
            Assert.False(char.IsControl(c) && !allowedControl, $"control character U+{(int)c:X4} stored in '{CorpusAssert.Visible(text)}'");
            Assert.False(c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'), $"direction override U+{(int)c:X4} stored");
            Assert.False(c is '\uFFFE' or '\uFFFF', $"noncharacter U+{(int)c:X4} stored");
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            Assert.False(char.IsSurrogate(c), $"half a surrogate pair stored in '{CorpusAssert.Visible(text)}'");
        }
    }

    private async Task RegisterAsync(bool ok, string field, Action<WorkerDraft> change, Func<WorkerDetail, string> stored)
    {
        App.ActAs(Roles.Loket, userId: "loket-corpus");
        var workers = App.Get<WorkerService>();
        var before = await CorpusAssert.CountsAsync(App);
        var draft = new WorkerDraftBuilder(today: NikCorpusFixture.Today).With(change).Build();

        if (ok)
        {
            var saved = await workers.CreateAsync(draft);
            StoredSafely(stored(await workers.GetAsync(saved.Id)));
            Assert.Equal(before.Workers + 1, (await CorpusAssert.CountsAsync(App)).Workers);
            return;
        }

        var refusal = await Assert.ThrowsAsync<WorkerValidationException>(() => workers.CreateAsync(draft));
        CorpusAssert.IsIndonesianMessage(refusal.Message);
        Assert.Contains(refusal.Errors, e => e.Field == field);
        Assert.All(refusal.Errors, e => CorpusAssert.IsIndonesianMessage(e.Message));
        Assert.Equal(before, await CorpusAssert.CountsAsync(App));
    }
}
