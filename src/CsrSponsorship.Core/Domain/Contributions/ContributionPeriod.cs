namespace CsrSponsorship.Core.Domain.Contributions;

// One worker's consecutive months. A period may straddle the edge of a discount window or a rate
// change, so the months are kept rather than multiplying one month's amount.
public sealed record ContributionPeriod(IReadOnlyList<MonthlyContribution> Months)
{
    public long Jkk => Months.Sum(m => m.Jkk);

    public long Jkm => Months.Sum(m => m.Jkm);

    public long Jht => Months.Sum(m => m.Jht);

    public long JkkDiscount => Months.Sum(m => m.JkkDiscount);

    public long JkmDiscount => Months.Sum(m => m.JkmDiscount);

    public long Discount => Months.Sum(m => m.Discount);

    public long Total => Months.Sum(m => m.Total);

    public long NetAmount(Programme programmes) => Months.Sum(m => m.NetAmount(programmes));

    // Workers on identical terms (the usual CSR case: minimum income, same sector and funding).
    public long TotalForWorkers(int workerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workerCount);
        return checked(Total * workerCount);
    }
}
