using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Outreach;

// Who a sosialisasi speaks to: a company at its site, a desa meeting (with the village government), or a community group
// (paguyuban, Rukun Kematian, ...).
public enum OutreachAudience
{
    KunjunganPerusahaan = 1,
    PertemuanDesa = 2,
    KelompokMasyarakat = 3,
}

public enum OutreachStatus
{
    Direncanakan = 1,
    Terlaksana = 2,
    Dibatalkan = 3,
}

// One sosialisasi by the labour office and the BPJS Ketenagakerjaan branch: planned, then held (with its attendance) or
// cancelled. What it brought about is not typed here; it is derived from the registry and the letters (OutreachFunnel).
public class OutreachActivity : IVersioned
{
    public const int TitleMax = 150;
    public const int TeamMax = 300;
    public const int NotesMax = 1000;
    public const int MaxAttendees = 100_000;

    private readonly List<OutreachCompany> companies = [];

    public int Id { get; private set; }

    public string Title { get; private set; } = "";

    public OutreachAudience Audience { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public string DesaCode { get; private set; } = "";

    public string KecamatanCode { get; private set; } = "";

    // The community group spoken to, when the audience is one.
    public string? GroupName { get; private set; }

    // Who went: officers of Disnakerind and of the BPJS branch, as written on the assignment letter.
    public string Team { get; private set; } = "";

    public OutreachStatus Status { get; private set; } = OutreachStatus.Direncanakan;

    public int? Attendees { get; private set; }

    public string? Notes { get; private set; }

    public string? CancelReason { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? HeldRecordedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<OutreachCompany> Companies => companies;

    private OutreachActivity()
    {
    }

    public static OutreachActivity Plan(OutreachProfile profile, IEnumerable<int> companyIds, string userId, DateTime nowUtc)
    {
        var activity = new OutreachActivity { CreatedByUserId = userId, CreatedAtUtc = nowUtc };
        activity.Update(profile, companyIds);
        return activity;
    }

    public void Update(OutreachProfile profile, IEnumerable<int> companyIds)
    {
        if (Status == OutreachStatus.Dibatalkan)
        {
            throw new DomainException("Sosialisasi yang dibatalkan tidak dapat diubah.");
        }

        if (Status == OutreachStatus.Terlaksana && profile.StartsAtUtc != StartsAtUtc)
        {
            throw new DomainException("Waktu sosialisasi yang sudah terlaksana tidak dapat diubah.");
        }

        Title = profile.Title;
        Audience = profile.Audience;
        StartsAtUtc = profile.StartsAtUtc;
        DesaCode = profile.DesaCode;
        KecamatanCode = profile.KecamatanCode;
        GroupName = profile.GroupName;
        Team = profile.Team;
        Notes = profile.Notes;
        var wanted = companyIds.Distinct().ToList();
        companies.RemoveAll(c => !wanted.Contains(c.CompanyId));
        foreach (var id in wanted.Where(id => companies.All(c => c.CompanyId != id)))
        {
            companies.Add(new OutreachCompany { CompanyId = id });
        }
    }

    // Held as planned: how many people came. A sosialisasi is held on its day, not before.
    public void MarkHeld(int attendees, DateTime nowUtc)
    {
        if (Status != OutreachStatus.Direncanakan)
        {
            throw new DomainException(Status == OutreachStatus.Terlaksana
                ? "Sosialisasi ini sudah dicatat terlaksana."
                : "Sosialisasi yang dibatalkan tidak dapat dicatat terlaksana.");
        }

        if (StartsAtUtc > nowUtc)
        {
            throw new DomainException("Sosialisasi belum dimulai. Catat terlaksana pada atau sesudah waktunya.");
        }

        if (attendees is < 1 or > MaxAttendees)
        {
            throw new DomainException("Jumlah peserta harus antara 1 dan 100.000.");
        }

        Status = OutreachStatus.Terlaksana;
        Attendees = attendees;
        HeldRecordedAtUtc = nowUtc;
    }

    public void Cancel(string reason)
    {
        if (Status != OutreachStatus.Direncanakan)
        {
            throw new DomainException("Hanya sosialisasi yang masih direncanakan yang dapat dibatalkan.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Tuliskan alasan pembatalan.");
        }

        Status = OutreachStatus.Dibatalkan;
        CancelReason = reason.Trim();
    }
}

public class OutreachCompany
{
    public int ActivityId { get; set; }

    public required int CompanyId { get; init; }
}

public sealed record OutreachProfile(
    string Title, OutreachAudience Audience, DateTime StartsAtUtc, string DesaCode, string KecamatanCode, string? GroupName, string Team, string? Notes);

public static class OutreachLabels
{
    public static string Audience(OutreachAudience audience) => audience switch
    {
        OutreachAudience.KunjunganPerusahaan => "Kunjungan perusahaan",
        OutreachAudience.PertemuanDesa => "Pertemuan desa",
        OutreachAudience.KelompokMasyarakat => "Kelompok masyarakat",
        _ => audience.ToString(),
    };

    public static string Status(OutreachStatus status) => status switch
    {
        OutreachStatus.Direncanakan => "Direncanakan",
        OutreachStatus.Terlaksana => "Terlaksana",
        OutreachStatus.Dibatalkan => "Dibatalkan",
        _ => status.ToString(),
    };
}
