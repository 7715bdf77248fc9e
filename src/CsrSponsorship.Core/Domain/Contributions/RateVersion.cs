namespace CsrSponsorship.Core.Domain.Contributions;

// One effective-dated set of BPU rates. Rates change by regulation, so they are data with a
// validity period; an invoice freezes the amounts computed from the version in force.
// Percentages are basis points (100 = 1%) so that no rate is ever a floating-point number.
public sealed record RateVersion
{
    public required int Id { get; init; }

    public required YearMonth ValidFrom { get; init; }

    // Inclusive; null while no successor is known.
    public YearMonth? ValidTo { get; init; }

    public required int JkkBasisPoints { get; init; }

    public required long JkmFlat { get; init; }

    public required int JhtBasisPoints { get; init; }

    public required long MinimumIncome { get; init; }

    public IReadOnlyList<DiscountWindow> DiscountWindows { get; init; } = [];

    public string LegalBasis { get; init; } = "";

    public bool Covers(YearMonth month) =>
        month >= ValidFrom && (ValidTo is not { } validTo || month <= validTo);
}
