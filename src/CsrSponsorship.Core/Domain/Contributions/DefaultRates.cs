using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Domain.Contributions;

// Seed for the rate table. Later changes are new versions or windows in data, not code edits.
public static class DefaultRates
{
    // PP 50/2025 excludes contributions "paid from APBN/APBD"; village budgets (APBDes) are
    // regional money too, so they are excluded alike.
    private static readonly FundingSource[] PaidFromPublicBudgets =
        [FundingSource.Apbn, FundingSource.Apbd, FundingSource.Apbdes];

    public static RateVersion Standard { get; } = new()
    {
        Id = 1,
        // PP 44/2015 (JKK, JKM) and PP 46/2015 (JHT) took effect on 1 July 2015.
        ValidFrom = new YearMonth(2015, 7),
        ValidTo = null,
        // JKK 1% of declared income, PP 44/2015 as amended (Lampiran II income brackets, confirm).
        JkkBasisPoints = 100,
        // JKM flat Rp 6.800 for BPU, PP 44/2015 as amended.
        JkmFlat = 6_800,
        // JHT 2% of declared income for BPU, PP 46/2015 as amended.
        JhtBasisPoints = 200,
        MinimumIncome = 1_000_000,
        LegalBasis = "PP 44/2015 jo. PP 82/2019; PP 46/2015",
        DiscountWindows =
        [
            // PP 50/2025 (22 Desember 2025): JKK and JKM halved, minimum JKK+JKM Rp 8.400.
            new DiscountWindow(
                Sector.Transport,
                new YearMonth(2026, 1),
                new YearMonth(2027, 3),
                DiscountBasisPoints: 5_000,
                PaidFromPublicBudgets,
                "PP 50/2025"),
            new DiscountWindow(
                Sector.NonTransport,
                new YearMonth(2026, 4),
                new YearMonth(2026, 12),
                DiscountBasisPoints: 5_000,
                PaidFromPublicBudgets,
                "PP 50/2025"),
        ],
    };

    public static IReadOnlyList<RateVersion> All { get; } = [Standard];
}
