using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Domain.Contributions;

// The terms of one worker's contribution for Month (the first month when a period is calculated).
public sealed record ContributionRequest(
    long DeclaredIncome,
    Sector Sector,
    bool IncludeJht,
    FundingSource Funding,
    YearMonth Month,
    bool ApplyCsrDiscount)
{
    public Programme Programmes => Programme.Jkk | Programme.Jkm | (IncludeJht ? Programme.Jht : Programme.None);
}
