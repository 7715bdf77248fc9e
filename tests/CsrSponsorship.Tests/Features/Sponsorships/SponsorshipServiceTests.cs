using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Sponsorships;

public sealed class SponsorshipServiceTests : IAsyncLifetime
{
    private static readonly YearMonth July2026 = new(2026, 7);
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
    public async Task A_Csr_user_never_reads_or_changes_another_companys_sponsorships()
    {
        var mine = await app.CompanyAsync("PT Saya");
        var other = await app.CompanyAsync("PT Lain");
        var workers = await app.VerifiedWorkersAsync(2);
        app.ActAsCsrOf(other);
        var theirs = await Adoption.SubmitAsync(new AdoptionRequest([workers[0]], new AdoptionTerms(false, July2026, 6)));
        app.ActAsCsrOf(mine);
        await Adoption.SubmitAsync(new AdoptionRequest([workers[1]], new AdoptionTerms(false, July2026, 6)));

        var id = theirs.SponsorshipIds[0];
        await Assert.ThrowsAsync<NotFoundException>(() => Sponsorships.GetAsync(id));
        await Assert.ThrowsAsync<NotFoundException>(() => Sponsorships.CancelAsync(id, "bukan milik saya"));
        await Assert.ThrowsAsync<NotFoundException>(() => Sponsorships.ExtendAsync([id], 6, false));
        var list = await Sponsorships.ListAsync(new SponsorshipQuery(CompanyId: other.Id));
        Assert.All(list.Items, r => Assert.Equal(mine.Id, r.CompanyId));
        Assert.Equal(1, list.TotalCount);
        // Asking to adopt for another company is ignored: the Csr caller always acts for its own.
        var result = await Adoption.FindEligibleAsync(new EligibleQuery(new AdoptionTerms(false, new YearMonth(2027, 6), 1), CompanyId: other.Id));
        Assert.Equal(2, result.TotalCount);
    }

