using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Outreach;

// What the public interest form holds (no NIK: that is asked at the desk, with the person there).
public sealed class InterestForm
{
    public string? FullName { get; set; }

    public string? DesaCode { get; set; }

    public string? OccupationCode { get; set; }

    public string? Phone { get; set; }

    public string? Note { get; set; }

    public bool Consent { get; set; }

    // The honeypot: hidden from people, filled in by form-filling robots.
    public string? Website { get; set; }
}

public sealed class InterestValidationException(IReadOnlyList<FieldIssue> errors)
    : DomainException("Formulir minat belum benar: " + string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<FieldIssue> Errors { get; } = errors;
}

// The programme page: the brief, the monthly contribution from the rates in force, and the open desks.
public sealed record ProgrammeOverview(
    YearMonth Month, IReadOnlyList<ContributionExample> Examples, IReadOnlyList<PublicDesk> Desks, IReadOnlyList<PublicDesa> Desa);

// The official desa list (public data) for the form's choice, by kecamatan then name.
public sealed record PublicDesa(string Code, string Name, string KecamatanName);

// What a self-paying BPU participant pays a month at this income; Discounted when a relief on JKK and JKM is in force.
public sealed record ContributionExample(long DeclaredIncome, long WithoutJht, long WithJht, bool Discounted);

public sealed record PublicDesk(string Name, string DesaName, string KecamatanName, string Address, string Hours, string? OfficePhone);

public sealed record LeadQuery(string? Search = null, LeadStatus? Status = null, string? KecamatanCode = null, PageRequest? Page = null);

public sealed record LeadRow(int Id, string FullName, string DesaName, string KecamatanName, string OccupationName, string Phone, bool PhoneIsMasked,
    LeadStatus Status, DateTime CreatedAtUtc, int Contacts);

public sealed record LeadContactRow(DateTime AtUtc, LeadContactKind Kind, string? Note, string ByName);

public sealed record LeadDetail(LeadRow Row, string? Note, string? ClosedReason, int? ConvertedWorkerId, IReadOnlyList<LeadContactRow> Contacts,
    bool CanAct, DateTime DeleteAfterUtc);

public static class LeadLabels
{
    public static string Status(LeadStatus status) => status switch
    {
        LeadStatus.Baru => "Baru",
        LeadStatus.Dihubungi => "Sudah dihubungi",
        LeadStatus.Didaftarkan => "Didaftarkan",
        LeadStatus.Ditutup => "Ditutup",
        _ => status.ToString(),
    };

    public static string Contact(LeadContactKind kind) => kind == LeadContactKind.Telepon ? "Telepon" : "Kunjungan";
}
