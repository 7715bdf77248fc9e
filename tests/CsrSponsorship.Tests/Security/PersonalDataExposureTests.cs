using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Security;

// Every service operation whose answer carries a NIK or a phone number (found by reflection over the returned
// records, like ServiceCatalogTests) is called as each role, and everything it hands back is read: a caller who may
// not see a worker in full finds neither the NIK, nor the phone number (not even inside a wa.me link), nor the birth
// date anywhere in the answer, and every NIK or phone field holds exactly what PersonalDataPolicy decides.
public sealed class PersonalDataExposureTests(PersonalDataFixture fixture) : IClassFixture<PersonalDataFixture>
{
    // Fields named like personal data that are not a worker's: a company's contact person gives that number to be called,
    // and a one-stop desk's office number is printed on the public programme page.
    private static readonly HashSet<string> NotWorkerData = new(StringComparer.Ordinal) { "ContactPhone", "OfficePhone" };

    // Operations that only hand the caller back what the caller typed or uploaded.
    private static readonly IReadOnlyDictionary<string, string> Echoes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["WorkerService.ValidateAsync"] = "checks the draft the caller is typing and returns it, normalised",
        ["WorkerImportService.PreviewAsync"] = "shows the uploader's own file row by row before anything is saved",

        // Not a worker's data under PersonalDataPolicy: a public-page lead's number, shown by its own rule (Disnakerind and
        // the agents of the lead's kecamatan in full, Admin masked, other desks not at all), which LeadServiceTests walk.
        ["LeadService.ListAsync"] = "a lead's own rule, walked by LeadServiceTests",
        ["LeadService.GetAsync"] = "a lead's own rule, walked by LeadServiceTests",
        ["LeadService.RegistrationDraftAsync"] = "the worker form filled from a lead the agent serves, walked by LeadServiceTests",
        ["NominationService.PreviewAsync"] = "shows the uploader's own list row by row before anything is saved",
    };

    private TestApp App => fixture.App;

    private IReadOnlyDictionary<string, Func<Task<object?>>> Probes => new Dictionary<string, Func<Task<object?>>>(StringComparer.Ordinal)
    {
        ["WorkerService.SearchAsync"] = async () => await Get<WorkerService>().SearchAsync(new WorkerQuery()),
        ["WorkerService.StreamAsync"] = async () => await CollectAsync(Get<WorkerService>().StreamAsync(new WorkerQuery())),
        ["WorkerService.GetAsync"] = () => EachAsync(fixture.Workers.Select(w => w.Id), id => Get<WorkerService>().GetAsync(id)),
        ["WorkerService.GetEditFormAsync"] = () => EachAsync(fixture.Workers.Select(w => w.Id), id => Get<WorkerService>().GetEditFormAsync(id)),

        ["AdoptionService.FindEligibleAsync"] = async () =>
            await Get<AdoptionService>().FindEligibleAsync(new EligibleQuery(new AdoptionTerms(false, new YearMonth(2026, 9), 1), fixture.Company.Id)),
        ["SponsorshipService.ListAsync"] = async () => await Get<SponsorshipService>().ListAsync(new SponsorshipQuery()),
        ["SponsorshipService.StreamAsync"] = async () => await CollectAsync(Get<SponsorshipService>().StreamAsync(new SponsorshipQuery())),
        ["SponsorshipService.GetAsync"] = () => EachAsync(fixture.SponsorshipIds, id => Get<SponsorshipService>().GetAsync(id)),
        ["HandoverService.EndingSoonAsync"] = async () =>
        {
            App.Clock.SetWitaDate(new DateOnly(2026, 7, 10));
            return await Get<HandoverService>().EndingSoonAsync();
        },
        ["HandoverService.AwaitingOutcomeAsync"] = async () =>
        {
            App.Clock.SetWitaDate(new DateOnly(2026, 8, 3));
            return await Get<HandoverService>().AwaitingOutcomeAsync();
        },

        ["InvoiceService.ListBillableAsync"] = async () => await Get<InvoiceService>().ListBillableAsync(fixture.Company.Id),
        ["InvoiceService.GetAsync"] = async () => await Get<InvoiceService>().GetAsync(fixture.InvoiceId),
        ["InvoiceService.GetDocumentModelAsync"] = async () => await Get<InvoiceService>().GetDocumentModelAsync(fixture.InvoiceId),

        ["BpjsReconciliationService.PreviewAsync"] = async () =>
            await Get<BpjsReconciliationService>().PreviewAsync(new MemoryStream(fixture.BpjsList), "bpjs.xlsx", fixture.BpjsList.Length),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in CarriersOfPersonalData().Where(o => !Echoes.ContainsKey(o)))
        {
            foreach (var who in PersonalDataFixture.Callers.Keys)
            {
                data.Add(operation, who);
            }
        }

        return data;
    }

    [Fact]
    public void Every_operation_that_returns_a_NIK_or_a_phone_number_is_probed_here()
    {
        var carriers = CarriersOfPersonalData();

        Assert.True(carriers.Count >= 10, string.Join(", ", carriers));
        Assert.Empty(carriers.Except(Probes.Keys).Except(Echoes.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(Probes.Keys.Concat(Echoes.Keys).Except(carriers).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_probe_hands_personal_data_to_Disnakerind_so_none_of_the_checks_is_vacuous()
    {
        App.CurrentUser.Caller = fixture.CallerFor("Disnakerind");
        foreach (var (operation, probe) in Probes)
        {
            App.Clock.SetWitaDate(PersonalDataFixture.June10);
            var leaves = ObjectGraph.Leaves(await probe());

            Assert.True(leaves.Any(IsPersonalField), $"{operation} returned no NIK or phone number to Disnakerind");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task What_an_operation_returns_follows_the_personal_data_policy_for_every_role(string operation, string who)
    {
        var caller = fixture.CallerFor(who);
        App.CurrentUser.Caller = caller;
        App.Clock.SetWitaDate(PersonalDataFixture.June10);
        object? answer;
        try
        {
            answer = await Probes[operation]();
        }
        catch (DomainException)
        {
            // Refused or "not found": nothing was handed out.
            return;
        }

        var leaves = ObjectGraph.Leaves(answer);
        foreach (var worker in fixture.Workers)
        {
            if (!PersonalDataPolicy.CanSeeFull(caller, worker.RegisteredByUserId))
            {
                AssertNothingReveals(worker, leaves, $"{operation} as {who}");
            }
        }

        foreach (var leaf in leaves.Where(IsPersonalField))
        {
            var value = (string)leaf.Value;
            var worker = fixture.Workers.SingleOrDefault(w => Forms(w, leaf.Property).Contains(value, StringComparer.Ordinal));
            Assert.True(worker is not null, $"{operation} as {who}: {leaf.Path} = {value} is no worker's NIK or phone in any form");
            Assert.Equal(Expected(worker!, leaf.Property, caller), value);
        }
    }

    // "Service.Method" of every public service operation whose answer reaches a string property named like a NIK or a phone.
    private static List<string> CarriersOfPersonalData() =>
        [.. ServiceCatalog.Operations
            .Where(o => ObjectGraph.ReachableProperties(o.Value.ReturnType).Any(p => p.Property.PropertyType == typeof(string) && IsPersonalName(p.Property.Name)))
            .Select(o => o.Key)
            .Order(StringComparer.Ordinal)];

    private static bool IsPersonalName(string property) =>
        !NotWorkerData.Contains(property) && (property.EndsWith("Nik", StringComparison.Ordinal) || property.EndsWith("Phone", StringComparison.Ordinal));

    private static bool IsPersonalField(ObjectGraph.Leaf leaf) => leaf.Value is string && IsPersonalName(leaf.Property);

    private static string[] Forms(FixtureWorker w, string property) =>
        property.EndsWith("Nik", StringComparison.Ordinal) ? [w.Nik, NikMask.Mask(w.Nik)] : [w.Phone, PhoneNumber.Mask(w.Phone)];

    private static string Expected(FixtureWorker w, string property, Core.Features.Identity.Caller caller) => property switch
    {
        "Nik" => PersonalDataPolicy.Nik(caller, w.Nik, w.RegisteredByUserId),
        _ when property.EndsWith("Nik", StringComparison.Ordinal) => NikMask.Mask(w.Nik), // MaskedNik: masked for everyone
        _ => PersonalDataPolicy.Phone(caller, w.Phone, w.RegisteredByUserId)!,
    };

    // The NIK, the phone number (international or local form, so a wa.me link counts) and the birth date in any form.
    private static void AssertNothingReveals(FixtureWorker w, IReadOnlyList<ObjectGraph.Leaf> leaves, string context)
    {
        var birth = w.BirthDate;
        string[] secrets =
        [
            w.Nik, w.Phone, "0" + w.Phone[2..], IndonesianFormat.Date(birth),
            birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), birth.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            birth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        ];
        foreach (var leaf in leaves)
        {
            switch (leaf.Value)
            {
                case string text:
                    var found = secrets.FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal));
                    Assert.True(found is null, $"{context}: {leaf.Path} reveals {w.Name}'s {found}");
                    break;
                case DateOnly date:
                    Assert.True(date != birth, $"{context}: {leaf.Path} is {w.Name}'s birth date");
                    break;
                case DateTime time:
                    Assert.True(DateOnly.FromDateTime(time) != birth, $"{context}: {leaf.Path} is {w.Name}'s birth date");
                    break;
            }
        }
    }

    private T Get<T>()
        where T : notnull => App.Get<T>();

    private static async Task<object?> CollectAsync<T>(IAsyncEnumerable<T> rows)
    {
        var list = new List<T>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }

        return list;
    }

    // One call per id; an id the caller may not open answers "not found" and hands out nothing.
    private static async Task<object?> EachAsync<T>(IEnumerable<int> ids, Func<int, Task<T>> call)
    {
        var answers = new List<T>();
        foreach (var id in ids)
        {
            try
            {
                answers.Add(await call(id));
            }
            catch (NotFoundException)
            {
            }
        }

        return answers;
    }
}
