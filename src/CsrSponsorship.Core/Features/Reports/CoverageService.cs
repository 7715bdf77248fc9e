using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Sponsorships;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Reports;

// A count fit for publication: 1 to 4 people in a desa are few enough to be recognised by neighbours,
// so they are shown only as "< 5" (small-cell suppression). The raw number never leaves Core.
public readonly record struct PublicCount
{
    public const int Threshold = 5;

    private PublicCount(string text) => Text = text;

    public string Text { get; }

    // Shown for a count hidden only so that a small neighbour cannot be worked out by subtraction.
    public const string HiddenText = "*";

    public static PublicCount Of(int count) =>
        new(IsSmall(count) ? "< " + Threshold : IndonesianFormat.Thousands(count));

    // Counts published next to their exact total. If only one of them is small, total minus the others gives it
    // away, so the smallest other non-zero count is hidden as well (secondary suppression, as statistics offices do).
    public static IReadOnlyList<PublicCount> Parts(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var shown = counts.Select(Of).ToArray();
        var total = counts.Sum();
        if (!IsSmall(total) && counts.Count(IsSmall) == 1)
        {
            var partner = Enumerable.Range(0, counts.Count)
                .Where(i => counts[i] >= Threshold)
                .OrderBy(i => counts[i])
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (partner is { } index)
            {
                shown[index] = new PublicCount(HiddenText);
            }
        }

        return shown;
    }

    private static bool IsSmall(int count) => count is > 0 and < Threshold;

    public override string ToString() => Text;
}

public sealed record PublicAreaCoverage(string Name, PublicCount Registered, PublicCount ProtectedNow);

public sealed record PublicKecamatanCoverage(string Name, PublicCount Registered, PublicCount ProtectedNow, IReadOnlyList<PublicAreaCoverage> Desa);

public sealed record PublicCoverage(
    YearMonth Month, int CompaniesTakingPart, PublicCount Registered, PublicCount ProtectedNow, IReadOnlyList<PublicKecamatanCoverage> Kecamatan,
    DateTime CountedAtUtc) : ICountedFigures;

// The public /cakupan page: aggregate counts only, no names, no NIKs. Deliberately no caller check. The figures come
// from PublicCoverageSnapshot, counted again every few minutes, never per request.
public sealed class CoverageService(IDbContextFactory<AppDbContext> factory, PublicCoverageSnapshot snapshot, TimeProvider clock)
{
    public Task<PublicCoverage> GetAsync(CancellationToken ct = default) => snapshot.GetAsync(CountAsync, ct);

    private async Task<PublicCoverage> CountAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var current = YearMonth.FromDate(Wita.Today(clock));
        var (kecamatan, desa) = await DashboardService.CoverageAsync(db, current, ct);
        var companies = await db.Sponsorships
            .Where(s => s.CompanyId != null && (s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir))
            .Select(s => s.CompanyId).Distinct().CountAsync(ct);
        var kecamatanRegistered = PublicCount.Parts([.. kecamatan.Select(k => k.Registered)]);
        var kecamatanProtected = PublicCount.Parts([.. kecamatan.Select(k => k.ProtectedNow)]);
        return new PublicCoverage(
            current,
            companies,
            PublicCount.Of(desa.Sum(d => d.Registered)),
            PublicCount.Of(desa.Sum(d => d.ProtectedNow)),
            [.. kecamatan.Select((k, i) => new PublicKecamatanCoverage(
                k.Name,
                kecamatanRegistered[i],
                kecamatanProtected[i],
                Desa([.. desa.Where(d => d.Code.StartsWith(k.Code, StringComparison.Ordinal))])))],
            clock.GetUtcNow().UtcDateTime);
    }

    private static List<PublicAreaCoverage> Desa(IReadOnlyList<AreaCoverage> desa)
    {
        var registered = PublicCount.Parts([.. desa.Select(d => d.Registered)]);
        var protectedNow = PublicCount.Parts([.. desa.Select(d => d.ProtectedNow)]);
        return [.. desa.Select((d, i) => new PublicAreaCoverage(d.Name, registered[i], protectedNow[i]))];
    }
}
