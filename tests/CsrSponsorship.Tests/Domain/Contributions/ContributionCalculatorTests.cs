using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using static CsrSponsorship.Core.Domain.Workers.Sector;
using static CsrSponsorship.Core.Domain.Contributions.FundingSource;

using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Tests.Domain.Contributions;

public sealed class ContributionCalculatorTests
{
    private const Programme JkkJkm = Programme.Jkk | Programme.Jkm;

    private static readonly IReadOnlyList<RateVersion> Rates = DefaultRates.All;

    private static ContributionRequest Request(
        int year = 2025,
        int month = 7,
        Sector sector = NonTransport,
        FundingSource funding = Csr,
        bool includeJht = false,
        bool applyCsrDiscount = false,
        long income = 1_000_000) =>
        new(income, sector, includeJht, funding, new YearMonth(year, month), applyCsrDiscount);

    [Theory]
    [InlineData(false, 504_000)]
    [InlineData(true, 1_104_000)]
    public void Five_workers_for_six_months_at_the_normal_rate(bool includeJht, long expected)
    {
        var period = ContributionCalculator.CalculatePeriod(Rates, Request(includeJht: includeJht), 6);

        Assert.Equal(expected, period.TotalForWorkers(5));
    }

    [Theory]
    [InlineData(false, 16_800)]
    [InlineData(true, 36_800)]
    public void One_month_at_the_minimum_income_costs_the_published_amount(bool includeJht, long expected)
    {
        var month = ContributionCalculator.Calculate(Rates, Request(includeJht: includeJht));

        Assert.Equal(expected, month.Total);
        Assert.Equal(10_000, month.Jkk);
        Assert.Equal(6_800, month.Jkm);
        Assert.Equal(includeJht ? 20_000 : 0, month.Jht);
        Assert.Equal(DefaultRates.Standard.Id, month.RateVersionId);
    }

    [Theory]
    // Transport window 2026-01 … 2027-03 (PP 50/2025).
    [InlineData(Transport, Csr, 2026, 2, true, 8_400)]
    [InlineData(Transport, Csr, 2026, 2, false, 16_800)]
    [InlineData(Transport, Csr, 2025, 12, true, 16_800)]
    [InlineData(Transport, Csr, 2026, 1, true, 8_400)]
    [InlineData(Transport, Csr, 2027, 3, true, 8_400)]
    [InlineData(Transport, Csr, 2027, 4, true, 16_800)]
    // Non-transport window 2026-04 … 2026-12.
    [InlineData(NonTransport, Csr, 2026, 2, true, 16_800)]
    [InlineData(NonTransport, Csr, 2026, 3, true, 16_800)]
    [InlineData(NonTransport, Csr, 2026, 4, true, 8_400)]
    [InlineData(NonTransport, Csr, 2026, 12, true, 8_400)]
    [InlineData(NonTransport, Csr, 2027, 1, true, 16_800)]
    [InlineData(NonTransport, Csr, 2026, 6, false, 16_800)]
    // Self-paid workers get the discount whatever the CSR switch says; public budgets never do.
    [InlineData(Transport, Mandiri, 2026, 2, false, 8_400)]
    [InlineData(NonTransport, Mandiri, 2026, 6, false, 8_400)]
    [InlineData(Transport, Apbd, 2026, 2, true, 16_800)]
    [InlineData(Transport, Apbn, 2026, 2, true, 16_800)]
    [InlineData(Transport, Apbdes, 2026, 2, true, 16_800)]
    [InlineData(NonTransport, Apbd, 2026, 6, true, 16_800)]
    public void JKK_and_JKM_are_halved_only_inside_the_sector_window_for_eligible_payers(
        Sector sector, FundingSource funding, int year, int month, bool applyCsrDiscount, long expected)
    {
        var contribution = ContributionCalculator.Calculate(
            Rates, Request(year, month, sector, funding, applyCsrDiscount: applyCsrDiscount));

        Assert.Equal(expected, contribution.Total);
        Assert.Equal(expected, contribution.NetAmount(JkkJkm));
        Assert.Equal(expected == 8_400 ? 5_000 : 0, contribution.DiscountBasisPoints);
    }

    [Fact]
    public void JHT_is_never_discounted()
    {
        var normal = ContributionCalculator.Calculate(Rates, Request(2025, 12, Transport, includeJht: true, applyCsrDiscount: true));
        var inWindow = ContributionCalculator.Calculate(Rates, Request(2026, 2, Transport, includeJht: true, applyCsrDiscount: true));

        Assert.Equal(36_800, normal.Total);
        Assert.Equal(28_400, inWindow.Total);
        Assert.Equal(8_400, inWindow.NetAmount(JkkJkm));
        Assert.Equal(20_000, inWindow.NetAmount(Programme.Jht));
        Assert.Equal(5_000, inWindow.JkkDiscount);
        Assert.Equal(3_400, inWindow.JkmDiscount);
        Assert.Equal(36_800, inWindow.Gross);
    }

    [Theory]
    [InlineData(2025, 7, 25_000, 0, 81_800)]
    [InlineData(2026, 2, 25_000, 12_500, 65_900)]
    public void JKK_and_JHT_follow_a_higher_declared_income(int year, int month, long jkk, long jkkDiscount, long total)
    {
        var contribution = ContributionCalculator.Calculate(
            Rates, Request(year, month, Transport, Mandiri, includeJht: true, income: 2_500_000));

        Assert.Equal(jkk, contribution.Jkk);
        Assert.Equal(jkkDiscount, contribution.JkkDiscount);
        Assert.Equal(50_000, contribution.Jht);
        Assert.Equal(total, contribution.Total);
    }

