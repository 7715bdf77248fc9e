using System.Globalization;
using Bunit;
using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using CsrSponsorship.Web.Features.Workers;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Security;

// Workers of both sexes, born on ordinary days, on 1 January and 31 December, on 29 February, on today's date and
// tomorrow's, all registered by the desk officer loket-1 and verified. Today is 15 June 2026.
public sealed class NikReconstructionFixture : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    public TestApp App { get; private set; } = default!;

    public Company Company { get; private set; } = default!;

    public List<FixtureWorker> Workers { get; } = [];

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        App.Clock.SetWitaDate(Today);
        Company = await App.CompanyAsync("PT Rekonstruksi");
        (string Name, DateOnly Born, Sex Sex)[] people =
        [
            ("Siti Maret", new(1990, 3, 6), Sex.Female),
            ("Hasan Maret", new(1990, 3, 6), Sex.Male),
            ("Nur Kabisat", new(1992, 2, 29), Sex.Female),
            ("Zainal Januari", new(1980, 1, 1), Sex.Male),
            ("Aminah Desember", new(1980, 12, 31), Sex.Female),
            ("Joko Hari Ini", new(1996, 6, 15), Sex.Male),
            ("Wati Besok", new(1996, 6, 16), Sex.Female),
            ("Kasim Oktober", new(1960, 10, 12), Sex.Male),
            ("Rina Muda", new(2008, 1, 10), Sex.Female),
        ];
        var serial = 8100;
        foreach (var (name, born, sex) in people)
        {
            App.ActAs(Roles.Loket, userId: "loket-1");
            var nik = WorkerDraftBuilder.Nik("630102", born, sex, serial++);
            var phone = "0815-8100-" + serial.ToString("0000", CultureInfo.InvariantCulture);
            var saved = await App.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder(today: Today).With(d =>
            {
                d.FullName = name;
                d.BirthDate = born;
                d.Sex = sex;
                d.Nik = nik;
                d.Phone = phone;
            }).Build());
            App.ActAs(Roles.Disnakerind, userId: "disnaker-1");
            await App.Get<WorkerService>().VerifyAsync(saved.Id);
            Workers.Add(new FixtureWorker(saved.Id, nik, PhoneNumber.Normalize(phone).Value!, born, sex, "loket-1", name));
        }
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

// UU 27/2022 (PDP): the six hidden digits of a masked NIK are the birth date (DDMMYY, +40 on the day for women).
// Whatever a masked role can put side by side (the masked NIK, sex, age, the lists it can sort and filter, the
// Excel export, the pages) must leave many NIKs possible for each worker. These tests count them.
public sealed class NikReconstructionTests(NikReconstructionFixture fixture) : MudTestContext, IClassFixture<NikReconstructionFixture>
{
    // With only the birth year known, every day of that year is still possible.
    private const int YearOnly = 365;

    // The adoption list tells a company whether a worker fits the 18–65 rule for the months it picks; near the limits
    // that narrows the birth date to a month (documented in docs/security.md).
    private const int MonthOnly = 28;

    private static readonly string[] MaskedRoles = ["Keuangan", "Loket lain"];

    private TestApp App => fixture.App;

    public override Task InitializeAsync()
    {
        Services.AddSingleton(App.Get<WorkerService>());
        Services.AddSingleton(App.Get<SponsorshipService>());
        Services.AddSingleton(App.Get<ExportService>());
        Services.AddSingleton(App.Get<WilayahService>());
        Services.AddSingleton<FileDownloader>();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("Keuangan")]
    [InlineData("Loket lain")]
    public async Task The_registry_lists_details_and_export_of_a_masked_role_leave_a_whole_year_of_NIKs_possible(string who)
    {
        var facts = NewFacts();
        // Looked at on three days, across a birthday and at the year's end, as a finance clerk might over months.
        foreach (var day in new[] { NikReconstructionFixture.Today, NikReconstructionFixture.Today.AddDays(1), new DateOnly(2026, 12, 31) })
        {
            App.Clock.SetWitaDate(day);
            Act(who);
            var workers = App.Get<WorkerService>();
            foreach (var sort in Enum.GetValues<WorkerSort>())
            {
                AddRecords(facts, day, (await workers.SearchAsync(new WorkerQuery(SortBy: sort, Page: new PageRequest(0, 100)))).Items);
            }

            AddRecords(facts, day, await CollectAsync(workers.StreamAsync(new WorkerQuery())));
            foreach (var w in fixture.Workers)
            {
                AddRecords(facts, day, [await workers.GetAsync(w.Id)]);
            }

            AddExport(facts, day, await App.Get<ExportService>().WorkersAsync(new WorkerQuery()));
        }

        App.Clock.SetWitaDate(NikReconstructionFixture.Today);
        AssertIrreversible(facts, YearOnly, who);
    }

