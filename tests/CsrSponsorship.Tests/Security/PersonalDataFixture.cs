using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Payments;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Security;

public sealed record FixtureWorker(int Id, string Nik, string Phone, DateOnly BirthDate, Sex Sex, string RegisteredByUserId, string Name);

// Three workers that reach every screen a role can open: Siti and Rahman registered by the desk officer loket-1,
// adopted for July 2026, invoiced and paid (so they come up for hand-over); Budi registered by Disnakerind and
// adopted for August 2026, not invoiced yet. Rahman's KPJ number is also in a BPJS list under Siti's NIK.
public sealed class PersonalDataFixture : IAsyncLifetime
{
    public static readonly DateOnly June1 = new(2026, 6, 1);
    public static readonly DateOnly June10 = new(2026, 6, 10);

    // Who opens the screens: each masked role, the desk officer who registered two of the workers, and one who did not.
    public static readonly IReadOnlyDictionary<string, (string Role, string UserId)> Callers = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["Admin"] = (Roles.Admin, "admin-1"),
        ["Disnakerind"] = (Roles.Disnakerind, "disnaker-1"),
        ["Loket pendaftar"] = (Roles.Loket, "loket-1"),
        ["Loket lain"] = (Roles.Loket, "loket-2"),
        ["Csr"] = (Roles.Csr, "csr-1"),
        ["Keuangan"] = (Roles.Keuangan, "keuangan-1"),
    };

    public TestApp App { get; private set; } = default!;

    public Company Company { get; private set; } = default!;

    public FixtureWorker Siti { get; private set; } = default!;

    public FixtureWorker Rahman { get; private set; } = default!;

    public FixtureWorker Budi { get; private set; } = default!;

    public IReadOnlyList<FixtureWorker> Workers => [Siti, Rahman, Budi];

    public int InvoiceId { get; private set; }

    public IReadOnlyList<int> SponsorshipIds { get; private set; } = [];

    public byte[] BpjsList { get; private set; } = [];

    public Caller CallerFor(string who)
    {
        var (role, userId) = Callers[who];
        return new Caller(userId, $"{userId}@test.local", role, role == Roles.Csr ? Company.Id : null);
    }

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        App.Clock.SetWitaDate(June1);
        Company = await App.CompanyAsync("PT Privasi Data");
        Siti = await RegisterAsync("loket-1", Roles.Loket, "Siti Privasi", new DateOnly(1990, 3, 6), Sex.Female, 7001, "0812-7000-1111");
        Rahman = await RegisterAsync("loket-1", Roles.Loket, "Rahman Privasi", new DateOnly(1985, 11, 20), Sex.Male, 7002, "0813-7000-2222");
        Budi = await RegisterAsync("disnaker-1", Roles.Disnakerind, "Budi Privasi", new DateOnly(1979, 7, 15), Sex.Male, 7003, "0814-7000-3333");

        App.ActAs(Roles.Disnakerind, userId: "disnaker-1");
        foreach (var w in Workers)
        {
            await App.Get<WorkerService>().VerifyAsync(w.Id);
        }

        var adoption = App.Get<AdoptionService>();
        App.CurrentUser.Caller = CallerFor("Csr");
        var july = await adoption.SubmitAsync(new AdoptionRequest([Siti.Id, Rahman.Id], new AdoptionTerms(false, new YearMonth(2026, 7), 1)));
        var august = await adoption.SubmitAsync(new AdoptionRequest([Budi.Id], new AdoptionTerms(false, new YearMonth(2026, 8), 1)));
        SponsorshipIds = [.. july.SponsorshipIds, .. august.SponsorshipIds];

        App.ActAs(Roles.Disnakerind, userId: "disnaker-1");
        var invoices = App.Get<InvoiceService>();
        InvoiceId = await invoices.CreateDraftAsync(new InvoiceDraftRequest(Company.Id, july.SponsorshipIds));
        await invoices.IssueAsync(InvoiceId, (await invoices.GetAsync(InvoiceId)).Version);
        var total = (await invoices.GetAsync(InvoiceId)).Row.Total;
        App.ActAs(Roles.Keuangan, userId: "keuangan-1");
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 5));
        await App.Get<PaymentService>().RecordAsync(InvoiceId, new PaymentInput(new DateOnly(2026, 6, 5), total, PaymentMethod.TransferBpjs, "TRX-PRIVASI-1"));

        await using (var db = await App.DbAsync())
        {
            (await db.Workers.SingleAsync(w => w.Id == Rahman.Id)).AssignKpj("11000000009");
            await db.SaveChangesAsync();
        }

        BpjsList = new BpjsListBuilder().Row(Siti.Nik, "11000000009").Build();
        App.Clock.SetWitaDate(June10);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private async Task<FixtureWorker> RegisterAsync(string userId, string role, string name, DateOnly birth, Sex sex, int serial, string phone)
    {
        App.ActAs(role, userId: userId);
        var nik = WorkerDraftBuilder.Nik("630102", birth, sex, serial);
        var draft = new WorkerDraftBuilder(today: June1).With(d =>
        {
            d.FullName = name;
            d.BirthDate = birth;
            d.Sex = sex;
            d.Nik = nik;
            d.Phone = phone;
        }).Build();
        var saved = await App.Get<WorkerService>().CreateAsync(draft);
        return new FixtureWorker(saved.Id, nik, PhoneNumber.Normalize(phone).Value!, birth, sex, userId, name);
    }
}