    [Theory]
    // 1% of 1.234.550 = 12.345,50 → 12.346; half of 12.346 = 6.173.
    [InlineData(1_234_550, 12_346, 6_173, 24_691)]
    // 1% of 1.234.549 = 12.345,49 → 12.345; half of 12.345 = 6.172,50 → 6.173 off, 6.172 to pay.
    [InlineData(1_234_549, 12_345, 6_173, 24_691)]
    public void Percentages_round_half_up_per_programme(long income, long jkk, long jkkDiscount, long jht)
    {
        var contribution = ContributionCalculator.Calculate(
            Rates, Request(2026, 2, Transport, Mandiri, includeJht: true, income: income));

        Assert.Equal(jkk, contribution.Jkk);
        Assert.Equal(jkkDiscount, contribution.JkkDiscount);
        Assert.Equal(jht, contribution.Jht);
    }

    [Fact]
    public void A_period_straddling_the_end_of_a_window_prices_each_month_on_its_own()
    {
        var period = ContributionCalculator.CalculatePeriod(
            Rates, Request(2027, 1, Transport, applyCsrDiscount: true), 6);

        Assert.Equal(
            ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"],
            period.Months.Select(m => m.Month.ToString()));
        Assert.Equal([8_400, 8_400, 8_400, 16_800, 16_800, 16_800], period.Months.Select(m => m.Total));
        Assert.Equal(75_600, period.Total);
        Assert.Equal(25_200, period.Discount);
        Assert.Equal(15_000, period.JkkDiscount);
        Assert.Equal(10_200, period.JkmDiscount);
        Assert.Equal(378_000, period.TotalForWorkers(5));
    }

    [Fact]
    public void Workers_on_different_terms_are_summed_by_the_caller()
    {
        var transport = ContributionCalculator.CalculatePeriod(Rates, Request(2026, 1, Transport, Mandiri), 3);
        var nonTransport = ContributionCalculator.CalculatePeriod(Rates, Request(2026, 1, NonTransport, Mandiri, includeJht: true), 3);

        Assert.Equal((3 * 8_400 * 2) + (3 * 36_800 * 4), transport.TotalForWorkers(2) + nonTransport.TotalForWorkers(4));
    }

    [Theory]
    [InlineData(999_999)]
    [InlineData(0)]
    [InlineData(-1_000_000)]
    public void Income_below_the_minimum_is_refused(long income)
    {
        var error = Assert.Throws<DomainException>(() => ContributionCalculator.Calculate(Rates, Request(income: income)));

        Assert.Equal("Penghasilan yang dilaporkan minimal Rp 1.000.000.", error.Message);
    }

    [Fact]
    public void A_month_without_a_rate_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => ContributionCalculator.Calculate(Rates, Request(2015, 6)));

        Assert.Equal("Belum ada tarif iuran yang berlaku untuk bulan Juni 2015.", error.Message);
    }

    [Fact]
    public void A_period_reaching_into_a_gap_in_the_rate_table_is_refused()
    {
        IReadOnlyList<RateVersion> rates = [Version(1, new YearMonth(2024, 1), new YearMonth(2024, 12))];

        var error = Assert.Throws<DomainException>(
            () => ContributionCalculator.CalculatePeriod(rates, Request(2024, 11), 3));

        Assert.Contains("Januari 2025", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_month_uses_the_version_in_force_and_the_end_month_is_inclusive()
    {
        IReadOnlyList<RateVersion> rates =
        [
            Version(1, new YearMonth(2024, 1), new YearMonth(2024, 12)),
            Version(2, new YearMonth(2025, 1), null) with { JkmFlat = 7_000 },
        ];

        var period = ContributionCalculator.CalculatePeriod(rates, Request(2024, 12), 2);

        Assert.Equal([1, 2], period.Months.Select(m => m.RateVersionId));
        Assert.Equal([16_800, 17_000], period.Months.Select(m => m.Total));
    }

    [Fact]
    public void Overlapping_rate_versions_are_refused_rather_than_guessed()
    {
        IReadOnlyList<RateVersion> rates =
        [
            Version(1, new YearMonth(2024, 1), null),
            Version(2, new YearMonth(2025, 1), null),
        ];

        Assert.Throws<DomainException>(() => ContributionCalculator.Calculate(rates, Request(2025, 3)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    public void A_period_needs_at_least_one_month(int months) =>
        Assert.Throws<DomainException>(() => ContributionCalculator.CalculatePeriod(Rates, Request(), months));

    [Fact]
    public void The_request_names_the_programmes_it_covers()
    {
        Assert.Equal(JkkJkm, Request().Programmes);
        Assert.Equal(JkkJkm | Programme.Jht, Request(includeJht: true).Programmes);
    }

    private static RateVersion Version(int id, YearMonth from, YearMonth? to) => new()
    {
        Id = id,
        ValidFrom = from,
        ValidTo = to,
        JkkBasisPoints = 100,
        JkmFlat = 6_800,
        JhtBasisPoints = 200,
        MinimumIncome = 1_000_000,
    };
}
