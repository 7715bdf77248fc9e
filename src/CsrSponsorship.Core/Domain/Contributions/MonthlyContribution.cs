namespace CsrSponsorship.Core.Domain.Contributions;

// Jkk, Jkm and Jht are gross; the discounts are shown separately because the invoice prints them
// as their own line.
public sealed record MonthlyContribution(
    YearMonth Month,
    int RateVersionId,
    int DiscountBasisPoints,
    long Jkk,
    long Jkm,
    long Jht,
    long JkkDiscount,
    long JkmDiscount)
{
    public long Gross => Jkk + Jkm + Jht;

    public long Discount => JkkDiscount + JkmDiscount;

    public long Total => Gross - Discount;

    public long NetAmount(Programme programmes) =>
        (programmes.HasFlag(Programme.Jkk) ? Jkk - JkkDiscount : 0)
        + (programmes.HasFlag(Programme.Jkm) ? Jkm - JkmDiscount : 0)
        + (programmes.HasFlag(Programme.Jht) ? Jht : 0);
}
