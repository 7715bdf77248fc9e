using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Sponsorships;

public sealed class AdoptionServiceTests : IAsyncLifetime
{
    private static readonly YearMonth July2026 = new(2026, 7);
    private TestApp app = default!;

    private AdoptionService Adoption => app.Get<AdoptionService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 18));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Five_workers_for_six_months_of_JKK_and_JKM_cost_Rp_504000_and_Rp_1104000_with_JHT()
    {
        var company = await app.CompanyAsync("PT Lima");
        var workers = await app.VerifiedWorkersAsync(5);
        app.ActAsCsrOf(company);

        var basic = await Adoption.PreviewCostAsync(new CostRequest(workers, new AdoptionTerms(false, July2026, 6)));
        var withJht = await Adoption.PreviewCostAsync(new CostRequest(workers, new AdoptionTerms(true, July2026, 6)));

        Assert.Equal(504_000, basic.Total);
        Assert.Equal(16_800, basic.AveragePerWorkerPerMonth);
        Assert.Equal("lima ratus empat ribu rupiah", basic.TotalInWords);
        Assert.Equal(1_104_000, withJht.Total);
        Assert.Equal(600_000, withJht.Jht);
    }

    [Fact]
    public async Task A_second_company_cannot_pick_workers_already_covered_for_overlapping_months()
    {
        var first = await app.CompanyAsync("PT Pertama");
        var second = await app.CompanyAsync("PT Kedua");
        var workers = await app.VerifiedWorkersAsync(3);
        app.ActAsCsrOf(first);
        await Adoption.SubmitAsync(new AdoptionRequest(workers[..2], new AdoptionTerms(false, July2026, 6)));

        app.ActAsCsrOf(second);
        var overlapping = await Adoption.FindEligibleAsync(new EligibleQuery(new AdoptionTerms(false, new YearMonth(2026, 12), 3)));
        var afterwards = await Adoption.FindEligibleAsync(new EligibleQuery(new AdoptionTerms(false, new YearMonth(2027, 1), 3)));

        Assert.Equal([workers[2]], overlapping.Items.Select(w => w.Id));
        Assert.Equal(3, afterwards.TotalCount);
        var ex = await Assert.ThrowsAsync<CoverageConflictException>(() =>
            Adoption.SubmitAsync(new AdoptionRequest(workers, new AdoptionTerms(false, new YearMonth(2026, 9), 3))));
        Assert.Equal(2, ex.WorkerNames.Count);
    }

    [Fact]
    public async Task Eligible_workers_are_ranked_same_desa_then_same_kecamatan_then_programme_area()
    {
        var company = await app.CompanyAsync("PT Dekat", "63.01.07.2002");
        var sameDesa = await app.VerifiedWorkerAsync("63.01.07.2002");
        var sameKecamatan = await app.VerifiedWorkerAsync("63.01.07.2005");
        var elsewhere = await app.VerifiedWorkerAsync("63.01.02.2001");
        await app.VerifiedWorkerAsync("63.01.03.1003"); // Pelaihari: outside the programme area
        app.ActAs(Roles.Loket);
        await app.Get<Core.Features.Workers.WorkerService>().CreateAsync(new WorkerDraftBuilder(desaCode: "63.01.07.2002", today: new DateOnly(2026, 6, 18)).Build()); // not verified

        app.ActAsCsrOf(company);
        var result = await Adoption.FindEligibleAsync(new EligibleQuery(new AdoptionTerms(false, July2026, 6)));

        Assert.Equal([sameDesa, sameKecamatan, elsewhere], result.Items.Select(w => w.Id));
        Assert.Equal([Proximity.SameDesa, Proximity.SameKecamatan, Proximity.ProgrammeArea], result.Items.Select(w => w.Proximity));
        Assert.All(result.Items, w => Assert.Matches("^[0-9]{6}•{6}[0-9]{4}$", w.Nik));
    }

    [Fact]
    public async Task A_worker_who_turns_66_during_the_period_is_not_eligible()
    {
        var company = await app.CompanyAsync("PT Umur");
        var worker = await app.VerifiedWorkerAsync(age: 65);
        app.ActAsCsrOf(company);

        var shortPeriod = await Adoption.FindEligibleAsync(new EligibleQuery(new AdoptionTerms(false, July2026, 1)));
        var longPeriod = await Adoption.FindEligibleAsync(new EligibleQuery(new AdoptionTerms(false, July2026, 12)));

        Assert.Contains(worker, shortPeriod.Items.Select(w => w.Id));
        Assert.DoesNotContain(worker, longPeriod.Items.Select(w => w.Id));
    }

    [Fact]
    public async Task A_start_month_in_the_past_and_a_period_of_two_months_are_refused()
    {
        var company = await app.CompanyAsync("PT Aturan");
        var worker = await app.VerifiedWorkerAsync();
        app.ActAsCsrOf(company);

        var past = await Assert.ThrowsAsync<DomainException>(() => Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, new YearMonth(2026, 5), 6))));
        Assert.Equal("Bulan mulai tidak boleh sebelum Juni 2026.", past.Message);
        var months = await Assert.ThrowsAsync<DomainException>(() => Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, July2026, 2))));
        Assert.Equal("Lama kepesertaan yang dapat dipilih: 1, 3, 6 atau 12 bulan.", months.Message);
    }

    [Fact]
    public async Task The_cost_preview_warns_when_the_remaining_annual_budget_is_exceeded()
    {
        var company = await app.InsertAsync(new CompanyBuilder().Named("PT Hemat").WithBudget(300_000).Build());
        var workers = await app.VerifiedWorkersAsync(3);
        app.ActAsCsrOf(company);

        var preview = await Adoption.PreviewCostAsync(new CostRequest(workers, new AdoptionTerms(false, July2026, 6)));

        Assert.Equal(302_400, preview.Total);
        Assert.True(preview.ExceedsBudget);
        Assert.Equal(300_000, Assert.Single(preview.Budget).Remaining);
    }
}
