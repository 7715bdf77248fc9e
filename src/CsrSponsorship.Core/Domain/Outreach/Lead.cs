using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Outreach;

public enum LeadStatus
{
    Baru = 1,
    Dihubungi = 2,
    Didaftarkan = 3,
    Ditutup = 4,
}

// Where a lead came from: the visitor's own form, or a list a village officer or community-group leader handed in.
public enum LeadSource
{
    Formulir = 1,
    Nominasi = 2,
}

public enum LeadContactKind
{
    Telepon = 1,
    Kunjungan = 2,
}

// Someone who said "I am interested" on the public programme page: a lead, not a worker. It holds only what the desk
// needs to call back (no NIK), is converted into a registration at the desk or closed with a reason, and is deleted
// when it was not converted within the retention period (UU 27/2022: keep only what the purpose needs).
public class Lead
{
    public const int NameMax = 150;
    public const int NoteMax = 500;
    public const int RetentionDays = 90;

    private readonly List<LeadContact> contacts = [];

    public int Id { get; private set; }

    public string FullName { get; private set; } = "";

    public string DesaCode { get; private set; } = "";

    public string KecamatanCode { get; private set; } = "";

    public string OccupationCode { get; private set; } = "";

    // Normalised 62… form.
    public string Phone { get; private set; } = "";

    public string? Note { get; private set; }

    public LeadStatus Status { get; private set; } = LeadStatus.Baru;

    public DateTime CreatedAtUtc { get; private set; }

    // The consent statement the visitor ticked, by its version (LeadConsent.Version), and when.
    public string ConsentVersion { get; private set; } = "";

    public LeadSource Source { get; private set; } = LeadSource.Formulir;

    // For a nominated lead: who handed the list in (the village officer or the group), as the uploader typed it.
    public string? NominatedBy { get; private set; }

    public string? ClosedReason { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public int? ConvertedWorkerId { get; private set; }

    public IReadOnlyList<LeadContact> Contacts => contacts;

    private Lead()
    {
    }

    public static Lead FromInterest(LeadData data, string consentVersion, DateTime nowUtc) => new()
    {
        FullName = data.FullName, DesaCode = data.DesaCode, KecamatanCode = data.KecamatanCode, OccupationCode = data.OccupationCode,
        Phone = data.Phone, Note = data.Note, ConsentVersion = consentVersion, CreatedAtUtc = nowUtc,
    };

    // A person on a list a village officer or group leader handed in; that officer asked for the person's consent.
    public static Lead FromNomination(LeadData data, string nominatedBy, DateTime nowUtc) => new()
    {
        FullName = data.FullName, DesaCode = data.DesaCode, KecamatanCode = data.KecamatanCode, OccupationCode = data.OccupationCode,
        Phone = data.Phone, Note = data.Note, ConsentVersion = LeadConsent.Nominated, CreatedAtUtc = nowUtc, Source = LeadSource.Nominasi,
        NominatedBy = nominatedBy,
    };

    public bool IsOpen => Status is LeadStatus.Baru or LeadStatus.Dihubungi;

    public void RecordContact(LeadContactKind kind, string? note, string userId, DateTime nowUtc)
    {
        RequireOpen();
        contacts.Add(new LeadContact { Kind = kind, Note = note, UserId = userId, AtUtc = nowUtc });
        Status = LeadStatus.Dihubungi;
    }

    public void Close(string reason, DateTime nowUtc)
    {
        RequireOpen();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Tuliskan alasan penutupan, misalnya tidak dapat dihubungi atau sudah menjadi peserta.");
        }

        Status = LeadStatus.Ditutup;
        ClosedReason = reason.Trim();
        ClosedAtUtc = nowUtc;
    }

    public void MarkRegistered(int workerId, DateTime nowUtc)
    {
        RequireOpen();
        Status = LeadStatus.Didaftarkan;
        ConvertedWorkerId = workerId;
        ClosedAtUtc = nowUtc;
    }

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException(Status == LeadStatus.Didaftarkan
                ? "Peminat ini sudah didaftarkan sebagai pekerja."
                : "Peminat ini sudah ditutup.");
        }
    }
}

public class LeadContact
{
    public int Id { get; set; }

    public int LeadId { get; set; }

    public LeadContactKind Kind { get; init; }

    public string? Note { get; init; }

    public string UserId { get; init; } = "";

    public DateTime AtUtc { get; init; }
}

public sealed record LeadData(string FullName, string DesaCode, string KecamatanCode, string OccupationCode, string Phone, string? Note);

// What the visitor agrees to, shown beside the tick box (UU 27/2022 on personal data: purpose, who sees it, how long).
public static class LeadConsent
{
    public const string Version = "2026-12";

    // A nominated person's consent was asked by the officer who made the list ("Setuju Dihubungi: Ya" on the row).
    public const string Nominated = "nominasi";

    public const string Text =
        "Saya setuju nama, desa, pekerjaan, dan nomor HP saya dipakai Disnakerind Kabupaten Tanah Laut hanya untuk menghubungi saya tentang " +
        "pendaftaran BPJS Ketenagakerjaan pekerja informal. Data ini hanya dilihat petugas Disnakerind dan petugas loket layanan yang melayani desa " +
        "saya, tidak dibagikan kepada pihak lain, dan dihapus setelah 90 hari bila saya tidak jadi mendaftar.";
}
