namespace CsrSponsorship.Core.Domain.Workers;

public sealed record NikIssue(string Code, string Message);

public sealed record NikCheckResult
{
    // Set whenever the input is 16 ASCII digits, even if other rules fail; gate on IsValid.
    public string? Nik { get; init; }

    public required IReadOnlyList<NikIssue> Errors { get; init; }

    public required IReadOnlyList<NikIssue> Warnings { get; init; }

    public bool IsValid => Errors.Count == 0;

    public DateOnly? BirthDate { get; init; }

    public Sex? Sex { get; init; }

    public string? ProvinceCode { get; init; }

    public string? RegencyCode { get; init; }

    public string? KecamatanCode { get; init; }
}
