using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Sponsorships;
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
        var renewal = first.SponsorshipIds[0];
        Assert.Equal(renewed, (await Sponsorships.GetAsync(renewal)).Row.WorkerId);
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
