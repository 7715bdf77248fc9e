namespace CsrSponsorship.Core.Domain.Workers;

// What a person typed (form) or a spreadsheet row held (import), before any rule is applied.
public sealed class WorkerDraft
{
    public string? Nik { get; set; }

    public string? FullName { get; set; }

    public string? BirthPlace { get; set; }

    public DateOnly? BirthDate { get; set; }

    public Sex? Sex { get; set; }

    public string? DesaCode { get; set; }

    public string? Rt { get; set; }

    public string? Rw { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? OccupationCode { get; set; }

    public string? OccupationOther { get; set; }

    public long? DeclaredIncome { get; set; } = 1_000_000;

    public string? Kpj { get; set; }

    public Provenance? Provenance { get; set; }

    public string? ConsentCollectedBy { get; set; }

    public DateOnly? ConsentCollectedOn { get; set; }

    public string? Notes { get; set; }

    // The one-stop desk where the registration happens (Domain.Outreach.Desk); the service decides whether it may be.
    public int? DeskId { get; set; }

    // The public-page interest this registration answers (Domain.Outreach.Lead); saving the worker closes it.
    public int? LeadId { get; set; }
}

// The same data after every rule passed, normalised (NIK digits, phone 62…, RT 001).
public sealed record ValidWorker(
    string Nik,
    string FullName,
    string BirthPlace,
    DateOnly BirthDate,
    Sex Sex,
    string DesaCode,
    string KecamatanCode,
    string Rt,
    string Rw,
    string Address,
    string? Phone,
    string OccupationCode,
    string? OccupationOther,
    long DeclaredIncome,
    string? Kpj,
    Provenance Provenance,
    string ConsentCollectedBy,
    DateOnly ConsentCollectedOn,
    string? Notes);

public sealed record FieldIssue(string Field, string Message);

public sealed record WorkerValidation(IReadOnlyList<FieldIssue> Errors, IReadOnlyList<FieldIssue> Warnings, ValidWorker? Value)
{
    public bool IsValid => Errors.Count == 0;
}

public sealed record DesaInfo(string Code, string Name, string KecamatanCode, string KecamatanName, bool InProgrammeArea);

public sealed class WorkerRulesOptions
{
    public const string Section = "Programme";

    // Regency programmes use 18–65 (domain brief: confirm); configurable per deployment.
    public int MinAge { get; set; } = 18;

    public int MaxAge { get; set; } = 65;

    // Minimum declared income for BPU (PP 44/2015 as amended).
    public long MinimumDeclaredIncome { get; set; } = 1_000_000;

    // The top of the BPU income table (PP 44/2015 Lampiran II as amended): JKK 1% stops at Rp 207.000 (decision 0147).
    public long MaximumDeclaredIncome { get; set; } = 20_700_000;
}
