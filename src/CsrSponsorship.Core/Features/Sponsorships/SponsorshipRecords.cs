using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Sponsorships;

public sealed record AdoptionTerms(bool IncludeJht, YearMonth StartMonth, int Months)
{
    public YearMonth EndMonth => StartMonth.AddMonths(Months - 1);
}

public enum Proximity
{
    SameDesa = 0,
    SameKecamatan = 1,
    ProgrammeArea = 2,
}

public sealed record EligibleQuery(
    AdoptionTerms Terms,
    int? CompanyId = null,
    string? Search = null,
    string? DesaCode = null,
    string? OccupationCode = null,
    Sex? Sex = null,
    int? MinAge = null,
    int? MaxAge = null,
    PageRequest? Page = null);

// Age is null for a worker the caller sees masked (a company, always): BirthYear only, see PersonalDataPolicy.
public sealed record EligibleWorker(
    int Id, string Nik, string FullName, Sex Sex, int BirthYear, int? Age, string DesaCode, string DesaName, string KecamatanName,
    string OccupationName, Sector Sector, Proximity Proximity);

public sealed record CostRequest(IReadOnlyList<int> WorkerIds, AdoptionTerms Terms, int? CompanyId = null);

public sealed record CostPreview(
    int Workers, int Months, long Jkk, long Jkm, long Jht, long Discount, long Total, string TotalInWords,
    long AveragePerWorkerPerMonth, long? AnnualBudget, IReadOnlyList<BudgetYear> Budget)
{
    public bool ExceedsBudget => Budget.Any(b => b.Exceeded);
}

// The annual CSR budget of one calendar year against what is committed for months in that year
// (decision 0131): Used is billed amounts plus estimates not billed yet, ThisAdoption this adoption's months.
public sealed record BudgetYear(int Year, long Annual, long Used, long ThisAdoption)
{
    public long Remaining => Annual - Used;

    public bool Exceeded => Used + ThisAdoption > Annual;
}

public sealed record AdoptionRequest(IReadOnlyList<int> WorkerIds, AdoptionTerms Terms, int? CompanyId = null);

public sealed record AdoptionResult(Guid BatchId, IReadOnlyList<int> SponsorshipIds, long EstimatedTotal);

public sealed record SponsorshipQuery(
    int? CompanyId = null,
    SponsorshipStatus? Status = null,
    FundingSource? Funding = null,
    string? Search = null,
    string? KecamatanCode = null,
    Guid? BatchId = null,
    PageRequest? Page = null,
    int? WorkerId = null,
    SponsorshipCursor? After = null);

// The last row of the page before (keyset paging, decision 0209): the next page starts after it in list order.
public sealed record SponsorshipCursor(DateTime CreatedAtUtc, int Id)
{
    public static SponsorshipCursor? LastOf(IReadOnlyList<SponsorshipRow> rows) =>
        rows.Count == 0 ? null : new SponsorshipCursor(rows[^1].CreatedAtUtc, rows[^1].Id);
}

public sealed record SponsorshipRow(
    int Id, Guid BatchId, int? CompanyId, string Funder, int WorkerId, string WorkerName, string Nik, string DesaName, string KecamatanName,
    YearMonth StartMonth, YearMonth EndMonth, int Months, bool IncludeJht, long EstimatedTotal, SponsorshipStatus Status,
    SponsorshipOutcome? Outcome, DateTime CreatedAtUtc)
{
    // The amount frozen on the issued invoice that bills this sponsorship; null while it is not billed.
    public long? InvoicedAmount { get; init; }
}

public sealed record SponsorshipDetail(
    SponsorshipRow Row, FundingSource Funding, string? CancelReason, string? OutcomeNote, DateTime? OutcomeAtUtc, int? PreviousSponsorshipId,
    IReadOnlyList<YearMonth> CoveredMonths, bool CanCancel, bool CanRecordOutcome);

// Phone is masked and WhatsAppLink null for a worker the caller may not see in full.
public sealed record HandoverRow(
    int SponsorshipId, int WorkerId, string WorkerName, string DesaName, string KecamatanName, string Funder, YearMonth EndMonth,
    DateOnly CoverageEnds, string? Phone, string? WhatsAppLink, long MonthlyContributionAfter, SponsorshipOutcome? Outcome);

public sealed record RetentionStats(int Ended, int WithOutcome, int Continued, int Renewed, int Mandiri, int Moved, int Lapsed)
{
    // Share of ended sponsorships whose worker stayed protected: renewed by the company or paying alone.
    public decimal? Rate => WithOutcome == 0 ? null : Math.Round(100m * Continued / WithOutcome, 1);
}

public sealed record OtherCoverageRequest(int WorkerId, FundingSource Funding, string FunderName, AdoptionTerms Terms);

// Described, when known, names who covers which months: "Budi (iuran mandiri pada Agustus 2026–November 2026)".
public sealed class CoverageConflictException(IReadOnlyList<string> workerNames, IReadOnlyList<string>? described = null)
    : DomainException("Pekerja berikut sudah dicakup pada sebagian bulan yang dipilih (mungkin baru saja dipilih pihak lain): "
        + string.Join(", ", described ?? workerNames) + ". Tidak ada yang disimpan; hapus mereka dari pilihan lalu ajukan lagi.")
{
    public IReadOnlyList<string> WorkerNames { get; } = workerNames;
}

public sealed record CompanySponsorshipTotals(
    int Submitted, int Invoiced, int Active, int Ended, int Cancelled, int WorkersCovered, int WorkerMonths, MoneyFigures Money, RetentionStats Retention);
