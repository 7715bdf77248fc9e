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

    public static PublicCount Of(int count) =>
        new(count is > 0 and < Threshold ? "< " + Threshold : IndonesianFormat.Thousands(count));

    public override string ToString() => Text;
}

public sealed record PublicAreaCoverage(string Name, PublicCount Registered, PublicCount ProtectedNow);

public sealed record PublicKecamatanCoverage(string Name, PublicCount Registered, PublicCount ProtectedNow, IReadOnlyList<PublicAreaCoverage> Desa);

public sealed record PublicCoverage(YearMonth Month, int CompaniesTakingPart, PublicCount Registered, PublicCount ProtectedNow, IReadOnlyList<PublicKecamatanCoverage> Kecamatan);

// The public /cakupan page: aggregate counts only, no names, no NIKs. Deliberately no caller check.
public sealed class CoverageService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public async Task<PublicCoverage> GetAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var current = YearMonth.FromDate(Wita.Today(clock));
        var (kecamatan, desa) = await DashboardService.CoverageAsync(db, current, ct);
        var companies = await db.Sponsorships
            .Where(s => s.CompanyId != null && (s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir))
            .Select(s => s.CompanyId).Distinct().CountAsync(ct);
        return new PublicCoverage(
            current,
            companies,
            PublicCount.Of(desa.Sum(d => d.Registered)),
            PublicCount.Of(desa.Sum(d => d.ProtectedNow)),
            [.. kecamatan.Select(k => new PublicKecamatanCoverage(
                k.Name,
                PublicCount.Of(k.Registered),
                PublicCount.Of(k.ProtectedNow),
                [.. desa.Where(d => d.Code.StartsWith(k.Code, StringComparison.Ordinal))
                    .Select(d => new PublicAreaCoverage(d.Name, PublicCount.Of(d.Registered), PublicCount.Of(d.ProtectedNow)))]))]);
    }
}