    [Fact]
    public async Task The_adoption_list_leaves_a_company_a_year_of_NIKs_and_at_its_age_limits_a_month()
    {
        var facts = NewFacts();
        App.ActAs(Roles.Csr, fixture.Company.Id, userId: "csr-1");
        var adoption = App.Get<AdoptionService>();
        // Today and tomorrow, across Wati's birthday.
        foreach (var day in new[] { NikReconstructionFixture.Today.AddDays(1), NikReconstructionFixture.Today })
        {
            App.Clock.SetWitaDate(day);
            var list = await adoption.FindEligibleAsync(new EligibleQuery(new AdoptionTerms(false, new YearMonth(2026, 9), 1), Page: new PageRequest(0, 100)));
            AddRecords(facts, day, list.Items);
        }

        var eligibility = new Dictionary<(YearMonth Start, int Months), HashSet<string>>();
        for (var start = new YearMonth(2026, 6); start <= new YearMonth(2027, 12); start = start.AddMonths(1))
        {
            foreach (var months in new[] { 1, 3, 6, 12 })
            {
                var page = await adoption.FindEligibleAsync(new EligibleQuery(new AdoptionTerms(false, start, months), Page: new PageRequest(0, 100)));
                AddRecords(facts, NikReconstructionFixture.Today, page.Items);
                eligibility[(start, months)] = [.. page.Items.Select(i => (string)ObjectGraph.Leaves(i).First(l => l.Property == "Nik").Value)];
            }
        }

        // Each answer says whether the birth date lies on one side of the 18-year or 66-year line for those months.
        foreach (var w in fixture.Workers)
        {
            var masked = NikMask.Mask(w.Nik);
            facts[w].Rules.AddRange(eligibility.Select(e =>
            {
                var (start, months) = e.Key;
                var eligible = e.Value.Contains(masked);
                var end = start.AddMonths(months - 1);
                return (Func<DateOnly, bool>)(d => eligible == (d <= start.FirstDay.AddYears(-18) && d > end.LastDay.AddYears(-66)));
            }));
        }

        AssertIrreversible(facts, MonthOnly, "Csr");
        Assert.True(Candidates(fixture.Workers.Single(w => w.Name == "Joko Hari Ini"), facts) >= YearOnly);
    }

    [Theory]
    [InlineData("Keuangan")]
    [InlineData("Loket lain")]
    public async Task A_full_NIK_search_by_a_masked_role_does_not_confirm_a_guess(string who)
    {
        Act(who);
        var workers = App.Get<WorkerService>();
        foreach (var w in fixture.Workers)
        {
            // Same region and serial, another birth date: a wrong guess must look exactly like the right one.
            var guess = WorkerDraftBuilder.Nik("630102", w.BirthDate.AddDays(40), w.Sex, int.Parse(w.Nik[12..], CultureInfo.InvariantCulture) - 1);
            Assert.Equal(w.Nik[12..], guess[12..]);

            var right = (await workers.SearchAsync(new WorkerQuery(w.Nik))).Items.Select(r => r.Id).ToList();
            var wrong = (await workers.SearchAsync(new WorkerQuery(guess))).Items.Select(r => r.Id).ToList();

            Assert.Equal(right, wrong);
            Assert.Contains(w.Id, right);
        }
    }

    [Fact]
    public async Task The_desk_officer_who_registered_a_worker_still_finds_it_by_its_full_NIK_alone()
    {
        Act("Loket pendaftar");
        var w = fixture.Workers[0];
        var guess = WorkerDraftBuilder.Nik("630102", w.BirthDate.AddDays(40), w.Sex, int.Parse(w.Nik[12..], CultureInfo.InvariantCulture) - 1);

        Assert.Equal([w.Id], (await App.Get<WorkerService>().SearchAsync(new WorkerQuery(w.Nik))).Items.Select(r => r.Id));
        Assert.Empty((await App.Get<WorkerService>().SearchAsync(new WorkerQuery(guess))).Items);
    }

    [Theory]
    [InlineData("Keuangan")]
    [InlineData("Loket lain")]
    public async Task Sorting_by_age_shows_a_masked_role_the_birth_year_order_only(string who)
    {
        Act(who);
        foreach (var descending in new[] { false, true })
        {
            var rows = (await App.Get<WorkerService>().SearchAsync(new WorkerQuery(SortBy: WorkerSort.BirthDate, Descending: descending))).Items;
            var years = rows.Select(r => fixture.Workers.Single(w => w.Id == r.Id).BirthDate.Year).ToList();

            // Within one birth year the order is by name, whichever way the years run: the day of birth plays no part.
            var expected = rows.OrderBy(r => descending ? -Year(r.Id) : Year(r.Id)).ThenBy(r => r.FullName, StringComparer.Ordinal).Select(r => r.Id);
            Assert.Equal(expected, rows.Select(r => r.Id));
        }

        int Year(int id) => fixture.Workers.Single(w => w.Id == id).BirthDate.Year;
    }

