using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Features.Contributions;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Contributions;

// From the first version on, every month has exactly one rate version: no overlap, no gap, the last one open-ended.
public sealed class RateTimelineTests : IAsyncLifetime
{
    private static readonly YearMonth January2027 = new(2027, 1);
    private TestApp app = default!;

    private RateService Rates => app.Get<RateService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        app.ActAsAdmin();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Editing_a_version_so_that_two_versions_cover_one_month_is_refused_and_pricing_keeps_working()
    {
        await Rates.AddVersionAsync(Terms(January2027, null, jkm: 9_000));
        var standard = await VersionStartingAsync(new YearMonth(2015, 7));

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            Rates.UpdateVersionAsync(standard.Id, Terms(standard.ValidFrom, new YearMonth(2027, 6)), standard.Version));

        Assert.Contains("tumpang tindih", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Januari 2027", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new YearMonth(2026, 12), (await VersionStartingAsync(new YearMonth(2015, 7))).ValidTo);
        // The months stay priceable: one version each.
        var company = await app.CompanyAsync("PT Tarif");
        var workers = await app.VerifiedWorkersAsync(1);
        app.ActAsCsrOf(company);
        var preview = await app.Get<AdoptionService>().PreviewCostAsync(new CostRequest(workers, new AdoptionTerms(false, January2027, 6)));
        Assert.Equal(6 * (10_000 + 9_000), preview.Total);
    }

    [Fact]
    public async Task Editing_a_version_so_that_months_have_no_rate_is_refused()
    {
        await Rates.AddVersionAsync(Terms(January2027, null));
        var standard = await VersionStartingAsync(new YearMonth(2015, 7));

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            Rates.UpdateVersionAsync(standard.Id, Terms(standard.ValidFrom, new YearMonth(2026, 10)), standard.Version));

        Assert.Contains("November 2026–Desember 2026", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tidak ada tarif", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_the_start_of_a_version_moves_the_end_of_the_version_before_it()
    {
        await Rates.AddVersionAsync(Terms(January2027, null, jkm: 9_000));
        var successor = await VersionStartingAsync(January2027);

        await Rates.UpdateVersionAsync(successor.Id, Terms(new YearMonth(2027, 3), null, jkm: 9_000), successor.Version);

        Assert.Equal(new YearMonth(2027, 2), (await VersionStartingAsync(new YearMonth(2015, 7))).ValidTo);
        Assert.Null((await VersionStartingAsync(new YearMonth(2027, 3))).ValidTo);
    }

    [Fact]
    public async Task The_last_version_stays_open_ended()
    {
        var added = await Assert.ThrowsAsync<DomainException>(() => Rates.AddVersionAsync(Terms(January2027, new YearMonth(2027, 12))));
        var standard = await VersionStartingAsync(new YearMonth(2015, 7));
        var closed = await Assert.ThrowsAsync<DomainException>(() =>
            Rates.UpdateVersionAsync(standard.Id, Terms(standard.ValidFrom, new YearMonth(2030, 12)), standard.Version));

        Assert.Contains("tanpa bulan akhir", added.Message, StringComparison.Ordinal);
        Assert.Contains("tanpa bulan akhir", closed.Message, StringComparison.Ordinal);
        Assert.Single(await Rates.ListAsync());
    }

    [Fact]
    public async Task A_new_version_cannot_start_inside_months_an_issued_invoice_priced_with_the_locked_version()
    {
        // Jul–Dec 2026 billed with the standard version, which is now locked.
        await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Terkunci"), workers: 1);
        app.ActAsAdmin();

        var ex = await Assert.ThrowsAsync<DomainException>(() => Rates.AddVersionAsync(Terms(new YearMonth(2026, 8), null, jkm: 9_000)));

        Assert.Contains("Desember 2026", ex.Message, StringComparison.Ordinal);
        Assert.Contains("paling cepat mulai Januari 2027", ex.Message, StringComparison.Ordinal);
        Assert.Single(await Rates.ListAsync());
        await Rates.AddVersionAsync(Terms(January2027, null, jkm: 9_000));
        Assert.Equal(new YearMonth(2026, 12), (await VersionStartingAsync(new YearMonth(2015, 7))).ValidTo);
    }

    private static RateTerms Terms(YearMonth from, YearMonth? to, long jkm = 6_800) =>
        new(from, to, 100, jkm, 200, 1_000_000, "Uji linimasa");

    private async Task<RateVersionRow> VersionStartingAsync(YearMonth from) =>
        (await Rates.ListAsync()).Single(r => r.ValidFrom == from);
}
