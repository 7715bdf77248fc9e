using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Workers;

// An informal worker in the registry. Identity data is only ever set from a validated ValidWorker,
// so an entity in memory always satisfies the NIK, age and income rules.
public class Worker : IVersioned
{
    public int Id { get; private set; }

    public string Nik { get; private set; } = "";

    public string FullName { get; private set; } = "";

    // Upper-case, single-spaced, letters only: the key for "same person?" review, not for display.
    public string NormalizedName { get; private set; } = "";

    public string BirthPlace { get; private set; } = "";

    public DateOnly BirthDate { get; private set; }

    public Sex Sex { get; private set; }

    public string DesaCode { get; private set; } = "";

    // Copied from the desa so list filters by kecamatan need no join.
    public string KecamatanCode { get; private set; } = "";

    public string Rt { get; private set; } = "";

    public string Rw { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string? Phone { get; private set; }

    public string OccupationCode { get; private set; } = "";

    public string? OccupationOther { get; private set; }

    public long DeclaredIncome { get; private set; }

    public string? Kpj { get; private set; }

    public Provenance Provenance { get; private set; }

    public string RegisteredByUserId { get; private set; } = "";

    public DateTime RegisteredAtUtc { get; private set; }

    public string ConsentCollectedBy { get; private set; } = "";

    public DateOnly ConsentCollectedOn { get; private set; }

    public WorkerStatus Status { get; private set; } = WorkerStatus.Terdaftar;

    public string? VerifiedByUserId { get; private set; }

    public DateTime? VerifiedAtUtc { get; private set; }

    public string? ReviewReason { get; private set; }

    public string? Notes { get; private set; }

    public Guid? ImportBatchId { get; private set; }

    // The one-stop desk where the worker was registered (Domain.Outreach.Desk), if any: the desk report counts by it.
    public int? DeskId { get; private set; }

    public Guid Version { get; set; }

    private Worker()
    {
    }

    public static Worker Register(ValidWorker data, string registeredByUserId, DateTime nowUtc, Guid? importBatchId = null, int? deskId = null)
    {
        var worker = new Worker
        {
            Nik = data.Nik,
            RegisteredByUserId = registeredByUserId,
            RegisteredAtUtc = nowUtc,
            ImportBatchId = importBatchId,
            DeskId = deskId,
        };
        worker.Apply(data);
        return worker;
    }

    public void Update(ValidWorker data)
    {
        if (data.Nik != Nik)
        {
            // NIK is the identity of the record; a wrong NIK means a new registration and deactivating this one.
            throw new DomainException("NIK tidak dapat diubah. Nonaktifkan data ini lalu daftarkan ulang dengan NIK yang benar.");
        }

        Apply(data);
    }

    public void Verify(string userId, DateTime nowUtc)
    {
        if (Status != WorkerStatus.Terdaftar)
        {
            throw new DomainException($"Hanya pekerja berstatus Terdaftar yang dapat diverifikasi (status sekarang: {WorkerLabels.Status(Status)}).");
        }

        if (ReviewReason is not null)
        {
            throw new DomainException("Data ini ditandai kemungkinan ganda. Tinjau dan selesaikan tanda tersebut sebelum verifikasi.");
        }

        Status = WorkerStatus.Terverifikasi;
        VerifiedByUserId = userId;
        VerifiedAtUtc = nowUtc;
    }

    // Sponsorship and hand-over move the registry status; a deactivated worker stays deactivated.
    public void MarkSponsored()
    {
        if (Status is WorkerStatus.Terverifikasi or WorkerStatus.Mandiri)
        {
            Status = WorkerStatus.Disponsori;
        }
    }

    public void MarkContinuingAlone()
    {
        if (Status == WorkerStatus.Disponsori)
        {
            Status = WorkerStatus.Mandiri;
        }
    }

    // Self-paid months recorded by Disnakerind: the registry says he pays alone (decision 0196).
    public void MarkPayingAlone()
    {
        if (Status is WorkerStatus.Terverifikasi or WorkerStatus.Disponsori)
        {
            Status = WorkerStatus.Mandiri;
        }
    }

    public void MarkLapsed()
    {
        if (Status is WorkerStatus.Disponsori or WorkerStatus.Mandiri)
        {
            Status = WorkerStatus.Nonaktif;
        }
    }

    // The BPJS TK participant number is only known after registration (usually from the branch's list),
    // so it can be set on its own. Returns whether it changed, so the caller records a WorkerEvent only then.
    public bool AssignKpj(string kpj)
    {
        ArgumentNullException.ThrowIfNull(kpj);
        var value = kpj.Trim();
        if (!IsKpj(value))
        {
            throw new DomainException("Nomor KPJ harus 11 angka.");
        }

        if (Kpj == value)
        {
            return false;
        }

        Kpj = value;
        return true;
    }

    // 11 digits (domain brief, to be confirmed with BPJS TK; WorkerValidator applies the same rule on the form).
    public static bool IsKpj(string? text) => text is { Length: 11 } && text.All(char.IsAsciiDigit);

    public void FlagForReview(string reason) => ReviewReason = reason;

    public void ClearReview() => ReviewReason = null;

    public void Deactivate() => Status = WorkerStatus.Nonaktif;

    private void Apply(ValidWorker data)
    {
        FullName = data.FullName;
        NormalizedName = NameKey.Normalize(data.FullName);
        BirthPlace = data.BirthPlace;
        BirthDate = data.BirthDate;
        Sex = data.Sex;
        DesaCode = data.DesaCode;
        KecamatanCode = data.KecamatanCode;
        Rt = data.Rt;
        Rw = data.Rw;
        Address = data.Address;
        Phone = data.Phone;
        OccupationCode = data.OccupationCode;
        OccupationOther = data.OccupationOther;
        DeclaredIncome = data.DeclaredIncome;
        Kpj = data.Kpj;
        Provenance = data.Provenance;
        ConsentCollectedBy = data.ConsentCollectedBy;
        ConsentCollectedOn = data.ConsentCollectedOn;
        Notes = data.Notes;
    }
}

// A change in a worker's record as shown on the detail page ("Riwayat").
public class WorkerEvent
{
    public long Id { get; private set; }

    public int WorkerId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; } = "";

    public string Description { get; private set; } = "";

    private WorkerEvent()
    {
    }

    public static WorkerEvent For(Worker worker, string userId, DateTime atUtc, string description) =>
        new() { WorkerId = worker.Id, UserId = userId, AtUtc = atUtc, Description = description };

    public static WorkerEvent For(int workerId, string userId, DateTime atUtc, string description) =>
        new() { WorkerId = workerId, UserId = userId, AtUtc = atUtc, Description = description };
}
