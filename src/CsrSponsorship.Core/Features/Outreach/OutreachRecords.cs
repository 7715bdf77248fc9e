using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Outreach;

// What the sosialisasi form holds before any rule is applied; the date and time are WITA.
public sealed class OutreachDraft
{
    public string? Title { get; set; }

    public OutreachAudience? Audience { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; } = new(9, 0);

    public string? DesaCode { get; set; }

    public string? GroupName { get; set; }

    public string? Team { get; set; }

    public string? Notes { get; set; }

    public IReadOnlyCollection<int> CompanyIds { get; set; } = [];
}

public sealed record OutreachEditForm(OutreachDraft Draft, Guid Version);

public sealed class OutreachValidationException(IReadOnlyList<FieldIssue> errors)
    : DomainException("Data sosialisasi belum benar: " + string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<FieldIssue> Errors { get; } = errors;
}

public sealed record OutreachQuery(
    string? Search = null, string? KecamatanCode = null, OutreachStatus? Status = null, DateOnly? From = null, DateOnly? To = null,
    PageRequest? Page = null);

public sealed record OutreachRow(
    int Id, string Title, OutreachAudience Audience, DateTime StartsAtUtc, string DesaName, string KecamatanName, int Companies,
    OutreachStatus Status, int? Attendees);

// What a sosialisasi brought about, derived from the registry and the letters, never typed: of the companies present,
// how many later answered a circular, pledged, adopted workers and paid; and how many workers from its desa were
// registered in the 60 days after it. Null while it has not been held.
public sealed record OutreachOutcome(
    int CompaniesPresent, int Answered, int Pledged, int Adopted, int Paid, int WorkersAdopted, int RegisteredInDesaWithin60Days)
{
    public const int RegistrationWindowDays = 60;
}

public sealed record OutreachCompanyOutcome(int CompanyId, string CompanyName, bool Answered, bool Pledged, int WorkersAdopted, bool Paid);

public sealed record OutreachDetail(
    int Id, string Title, OutreachAudience Audience, DateTime StartsAtUtc, string DesaCode, string DesaName, string KecamatanName, string? GroupName,
    string Team, OutreachStatus Status, int? Attendees, string? Notes, string? CancelReason, string CreatedByName,
    IReadOnlyList<OutreachCompanyOutcome> Companies, OutreachOutcome? Outcome, bool CanManage, Guid Version,
    IReadOnlyList<OutreachAttachmentRow> Attachments);

public sealed record OutreachAttachmentRow(int Id, string FileName, string ContentType, long SizeBytes, DateTime UploadedAtUtc);

public sealed record OutreachAttachmentFile(string FileName, string ContentType, byte[] Content);

// One day of the calendar: the activities that start on it (WITA).
public sealed record OutreachCalendarItem(int Id, string Title, DateTime StartsAtUtc, string KecamatanName, OutreachStatus Status);
