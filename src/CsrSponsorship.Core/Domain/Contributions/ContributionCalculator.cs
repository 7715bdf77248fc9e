using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Contributions;

public static class ContributionCalculator
{
    private const int BasisPointsPerWhole = 10_000;

    public static MonthlyContribution Calculate(IReadOnlyList<RateVersion> rates, ContributionRequest request)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(request);

        var rate = RateFor(rates, request.Month);
        if (request.DeclaredIncome < rate.MinimumIncome)
        {
            throw new DomainException(
                $"Penghasilan yang dilaporkan minimal {IndonesianFormat.Rupiah(rate.MinimumIncome)}.");
        }

        var jkk = Percentage(request.DeclaredIncome, rate.JkkBasisPoints);
        var jkm = rate.JkmFlat;
        var jht = request.IncludeJht ? Percentage(request.DeclaredIncome, rate.JhtBasisPoints) : 0;
        var discount = ApplicableDiscount(rate, request)?.DiscountBasisPoints ?? 0;

        return new MonthlyContribution(
            request.Month,
            rate.Id,
            discount,
            jkk,
            jkm,
            jht,
            JkkDiscount: Percentage(jkk, discount),
            JkmDiscount: Percentage(jkm, discount));
    }

    public static ContributionPeriod CalculatePeriod(IReadOnlyList<RateVersion> rates, ContributionRequest request, int months)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (months < 1)
        {
            throw new DomainException("Masa iuran minimal 1 bulan.");
        }

        var lines = new List<MonthlyContribution>(months);
        for (var i = 0; i < months; i++)
        {
            lines.Add(Calculate(rates, request with { Month = request.Month.AddMonths(i) }));
        }

        return new ContributionPeriod(lines);
    }

    private static RateVersion RateFor(IReadOnlyList<RateVersion> rates, YearMonth month)
    {
        var covering = rates.Where(r => r.Covers(month)).Take(2).ToList();
        return covering.Count switch
        {
            1 => covering[0],
            0 => throw new DomainException($"Belum ada tarif iuran yang berlaku untuk bulan {month.ToDisplayString()}."),
            _ => throw new DomainException(
                $"Ada lebih dari satu versi tarif iuran untuk bulan {month.ToDisplayString()}; periksa masa berlaku tarif."),
        };
    }

    private static DiscountWindow? ApplicableDiscount(RateVersion rate, ContributionRequest request)
    {
        var window = rate.DiscountWindows.FirstOrDefault(w => w.Covers(request.Sector, request.Month));
        if (window is null || window.ExcludedFundingSources.Contains(request.Funding))
        {
            return null;
        }

        // PP 50/2025 is silent on contributions paid by a company's CSR; until Disnakerind and
        // BPJS TK confirm, each programme decides (default off).
        return request.Funding == FundingSource.Csr && !request.ApplyCsrDiscount ? null : window;
    }

    // Round half up to whole rupiah, separately for each programme and month, so every invoice line
    // (programme × month) is itself whole rupiah. Discounts are rounded the same way and subtracted
    // from the rounded gross; at the usual round incomes no rounding happens at all.
    private static long Percentage(long amount, int basisPoints) =>
        (long)((((Int128)amount * basisPoints) + (BasisPointsPerWhole / 2)) / BasisPointsPerWhole);
}
