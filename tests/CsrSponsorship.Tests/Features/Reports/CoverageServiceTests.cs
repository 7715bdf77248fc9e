using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Reports;

public sealed class CoverageServiceTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "< 5")]
    [InlineData(4, "< 5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1.234")]
    public void Counts_from_one_to_four_are_published_as_fewer_than_five(int count, string shown) =>
        Assert.Equal(shown, PublicCount.Of(count).Text);

    [Theory]
    [InlineData(new[] { 7, 2, 0 }, new[] { "*", "< 5", "0" })]
    [InlineData(new[] { 6, 9, 2 }, new[] { "*", "9", "< 5" })]
    [InlineData(new[] { 7, 2, 3 }, new[] { "7", "< 5", "< 5" })]
    [InlineData(new[] { 3, 0 }, new[] { "< 5", "0" })]
    [InlineData(new[] { 5, 12 }, new[] { "5", "12" })]
    public void A_lone_small_count_beside_an_exact_total_takes_its_smallest_neighbour_into_hiding(int[] counts, string[] shown) =>
        Assert.Equal(shown, PublicCount.Parts(counts).Select(c => c.Text));

    [Fact]
    public async Task The_public_coverage_needs_no_sign_in_and_suppresses_small_desa_counts()
    {
        await using var app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        await app.VerifiedWorkersAsync(6, "63.01.02.2003");
        await app.VerifiedWorkersAsync(2, "63.01.02.2005");
        var company = await app.CompanyAsync("PT Publik");
        await app.PaidAdoptionAsync(company, 1, new DateOnly(2026, 6, 10), "TRX-P");
        app.Clock.SetWitaDate(new DateOnly(2026, 7, 1));
        app.CurrentUser.Caller = Core.Features.Identity.Caller.Anonymous;

        var coverage = await app.Get<CoverageService>().GetAsync();

        Assert.Equal(1, coverage.CompaniesTakingPart);
        Assert.Equal(("9", "< 5"), (coverage.Registered.Text, coverage.ProtectedNow.Text));
        var kecamatan = Assert.Single(coverage.Kecamatan);
        // 9 registered = 7 + 2: the 7 is hidden too, or 9 − 7 would give the small desa away.
        Assert.Equal(("*", "< 5"), (kecamatan.Desa[0].Registered.Text, kecamatan.Desa[0].ProtectedNow.Text));
        Assert.Equal(("< 5", "0"), (kecamatan.Desa[1].Registered.Text, kecamatan.Desa[1].ProtectedNow.Text));
    }

    [Fact]
    public async Task The_public_figures_are_counted_again_only_after_the_refresh_interval_and_say_when_they_were_counted()
    {
        await using var app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        await app.VerifiedWorkersAsync(6, "63.01.02.2003");
        app.CurrentUser.Caller = Core.Features.Identity.Caller.Anonymous;
        var first = await app.Get<CoverageService>().GetAsync();

        app.ActAsAdmin();
        await app.VerifiedWorkersAsync(5, "63.01.02.2003");
        app.CurrentUser.Caller = Core.Features.Identity.Caller.Anonymous;
        app.Clock.Advance(TimeSpan.FromMinutes(9));
        var sameWindow = await app.Get<CoverageService>().GetAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var recounted = await app.Get<CoverageService>().GetAsync();

        Assert.Equal(("6", "6"), (first.Registered.Text, sameWindow.Registered.Text));
        Assert.Equal(first.CountedAtUtc, sameWindow.CountedAtUtc);
        Assert.Equal("11", recounted.Registered.Text);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, recounted.CountedAtUtc);
    }

    [Fact]
    public async Task A_new_month_is_counted_at_once_whatever_the_interval()
    {
        await using var app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 30));
        app.Clock.Advance(TimeSpan.FromHours(11) + TimeSpan.FromMinutes(57)); // 23.57 WITA
        app.CurrentUser.Caller = Core.Features.Identity.Caller.Anonymous;
        var june = await app.Get<CoverageService>().GetAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var july = await app.Get<CoverageService>().GetAsync();

        Assert.Equal((6, 7), (june.Month.Month, july.Month.Month));
    }
}
