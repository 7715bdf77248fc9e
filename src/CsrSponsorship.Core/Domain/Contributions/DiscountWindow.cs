using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Domain.Contributions;

// A temporary cut of JKK and JKM for one sector; From and To are inclusive. JHT is never cut:
// neither PP 49/2020 (99% during COVID) nor PP 50/2025 (50%) touched it.
public sealed record DiscountWindow(
    Sector Sector,
    YearMonth From,
    YearMonth To,
    int DiscountBasisPoints,
    IReadOnlyList<FundingSource> ExcludedFundingSources,
    string LegalBasis = "")
{
    public bool Covers(Sector sector, YearMonth month) =>
        sector == Sector && month >= From && month <= To;
}