    [Fact]
    public async Task Cancelling_before_invoicing_releases_the_months_for_another_company()
    {
        var first = await app.CompanyAsync("PT Batal");
        var second = await app.CompanyAsync("PT Berikut");
        var worker = await app.VerifiedWorkerAsync();
        app.ActAsCsrOf(first);
        var submitted = await Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, July2026, 6)));

        await Assert.ThrowsAsync<DomainException>(() => Sponsorships.CancelAsync(submitted.SponsorshipIds[0], " "));
        await Sponsorships.CancelAsync(submitted.SponsorshipIds[0], "Salah pilih pekerja");

        Assert.Equal(SponsorshipStatus.Batal, (await Sponsorships.GetAsync(submitted.SponsorshipIds[0])).Row.Status);
        app.ActAsCsrOf(second);
        var again = await Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, July2026, 6)));
        Assert.Single(again.SponsorshipIds);
    }

    [Fact]
    public async Task Ending_soon_gives_a_working_WhatsApp_link_and_an_outcome_moves_the_retention_rate()
    {
        var company = await app.CompanyAsync("PT Serah Terima");
        var workers = await app.VerifiedWorkersAsync(2);
        app.ActAsCsrOf(company);
        var submitted = await Adoption.SubmitAsync(new AdoptionRequest(workers, new AdoptionTerms(false, July2026, 1)));
        await using (var db = await app.DbAsync())
        {
            // Invoicing and payment are another feature's job; here the sponsorships are simply paid.
            foreach (var s in await db.Sponsorships.ToListAsync())
            {
                s.MarkInvoiced();
                s.MarkPaid();
            }

            await db.SaveChangesAsync();
        }

        app.Clock.SetWitaDate(new DateOnly(2026, 7, 10));
        app.ActAs(Roles.Disnakerind);
        var ending = await Handover.EndingSoonAsync();

        Assert.Equal(2, ending.Count);
        var row = ending[0];
        Assert.Equal(new DateOnly(2026, 7, 31), row.CoverageEnds);
        // August 2026 is inside the PP 50/2025 window for non-transport workers, and a self-paying worker gets the cut.
        Assert.Equal(8_400, row.MonthlyContributionAfter);
        Assert.StartsWith("https://wa.me/628123456", row.WhatsAppLink, StringComparison.Ordinal);
        var text = Uri.UnescapeDataString(row.WhatsAppLink!.Split("?text=")[1]);
        Assert.Contains("berakhir pada 31 Juli 2026", text, StringComparison.Ordinal);
        Assert.Contains("Rp 8.400 per bulan", text, StringComparison.Ordinal);
        Assert.Contains("tanggal 15", text, StringComparison.Ordinal);

        // A desk officer who did not register these workers gets the same list with masked numbers and no wa.me link.
        app.ActAs(Roles.Loket);
        Assert.All(await Handover.EndingSoonAsync(), r =>
        {
            Assert.Null(r.WhatsAppLink);
            Assert.Matches("^6281•{6}[0-9]{2}$", r.Phone);
        });

        app.Clock.SetWitaDate(new DateOnly(2026, 8, 3));
        Assert.Null((await Retention.GetAsync()).Rate);
        Assert.Equal(2, (await Handover.AwaitingOutcomeAsync()).Count);

        await Handover.RecordOutcomeAsync(submitted.SponsorshipIds[0], SponsorshipOutcome.Mandiri, "Bayar lewat agen Perisai");
        Assert.Equal(100m, (await Retention.GetAsync()).Rate);
        await Handover.RecordOutcomeAsync(submitted.SponsorshipIds[1], SponsorshipOutcome.Nonaktif, null);

        var retention = await Retention.GetAsync();
        Assert.Equal(50m, retention.Rate);
        Assert.Equal(2, retention.Ended);
        Assert.Empty(await Handover.AwaitingOutcomeAsync());
        app.ActAsCsrOf(company);
        Assert.Equal(50m, (await Retention.GetAsync()).Rate);
    }

    [Fact]
    public async Task Coverage_paid_from_APBDes_blocks_CSR_for_the_same_months()
    {
        var company = await app.CompanyAsync("PT Ganda");
        var worker = await app.VerifiedWorkerAsync();
        app.ActAs(Roles.Disnakerind);
        await Sponsorships.RecordOtherCoverageAsync(new OtherCoverageRequest(worker, FundingSource.Apbdes, "APBDes Desa Asam-Asam 2026", new AdoptionTerms(false, July2026, 6)));

        app.ActAsCsrOf(company);
        var ex = await Assert.ThrowsAsync<CoverageConflictException>(() =>
            Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, new YearMonth(2026, 10), 3))));
        Assert.Single(ex.WorkerNames);
    }

    [Fact]
    public async Task Company_totals_count_committed_workers_months_and_rupiah_and_stay_private()
    {
        var company = await app.CompanyAsync("PT Jumlah");
        var other = await app.CompanyAsync("PT Lainnya");
        var workers = await app.VerifiedWorkersAsync(3);
        app.ActAsCsrOf(company);
        var submitted = await Adoption.SubmitAsync(new AdoptionRequest(workers, new AdoptionTerms(false, July2026, 6)));
        await Sponsorships.CancelAsync(submitted.SponsorshipIds[2], "Pekerja pindah");

        var totals = await Sponsorships.CompanyTotalsAsync(company.Id);

        Assert.Equal(2, totals.Submitted);
        Assert.Equal(1, totals.Cancelled);
        Assert.Equal(2, totals.WorkersCovered);
        Assert.Equal(12, totals.WorkerMonths);
        Assert.Equal(new MoneyFigures(201_600, 0, 0), totals.Money);
        await Assert.ThrowsAsync<NotFoundException>(() => Sponsorships.CompanyTotalsAsync(other.Id));
    }

    [Fact]
    public async Task Extending_creates_a_follow_on_sponsorship_for_the_same_worker_after_the_first_ends()
    {
        var company = await app.CompanyAsync("PT Lanjut");
        var worker = await app.VerifiedWorkerAsync();
        app.ActAsCsrOf(company);
        var first = await Adoption.SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, July2026, 6)));

        var extended = await Sponsorships.ExtendAsync(first.SponsorshipIds, 12, true);

        var detail = await Sponsorships.GetAsync(extended.SponsorshipIds[0]);
        Assert.Equal(new YearMonth(2027, 1), detail.Row.StartMonth);
        Assert.Equal(new YearMonth(2027, 12), detail.Row.EndMonth);
        Assert.True(detail.Row.IncludeJht);
        Assert.Equal(first.SponsorshipIds[0], detail.PreviousSponsorshipId);
        Assert.Equal(SponsorshipStatus.Diajukan, detail.Row.Status);
        Assert.Equal(2, (await Sponsorships.ListAsync(new SponsorshipQuery(WorkerId: worker))).TotalCount);
        // Extending again for the same months collides with the follow-on, and says who.
        await Assert.ThrowsAsync<CoverageConflictException>(() => Sponsorships.ExtendAsync(first.SponsorshipIds, 6, false));
    }
}
