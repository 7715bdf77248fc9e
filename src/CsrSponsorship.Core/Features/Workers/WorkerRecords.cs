using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Workers;

public enum WorkerSort
{
    Name,
    RegisteredAt,
    BirthDate,
    Desa,
}

public sealed record WorkerQuery(
    string? Search = null,
    string? KecamatanCode = null,
    string? DesaCode = null,
    string? OccupationCode = null,
    WorkerStatus? Status = null,
    Sex? Sex = null,
    int? MinAge = null,
    int? MaxAge = null,
    bool? NeedsReview = null,
    WorkerSort SortBy = WorkerSort.Name,
    bool Descending = false,
    PageRequest? Page = null,
    int? AfterId = null,
    int? BeforeId = null);

// AfterId / BeforeId: the list's cursor (decision 0204). With the name order, the page is the Page.Take rows that follow
// (precede) that worker in the order, found through the name index from the worker's key, not by skipping Page.Skip rows.

// BirthDate and Age are null for a row whose NIK is masked: with them the masked digits could be worked out
// (PersonalDataPolicy); BirthYear is always there.
public sealed record WorkerRow(
    int Id, string Nik, string FullName, Sex Sex, DateOnly? BirthDate, int BirthYear, int? Age, string DesaName, string KecamatanName,
    string OccupationName, WorkerStatus Status, string? ReviewReason, DateTime RegisteredAtUtc);

public sealed record WorkerHistoryItem(DateTime AtUtc, string UserName, string Description);

public sealed record WorkerDetail(
    int Id, string Nik, bool NikIsMasked, string FullName, string? BirthPlace, DateOnly? BirthDate, int BirthYear, int? Age, Sex Sex,
    string DesaCode, string DesaName, string KecamatanName, bool InProgrammeArea, string Rt, string Rw, string Address, string? Phone,
    string OccupationName, string? OccupationOther, long DeclaredIncome, string? Kpj, Provenance Provenance,
    string RegisteredByName, DateTime RegisteredAtUtc, string ConsentCollectedBy, DateOnly ConsentCollectedOn,
    WorkerStatus Status, string? VerifiedByName, DateTime? VerifiedAtUtc, string? ReviewReason, string? Notes,
    bool CanEdit, bool CanVerify, IReadOnlyList<WorkerHistoryItem> History, string? DeskName = null);

public sealed record WorkerEditForm(WorkerDraft Draft, Guid Version);

public sealed record WorkerSaved(int Id, IReadOnlyList<FieldIssue> Warnings, string? ReviewReason);
