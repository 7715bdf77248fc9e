using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Sponsorships;

// The hand-over is for workers whose protection would stop: a worker whose coverage continues the month after
// is not told to pay alone, and the one who is hears the rate that will really apply.
public sealed class HandoverTests : IAsyncLifetime
{
    private static readonly YearMonth July2026 = new(2026, 7);
    private static readonly YearMonth November2026 = new(2026, 11);
    private TestApp app = default!;

    private SponsorshipService Sponsorships => app.Get<SponsorshipService>();

    private AdoptionService Adoption => app.Get<AdoptionService>();

    private HandoverService Handover => app.Get<HandoverService>();

    private RetentionService Retention => app.Get<RetentionService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 18));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_worker_re_adopted_for_the_following_months_is_not_listed_for_hand_over_and_counts_as_renewed()
    {
        var company = await app.CompanyAsync("PT Lanjut Terus");
        var renewed = await app.VerifiedWorkerAsync();
        var leaving = await app.VerifiedWorkerAsync();
        app.ActAsCsrOf(company);
        var first = await Adoption.SubmitAsync(new AdoptionRequest([renewed, leaving], new AdoptionTerms(false, July2026, 6)));
        await PayAllAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 11, 20));
        // The batch's ids follow the workers' name order, not the order they were given in (test names from a shared
        // counter: "Pekerja Uji Z" sorts after "Pekerja Uji BA").
        var renewal = 0;
        foreach (var id in first.SponsorshipIds)
        {
            renewal = (await Sponsorships.GetAsync(id)).Row.WorkerId == renewed ? id : renewal;
        }

        Assert.NotEqual(0, renewal);
        await Sponsorships.ExtendAsync([renewal], 6, false);

        app.Clock.SetWitaDate(new DateOnly(2026, 12, 10));
        app.ActAs(Roles.Loket);
        var ending = await Handover.EndingSoonAsync();
        var endingCount = (await app.Get<DashboardService>().LoketAsync()).EndingSoon;
        app.Clock.SetWitaDate(new DateOnly(2027, 1, 5));
        var awaiting = await Handover.AwaitingOutcomeAsync();
        var awaitingCount = (await app.Get<DashboardService>().LoketAsync()).AwaitingOutcome;
        var retention = await Retention.GetAsync();

        Assert.Equal([leaving], ending.Select(r => r.WorkerId));
        Assert.Equal([leaving], awaiting.Select(r => r.WorkerId));
        // The Loket home page counts what the hand-over page lists.
        Assert.Equal((1, 1), (endingCount, awaitingCount));
        // The renewal is counted as renewed without anyone recording it; the leaving worker still awaits an outcome.
        Assert.Equal((2, 1, 1), (retention.Ended, retention.WithOutcome, retention.Renewed));
    }

    [Fact]
    public async Task The_message_quotes_the_rate_from_the_hand_over_month_and_says_when_the_transport_discount_ends()
    {
        var company = await app.CompanyAsync("PT Ojek");
        var driver = await app.VerifiedWorkerAsync(occupation: "ojek");
        app.ActAsCsrOf(company);
        await Adoption.SubmitAsync(new AdoptionRequest([driver], new AdoptionTerms(false, July2026, 6)));
        await PayAllAsync();

        app.Clock.SetWitaDate(new DateOnly(2026, 12, 10));
        app.ActAs(Roles.Disnakerind);
        var row = Assert.Single(await Handover.EndingSoonAsync());
        var text = Uri.UnescapeDataString(row.WhatsAppLink!.Split("?text=")[1]);

        // PP 50/2025 halves JKK+JKM for transport workers until March 2027; from April the full Rp16.800 applies.
        Assert.Equal(8_400, row.MonthlyContributionAfter);
        Assert.Contains("Rp 8.400 per bulan mulai Januari 2027 sampai Maret 2027 (potongan iuran PP 50/2025), lalu Rp 16.800 per bulan mulai April 2027", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_discount_ahead_the_message_names_one_rate()
    {
        var company = await app.CompanyAsync("PT Nelayan");
        var fisher = await app.VerifiedWorkerAsync();
        app.ActAsCsrOf(company);
        await Adoption.SubmitAsync(new AdoptionRequest([fisher], new AdoptionTerms(false, July2026, 6)));
        await PayAllAsync();

        app.Clock.SetWitaDate(new DateOnly(2026, 12, 10));
        app.ActAs(Roles.Disnakerind);
        var row = Assert.Single(await Handover.EndingSoonAsync());
        var text = Uri.UnescapeDataString(row.WhatsAppLink!.Split("?text=")[1]);

        Assert.Equal(16_800, row.MonthlyContributionAfter);
        Assert.Contains("lanjutkan iuran mandiri Rp 16.800 per bulan mulai Januari 2027, dibayar paling lambat tanggal 15", text, StringComparison.Ordinal);
    }

    // "Lanjut mandiri" at the desk (decision 0196): the months the worker already paid alone are recorded with the
    // outcome, and a worker who pays alone is not offered to CSR companies.
    [Fact]
    public async Task The_desk_records_lanjut_mandiri_with_the_months_paid_alone_since_the_sponsorship_ended_in_July()
    {
        var (sponsorship, worker) = await app.PaidJulySponsorshipAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 11, 20));
        app.ActAs(Roles.Loket, userId: "loket-1");

        await Handover.RecordOutcomeAsync(sponsorship, SponsorshipOutcome.Mandiri, "Bayar lewat agen Perisai", November2026);

        await using var db = await app.DbAsync();
        var selfPaid = await db.Sponsorships.Include(s => s.Coverage).SingleAsync(s => s.WorkerId == worker && s.Funding == FundingSource.Mandiri);
        Assert.Equal((new YearMonth(2026, 8), November2026, 4, SponsorshipStatus.Aktif), (selfPaid.StartMonth, selfPaid.EndMonth, selfPaid.Months, selfPaid.Status));
        Assert.Equal([202608, 202609, 202610, 202611], selfPaid.Coverage.Select(c => c.Month).Order());
        Assert.Equal("loket-1", selfPaid.CreatedByUserId);
        Assert.Equal(SponsorshipOutcome.Mandiri, (await db.Sponsorships.SingleAsync(s => s.Id == sponsorship)).Outcome);
        Assert.Equal(WorkerStatus.Mandiri, (await db.Workers.SingleAsync(w => w.Id == worker)).Status);
        Assert.Contains(await db.WorkerEvents.Where(e => e.WorkerId == worker).Select(e => e.Description).ToListAsync(),
            t => t.Contains("Iuran mandiri Agustus–November 2026 tercatat.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2026, 7, "Bulan iuran mandiri dimulai Agustus 2026, bulan setelah kepesertaan berakhir (Juli 2026)")]
    [InlineData(2026, 12, "Iuran mandiri dicatat paling jauh sampai bulan berjalan (November 2026)")]
    public async Task A_last_paid_month_before_the_end_or_after_the_current_month_is_refused_and_nothing_is_saved(int year, int month, string message)
    {
        var (sponsorship, worker) = await app.PaidJulySponsorshipAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 11, 20));
        app.ActAs(Roles.Loket);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Handover.RecordOutcomeAsync(sponsorship, SponsorshipOutcome.Mandiri, null, new YearMonth(year, month)));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        await AssertNothingSavedAsync(sponsorship, worker);
    }

    [Fact]
    public async Task Months_another_funder_covers_are_refused_naming_the_funder_and_nothing_is_saved()
    {
        var (sponsorship, worker) = await app.PaidJulySponsorshipAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 11, 20));
        app.ActAs(Roles.Disnakerind);
        await app.Get<SponsorshipService>().RecordOtherCoverageAsync(
            new OtherCoverageRequest(worker, FundingSource.Apbdes, "APBDes Desa Sabuhur 2026", new AdoptionTerms(false, November2026, 1)));
        app.ActAs(Roles.Loket);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Handover.RecordOutcomeAsync(sponsorship, SponsorshipOutcome.Mandiri, null, November2026));

        Assert.Contains("sudah dicakup APBDes Desa Sabuhur 2026 pada November 2026", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Tidak ada yang disimpan.", ex.Message, StringComparison.Ordinal);
        await using var db = await app.DbAsync();
        Assert.Null((await db.Sponsorships.SingleAsync(s => s.Id == sponsorship)).Outcome);
        Assert.False(await db.Sponsorships.AnyAsync(s => s.WorkerId == worker && s.Funding == FundingSource.Mandiri));
    }

    [Fact]
    public async Task Self_paid_months_crossing_the_age_limit_are_refused_with_the_age()
    {
        var (sponsorship, worker) = await app.PaidJulySponsorshipAsync(age: 65);
        app.Clock.SetWitaDate(new DateOnly(2027, 6, 20));
        app.ActAs(Roles.Loket);

        var ex = await Assert.ThrowsAsync<IneligibleWorkersException>(() => Handover.RecordOutcomeAsync(sponsorship, SponsorshipOutcome.Mandiri, null, new YearMonth(2027, 6)));

        Assert.Contains("berusia 66 tahun pada 30 Juni 2027 (batas 18–65 tahun)", ex.Message, StringComparison.Ordinal);
        await AssertNothingSavedAsync(sponsorship, worker);
    }

    [Fact]
    public async Task Self_paid_months_go_only_with_the_outcome_lanjut_mandiri()
    {
        var (sponsorship, worker) = await app.PaidJulySponsorshipAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 11, 20));
        app.ActAs(Roles.Loket);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Handover.RecordOutcomeAsync(sponsorship, SponsorshipOutcome.Nonaktif, null, November2026));

        Assert.Equal("Bulan iuran mandiri hanya dicatat bersama hasil \"Lanjut mandiri\".", ex.Message);
        await AssertNothingSavedAsync(sponsorship, worker);
    }

    [Fact]
    public async Task A_worker_who_pays_alone_is_not_offered_for_adoption_and_a_submission_says_why()
    {
        var (sponsorship, worker) = await app.PaidJulySponsorshipAsync();
        var other = await app.VerifiedWorkerAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 11, 20));
        app.ActAs(Roles.Loket);
        await Handover.RecordOutcomeAsync(sponsorship, SponsorshipOutcome.Mandiri, null, November2026);
        var company = await app.CompanyAsync("PT Sesudah Mandiri");
        app.ActAsCsrOf(company);
        var terms = new AdoptionTerms(false, new YearMonth(2026, 12), 6);

        var offered = await Adoption.FindEligibleAsync(new EligibleQuery(terms));
        var ex = await Assert.ThrowsAsync<IneligibleWorkersException>(() => Adoption.SubmitAsync(new AdoptionRequest([worker, other], terms)));

        Assert.Equal([other], offered.Items.Select(w => w.Id));
        Assert.Contains("(membayar iuran mandiri, tercatat sampai November 2026)", ex.Message, StringComparison.Ordinal);
        await using var db = await app.DbAsync();
        Assert.False(await db.Sponsorships.AnyAsync(s => s.CompanyId == company.Id));
    }

    [Fact]
    public async Task A_company_adopting_over_covered_months_is_told_who_covers_which_months()
    {
        var worker = await app.VerifiedWorkerAsync();
        app.ActAs(Roles.Disnakerind);
        await Sponsorships.RecordOtherCoverageAsync(new OtherCoverageRequest(worker, FundingSource.Mandiri, "Iuran sendiri", new AdoptionTerms(false, July2026, 3)));
        // The desa takes over after three self-paid months: he is sponsored again, no longer paying alone.
        await Sponsorships.RecordOtherCoverageAsync(new OtherCoverageRequest(worker, FundingSource.Apbdes, "APBDes Desa Sabuhur 2026", new AdoptionTerms(false, new YearMonth(2026, 10), 3)));
        app.ActAsCsrOf(await app.CompanyAsync("PT Terlambat"));

        var ex = await Assert.ThrowsAsync<CoverageConflictException>(() => Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, July2026, 6))));

        Assert.Contains("(iuran mandiri pada Juli–September 2026; APBDes Desa Sabuhur 2026 pada Oktober–Desember 2026)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Self_paid_months_recorded_by_Disnakerind_keep_the_worker_off_the_adoption_list_after_them_too()
    {
        var worker = await app.VerifiedWorkerAsync();
        app.ActAs(Roles.Disnakerind);
        await Sponsorships.RecordOtherCoverageAsync(new OtherCoverageRequest(worker, FundingSource.Mandiri, "Iuran sendiri", new AdoptionTerms(false, July2026, 3)));
        app.ActAsCsrOf(await app.CompanyAsync("PT Sesudahnya"));

        var offered = await Adoption.FindEligibleAsync(new EligibleQuery(new AdoptionTerms(false, new YearMonth(2026, 10), 6)));

        Assert.DoesNotContain(worker, offered.Items.Select(w => w.Id));
    }

    [Fact]
    public async Task Extending_the_sponsorship_of_a_worker_who_went_on_alone_is_refused()
    {
        var (sponsorship, _) = await app.PaidJulySponsorshipAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 8, 10));
        app.ActAs(Roles.Loket);
        await Handover.RecordOutcomeAsync(sponsorship, SponsorshipOutcome.Mandiri, null);
        app.ActAs(Roles.Disnakerind);

        var ex = await Assert.ThrowsAsync<IneligibleWorkersException>(() => app.Get<SponsorshipService>().ExtendAsync([sponsorship], 6, false));

        Assert.Contains("(membayar iuran mandiri)", ex.Message, StringComparison.Ordinal);
    }

    private async Task AssertNothingSavedAsync(int sponsorship, int worker)
    {
        await using var db = await app.DbAsync();
        Assert.Null((await db.Sponsorships.SingleAsync(s => s.Id == sponsorship)).Outcome);
        Assert.False(await db.Sponsorships.AnyAsync(s => s.WorkerId == worker && s.Funding == FundingSource.Mandiri));
        Assert.Equal(WorkerStatus.Disponsori, (await db.Workers.SingleAsync(w => w.Id == worker)).Status);
    }

    // Invoicing and payment are another feature's job; here the sponsorships are simply paid.
    private async Task PayAllAsync()
    {
        await using var db = await app.DbAsync();
        foreach (var s in await db.Sponsorships.Where(s => s.Status == SponsorshipStatus.Diajukan).ToListAsync())
        {
            s.MarkInvoiced();
            s.MarkPaid();
        }

        await db.SaveChangesAsync();
    }
}
