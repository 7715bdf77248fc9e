using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Sponsorships;

// Every path that creates covered months (adoption, extension, coverage from another funder) asks the same
// eligibility rule: verified, living in the programme area, 18–65 on the first and on the last covered day.
public sealed class EligibilityTests : IAsyncLifetime
{
    private static readonly YearMonth July2026 = new(2026, 7);
    private static readonly YearMonth January2027 = new(2027, 1);
    private TestApp app = default!;

    private SponsorshipService Sponsorships => app.Get<SponsorshipService>();

    private AdoptionService Adoption => app.Get<AdoptionService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 18));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Extending_a_worker_who_turns_66_before_the_new_months_end_is_refused_as_a_fresh_adoption_is()
    {
        var company = await app.CompanyAsync("PT Usia");
        var worker = await WorkerBornAsync(new DateOnly(1961, 3, 15));
        app.ActAsCsrOf(company);
        var first = await Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, July2026, 6)));

        var fresh = await Assert.ThrowsAnyAsync<DomainException>(() =>
            Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, January2027, 6))));
        var extended = await Assert.ThrowsAnyAsync<DomainException>(() => Sponsorships.ExtendAsync(first.SponsorshipIds, 6, false));

        Assert.Contains("66 tahun pada 30 Juni 2027", fresh.Message, StringComparison.Ordinal);
        Assert.Contains("Pekerja Lansia", extended.Message, StringComparison.Ordinal);
        Assert.Contains("66 tahun pada 30 Juni 2027", extended.Message, StringComparison.Ordinal);
        Assert.Equal(1, await SponsorshipCountAsync());
    }

    [Fact]
    public async Task Extending_a_worker_who_was_deactivated_is_refused()
    {
        var company = await app.CompanyAsync("PT Nonaktif");
        var worker = await app.VerifiedWorkerAsync();
        app.ActAsCsrOf(company);
        var first = await Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, July2026, 6)));
        await using (var db = await app.DbAsync())
        {
            (await db.Workers.SingleAsync(w => w.Id == worker)).Deactivate();
            await db.SaveChangesAsync();
        }

        var ex = await Assert.ThrowsAnyAsync<DomainException>(() => Sponsorships.ExtendAsync(first.SponsorshipIds, 6, false));

        Assert.Contains("Nonaktif", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, await SponsorshipCountAsync());
    }

    [Fact]
    public async Task Extending_a_worker_who_moved_out_of_Jorong_and_Kintap_is_refused()
    {
        var company = await app.CompanyAsync("PT Pindah");
        var worker = await app.VerifiedWorkerAsync();
        app.ActAsCsrOf(company);
        var first = await Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, July2026, 6)));
        app.ActAs(Roles.Disnakerind);
        var form = await app.Get<WorkerService>().GetEditFormAsync(worker);
        form.Draft.DesaCode = "63.01.03.1003"; // Pelaihari
        await app.Get<WorkerService>().UpdateAsync(worker, form.Draft, form.Version);
        app.ActAsCsrOf(company);

        var ex = await Assert.ThrowsAnyAsync<DomainException>(() => Sponsorships.ExtendAsync(first.SponsorshipIds, 6, false));

        Assert.Contains("di luar wilayah program", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, await SponsorshipCountAsync());
    }

    [Fact]
    public async Task Extending_for_a_company_that_was_deactivated_is_refused_as_a_fresh_adoption_is()
    {
        var company = await app.CompanyAsync("PT Tutup");
        var worker = await app.VerifiedWorkerAsync();
        app.ActAsCsrOf(company);
        var first = await Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, July2026, 6)));
        await using (var db = await app.DbAsync())
        {
            (await db.Companies.SingleAsync(c => c.Id == company.Id)).Deactivate();
            await db.SaveChangesAsync();
        }

        var asCompany = await Assert.ThrowsAnyAsync<DomainException>(() => Sponsorships.ExtendAsync(first.SponsorshipIds, 6, false));
        app.ActAs(Roles.Disnakerind);
        var asOffice = await Assert.ThrowsAnyAsync<DomainException>(() => Sponsorships.ExtendAsync(first.SponsorshipIds, 6, false));

        Assert.Equal("Perusahaan tidak aktif; hubungi Disnakerind.", asCompany.Message);
        Assert.Equal("Perusahaan tidak aktif; hubungi Disnakerind.", asOffice.Message);
        Assert.Equal(1, await SponsorshipCountAsync());
    }

    [Fact]
    public async Task Coverage_from_another_funder_is_refused_for_an_unverified_or_too_old_worker()
    {
        app.ActAs(Roles.Loket);
        var unverified = (await app.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder(today: Wita.Today(app.Clock)).Build())).Id;
        var old = await WorkerBornAsync(new DateOnly(1961, 3, 15));
        app.ActAs(Roles.Disnakerind);

        var notVerified = await Assert.ThrowsAnyAsync<DomainException>(() => Sponsorships.RecordOtherCoverageAsync(
            new OtherCoverageRequest(unverified, FundingSource.Apbdes, "APBDes Desa Asam-Asam 2026", new AdoptionTerms(false, July2026, 6))));
        var tooOld = await Assert.ThrowsAnyAsync<DomainException>(() => Sponsorships.RecordOtherCoverageAsync(
            new OtherCoverageRequest(old, FundingSource.Apbd, "APBD Kabupaten 2027", new AdoptionTerms(false, January2027, 6))));

        Assert.Contains("belum diverifikasi", notVerified.Message, StringComparison.Ordinal);
        Assert.Contains("66 tahun pada 30 Juni 2027", tooOld.Message, StringComparison.Ordinal);
        Assert.Equal(0, await SponsorshipCountAsync());
        // Within the limits the same worker is recorded.
        await Sponsorships.RecordOtherCoverageAsync(new OtherCoverageRequest(old, FundingSource.Apbd, "APBD Kabupaten 2026", new AdoptionTerms(false, July2026, 6)));
        Assert.Equal(1, await SponsorshipCountAsync());
    }

    private async Task<int> WorkerBornAsync(DateOnly birth)
    {
        var caller = app.CurrentUser.Caller;
        app.ActAs(Roles.Disnakerind, userId: "disnaker-seed");
        var draft = new WorkerDraftBuilder(today: Wita.Today(app.Clock)).With(d =>
        {
            d.FullName = "Pekerja Lansia";
            d.BirthDate = birth;
            d.Nik = WorkerDraftBuilder.Nik("630102", birth, Sex.Male, 4321);
        }).Build();
        var saved = await app.Get<WorkerService>().CreateAsync(draft);
        await app.Get<WorkerService>().VerifyAsync(saved.Id);
        app.CurrentUser.Caller = caller;
        return saved.Id;
    }

    private async Task<int> SponsorshipCountAsync()
    {
        await using var db = await app.DbAsync();
        return await db.Sponsorships.CountAsync();
    }
}