    [Theory]
    [InlineData("Keuangan")]
    [InlineData("Loket lain")]
    public async Task The_age_filter_of_a_masked_role_selects_whole_birth_years(string who)
    {
        Act(who);
        var today = NikReconstructionFixture.Today;
        foreach (var (min, max) in new[] { (30, 30), (18, 29), (31, 46), (46, 46), (65, 65) })
        {
            var found = (await App.Get<WorkerService>().SearchAsync(new WorkerQuery(MinAge: min, MaxAge: max, Page: new PageRequest(0, 100)))).Items.Select(r => r.Id);
            var byYear = fixture.Workers.Where(w => today.Year - w.BirthDate.Year >= min && today.Year - w.BirthDate.Year <= max).Select(w => w.Id);

            Assert.Equal(byYear.Order(), found.Order());
        }
    }

    [Theory]
    [InlineData("Keuangan", Roles.Keuangan, "keuangan-1")]
    [InlineData("Loket lain", Roles.Loket, "loket-2")]
    public void The_worker_pages_of_a_masked_role_show_no_birth_date(string who, string role, string userName)
    {
        Act(who);
        var auth = AddAuthorization();
        auth.SetAuthorized(userName);
        auth.SetRoles(role);

        var list = Render<WorkersPage>();
        list.WaitForAssertion(() => Assert.Contains(NikMask.Mask(fixture.Workers[0].Nik), list.Markup, StringComparison.Ordinal));
        AssertNoBirthDate(list.Markup, "/pekerja");

        foreach (var w in fixture.Workers)
        {
            var page = Render<WorkerDetailPage>(p => p.Add(x => x.Id, w.Id));
            page.WaitForAssertion(() => Assert.Contains(NikMask.Mask(w.Nik), page.Find("[data-testid=worker-nik]").TextContent, StringComparison.Ordinal));
            AssertNoBirthDate(page.Markup, $"/pekerja/{w.Id}");
            Assert.DoesNotContain("Pelaihari", page.Find("table").TextContent, StringComparison.Ordinal);
        }
    }

    private void AssertNoBirthDate(string markup, string page)
    {
        foreach (var w in fixture.Workers)
        {
            foreach (var form in DateForms(w.BirthDate))
            {
                Assert.False(markup.Contains(form, StringComparison.Ordinal), $"{page} shows {w.Name}'s birth date as {form}");
            }
        }
    }

    private static string[] DateForms(DateOnly d) =>
    [
        IndonesianFormat.Date(d), d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
    ];

    private void Act(string who)
    {
        var (role, userId) = PersonalDataFixture.Callers[who];
        App.CurrentUser.Caller = new Caller(userId, $"{userId}@test.local", role, role == Roles.Csr ? fixture.Company.Id : null);
    }

    // What one role has put together about each worker: the masked NIKs, sexes and birth years it read, the birth dates
    // it was shown, and any rule (such as eligibility) a candidate birth date must satisfy.
    private sealed class Facts
    {
        public HashSet<string> Niks { get; } = [];

        public HashSet<Sex> Sexes { get; } = [];

        public HashSet<int> Years { get; } = [];

        public HashSet<DateOnly> Dates { get; } = [];

        public List<Func<DateOnly, bool>> Rules { get; } = [];
    }

    private Dictionary<FixtureWorker, Facts> NewFacts() => fixture.Workers.ToDictionary(w => w, _ => new Facts());

    // Rows of any shape: the row's NIK field tells whose it is; its Sex, Age, BirthYear and BirthDate fields, and any
    // date or text equal to the birth date, are what the role learns. An age on a given day bounds the birth date.
    private void AddRecords(Dictionary<FixtureWorker, Facts> facts, DateOnly day, IEnumerable<object> rows)
    {
        foreach (var row in rows)
        {
            var leaves = ObjectGraph.Leaves(row);
            var nik = (string)leaves.First(l => l.Property == "Nik" && l.Value is string).Value;
            var w = Owner(nik);
            var f = facts[w];
            f.Niks.Add(nik);
            foreach (var leaf in leaves)
            {
                switch (leaf.Property, leaf.Value)
                {
                    case (_, Sex sex):
                        f.Sexes.Add(sex);
                        break;
                    case ("Age", int age):
                        f.Rules.Add(d => d <= day && Age.On(d, day) == age);
                        break;
                    case ("BirthYear", int year):
                        f.Years.Add(year);
                        break;
                    case (_, DateOnly date) when date == w.BirthDate || leaf.Property == "BirthDate":
                        f.Dates.Add(date);
                        break;
                    case (_, DateTime time) when DateOnly.FromDateTime(time) == w.BirthDate:
                        f.Dates.Add(w.BirthDate);
                        break;
                    case (_, string text) when DateForms(w.BirthDate).Any(form => text.Contains(form, StringComparison.Ordinal)):
                        f.Dates.Add(w.BirthDate);
                        break;
                }
            }
        }
    }

