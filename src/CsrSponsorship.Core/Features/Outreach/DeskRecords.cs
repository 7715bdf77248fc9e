using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Outreach;

// What the desk form holds before any rule is applied (the screen binds to it directly).
public sealed class DeskDraft
{
    public string? Name { get; set; }

    public string? DesaCode { get; set; }

    public string? Address { get; set; }

    public DeskDays OpeningDays { get; set; } = DeskDays.Senin | DeskDays.Selasa | DeskDays.Rabu | DeskDays.Kamis | DeskDays.Jumat;

    public TimeOnly? OpensAt { get; set; } = new(8, 0);

    public TimeOnly? ClosesAt { get; set; } = new(14, 0);

    public string? OfficePhone { get; set; }

    public bool IsActive { get; set; } = true;

    public IReadOnlyCollection<string> AgentUserIds { get; set; } = [];
}

public sealed record DeskEditForm(DeskDraft Draft, Guid Version);

public sealed class DeskValidationException(IReadOnlyList<FieldIssue> errors)
    : DomainException("Data loket belum benar: " + string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<FieldIssue> Errors { get; } = errors;
}

public sealed record DeskQuery(string? Search = null, string? KecamatanCode = null, bool? IsActive = null, PageRequest? Page = null);

public sealed record DeskRow(
    int Id, string Name, string DesaName, string KecamatanName, string Hours, IReadOnlyList<string> AgentNames, bool IsActive, bool FromSeed);

public sealed record DeskDetail(
    int Id, string Name, string DesaCode, string DesaName, string KecamatanName, string Address, DeskDays OpeningDays, TimeOnly OpensAt,
    TimeOnly ClosesAt, string Hours, string? OfficePhone, bool IsActive, string? SeedKey, IReadOnlyList<DeskAgentRow> Agents, int RegisteredWorkers,
    bool CanEdit);

public sealed record DeskAgentRow(string UserId, string FullName, string Email, bool IsActive);

// A desk a registration may be attributed to (the worker form's choice).
public sealed record DeskOption(int Id, string Name, string KecamatanName);

// A Loket account that may be named as an agent.
public sealed record AgentOption(string UserId, string FullName, string Email);

public static class DeskHours
{
    // "Senin–Jumat, 08.00–14.00 WITA": Indonesian times use a dot.
    public static string Describe(DeskDays days, TimeOnly opens, TimeOnly closes) =>
        $"{DeskDaysText.Describe(days)}, {IndonesianFormat.Time(opens)}–{IndonesianFormat.Time(closes)} WITA";
}