    private void AddExport(Dictionary<FixtureWorker, Facts> facts, DateOnly day, RenderedDocument export)
    {
        using var workbook = new XLWorkbook(new MemoryStream(export.Content));
        var sheet = workbook.Worksheet(1);
        var headers = sheet.Row(7).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        for (var r = 8; sheet.Cell(r, 1).GetString() is { Length: > 0 } nik && nik != "JUMLAH"; r++)
        {
            var w = Owner(nik);
            var f = facts[w];
            f.Niks.Add(nik);
            foreach (var (header, column) in headers)
            {
                var cell = sheet.Cell(r, column);
                if (cell.IsEmpty())
                {
                    continue;
                }

                if (header == "L/P")
                {
                    f.Sexes.Add(cell.GetString() == "P" ? Sex.Female : Sex.Male);
                }
                else if (header is "Umur" or "Usia")
                {
                    var age = (int)cell.GetDouble();
                    f.Rules.Add(d => d <= day && Age.On(d, day) == age);
                }
                else if (header == "Tahun Lahir")
                {
                    f.Years.Add(int.Parse(cell.GetString(), CultureInfo.InvariantCulture));
                }
                else if (cell.DataType == XLDataType.DateTime && DateOnly.FromDateTime(cell.GetDateTime()) is var date
                    && (date == w.BirthDate || header == "Tanggal Lahir"))
                {
                    f.Dates.Add(date);
                }
                else if (DateForms(w.BirthDate).Any(form => cell.GetString().Contains(form, StringComparison.Ordinal)))
                {
                    f.Dates.Add(w.BirthDate);
                }
            }
        }
    }

    private FixtureWorker Owner(string nik) =>
        fixture.Workers.SingleOrDefault(w => w.Nik == nik || NikMask.Mask(w.Nik) == nik)
        ?? throw new InvalidOperationException($"{nik} is no fixture worker's NIK");

    private static void AssertIrreversible(Dictionary<FixtureWorker, Facts> facts, int minimum, string who)
    {
        foreach (var (w, f) in facts.Where(x => x.Value.Niks.Count > 0))
        {
            Assert.All(f.Niks, n => Assert.Equal(NikMask.Mask(w.Nik), n));
            var candidates = Candidates(w, facts);
            Assert.True(candidates >= minimum, $"{who}: what is visible about {w.Name} leaves only {candidates} possible NIKs (at least {minimum} required)");
        }

        Assert.Contains(facts.Values, f => f.Niks.Count > 0);
    }

    // Every NIK with the visible region and serial whose hidden DDMMYY agrees with all the role has learned.
    private static int Candidates(FixtureWorker w, Dictionary<FixtureWorker, Facts> facts)
    {
        var f = facts[w];
        var today = NikReconstructionFixture.Today;
        var possible = new HashSet<string>(StringComparer.Ordinal);
        for (var d = new DateOnly(today.Year - 100, 1, 1); d <= today; d = d.AddDays(1))
        {
            if (f.Dates.Any(x => x != d) || f.Years.Any(y => y != d.Year) || f.Rules.Any(rule => !rule(d)))
            {
                continue;
            }

            foreach (var sex in f.Sexes.Count > 0 ? f.Sexes.ToArray() : [Sex.Male, Sex.Female])
            {
                if (f.Sexes.Count > 1)
                {
                    continue;
                }

                var nik = string.Concat(w.Nik.AsSpan(0, 6), WorkerDraftBuilder.Nik("000000", d, sex, 0).AsSpan(6, 6), w.Nik.AsSpan(12));
                possible.Add(nik);
            }
        }

        Assert.True(possible.Contains(w.Nik) || possible.Count == 0, $"the facts gathered about {w.Name} contradict the stored NIK");
        return possible.Count;
    }

    private static async Task<List<object>> CollectAsync<T>(IAsyncEnumerable<T> rows)
        where T : notnull
    {
        var list = new List<object>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }

        return list;
    }
}
