using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Payments;

namespace CsrSponsorship.Core.Domain.Invoicing;

// A bill to one company for its sponsorships. Amounts are frozen when it is issued: a later
// change of the rate table never alters an issued invoice (the domain brief, "Contributions").
public class Invoice : IVersioned
{
    public const int MaxReasonLength = 300;
    public const int MaxLetterReferenceLength = 150;

    public const int BpjsDueDay = 15;

    public int Id { get; private set; }

    public int CompanyId { get; private set; }

    public string? Number { get; private set; }

    public InvoiceStatus Status { get; private set; } = InvoiceStatus.Draf;

    public DateOnly? IssueDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public YearMonth PeriodStart { get; private set; }

    public YearMonth PeriodEnd { get; private set; }

    // Free text for now, e.g. "SE 500.15.10/12/Disnakerind/2026"; becomes a link when circular letters exist.
    public string? LetterReference { get; private set; }

    public long Total { get; private set; }

    public long PaidAmount { get; private set; }

    // A cancelled invoice is owed by nobody, whatever it once said.
    public long Outstanding => Status == InvoiceStatus.Batal ? 0 : Total - PaidAmount;

    // For the public verification page; random, never derived from the id, so it cannot be guessed.
    public string VerificationToken { get; private set; } = "";

    public string? CancelReason { get; private set; }

    // The addressee as printed at issue (null while a draft); see DocumentAddressee.
    public string? AddresseeName { get; private set; }

    public string? AddresseeAddress { get; private set; }

    public string? AddresseeNpwp { get; private set; }

    public DocumentAddressee? Addressee => AddresseeName is null ? null : new(AddresseeName, AddresseeAddress ?? "", AddresseeNpwp);

    public string CreatedByUserId { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public string? IssuedByUserId { get; private set; }

    public DateTime? IssuedAtUtc { get; private set; }

    public string? CancelledByUserId { get; private set; }

    public DateTime? CancelledAtUtc { get; private set; }

    // Set the first time the invoice is fully paid and its sponsorships become Aktif. A later
    // reversal does not undo the activation (see ReversePayment), so this stays as the marker.
    public DateTime? CoverageActivatedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public List<InvoiceLine> Lines { get; private set; } = [];

    public List<InvoiceWorker> Workers { get; private set; } = [];

    // Coverage went live on a payment that has since been reversed: somebody must chase the money or
    // tell BPJS TK. Shown as a warning rather than silently switching workers' protection off.
    public bool CoverageAheadOfPayment => CoverageActivatedAtUtc is not null && Status != InvoiceStatus.Lunas;

    public bool IsLive => Status != InvoiceStatus.Batal;

    private Invoice()
    {
    }

    public static Invoice Draft(int companyId, InvoiceContent content, DateOnly dueDate, string? letterReference, DateOnly today, string createdBy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Workers.Count == 0)
        {
            throw new DomainException("Pilih minimal satu kepesertaan untuk ditagihkan.");
        }

        var invoice = new Invoice
        {
            CompanyId = companyId,
            CreatedByUserId = createdBy,
            CreatedAtUtc = nowUtc,
            VerificationToken = NewVerificationToken(),
        };
        // The content first: the due date is checked against its first covered month.
        invoice.Apply(content);
        invoice.ChangeTerms(dueDate, letterReference, today);
        return invoice;
    }

    public static string NewVerificationToken() => VerificationTokens.New();

    public void ChangeTerms(DateOnly dueDate, string? letterReference, DateOnly today)
    {
        RequireStatus(InvoiceStatus.Draf, "Jatuh tempo dan rujukan surat hanya dapat diubah selama tagihan masih draf.");
        RequireDueDateInTime(dueDate, PeriodStart, today);
        var reference = string.IsNullOrWhiteSpace(letterReference) ? null : letterReference.Trim();
        if (reference?.Length > MaxLetterReferenceLength)
        {
            throw new DomainException($"Rujukan surat paling panjang {MaxLetterReferenceLength} karakter.");
        }

        DueDate = dueDate;
        LetterReference = reference;
    }

    // The number is allocated in the same transaction; the content is recalculated from the rate
    // table in force now and frozen from here on, and so is the addressee.
    public void Issue(string number, DateOnly issueDate, InvoiceContent content, DocumentAddressee addressee, string issuedBy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(addressee);
        EnsureIssuable(issueDate);
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new DomainException("Nomor tagihan belum dialokasikan.");
        }

        var drafted = Workers.Select(w => w.SponsorshipId).Order().ToList();
        if (!drafted.SequenceEqual(content.Workers.Select(w => w.SponsorshipId).Order()))
        {
            throw new DomainException("Daftar kepesertaan berubah sejak draf dibuat; batalkan draf ini lalu buat draf baru.");
        }

        Apply(content);
        Number = number;
        IssueDate = issueDate;
        AddresseeName = addressee.Name;
        AddresseeAddress = addressee.Address;
        AddresseeNpwp = addressee.Npwp;
        IssuedByUserId = issuedBy;
        IssuedAtUtc = nowUtc;
        Status = InvoiceStatus.Terbit;
    }

    public void EnsureIssuable(DateOnly issueDate)
    {
        RequireStatus(InvoiceStatus.Draf, Status == InvoiceStatus.Batal
            ? "Tagihan yang sudah dibatalkan tidak dapat diterbitkan."
            : $"Tagihan ini sudah terbit dengan nomor {Number}.");
        if (DueDate < issueDate)
        {
            throw new DomainException($"Tanggal jatuh tempo {IndonesianFormat.Date(DueDate)} sudah lewat. Ubah jatuh tempo draf ini sebelum menerbitkan.");
        }
    }

    // Returns true when this payment settles the invoice, so the caller activates its sponsorships.
    public bool RecordPayment(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        switch (Status)
        {
            case InvoiceStatus.Draf:
                throw new DomainException("Tagihan masih draf; pembayaran dicatat setelah tagihan terbit.");
            case InvoiceStatus.Batal:
                throw new DomainException("Tagihan ini sudah dibatalkan; pembayaran tidak dapat dicatat.");
            case InvoiceStatus.Lunas:
                throw new DomainException("Tagihan ini sudah lunas.");
        }

        if (payment.InvoiceId != 0 && payment.InvoiceId != Id)
        {
            throw new DomainException("Pembayaran ini milik tagihan lain.");
        }

        // Reports count money by the payment's date: a typo before the issue date would move it into another month or year.
        if (IssueDate is { } issued && payment.PaidOn < issued)
        {
            throw new DomainException(
                $"Tanggal bayar {IndonesianFormat.Date(payment.PaidOn)} lebih awal dari tanggal terbit tagihan ini ({IndonesianFormat.Date(issued)}). "
                + "Pembayaran hanya dapat dicatat pada atau setelah tanggal terbit; periksa tanggal pada bukti transfer.");
        }

        if (payment.Amount > Outstanding)
        {
            throw new DomainException($"Jumlah melebihi sisa tagihan ({IndonesianFormat.Rupiah(Outstanding)}).");
        }

        PaidAmount += payment.Amount;
        Status = PaidAmount == Total ? InvoiceStatus.Lunas : InvoiceStatus.SebagianDibayar;
        return Status == InvoiceStatus.Lunas;
    }

    public void MarkCoverageActivated(DateTime nowUtc)
    {
        if (Status != InvoiceStatus.Lunas)
        {
            throw new DomainException("Kepesertaan diaktifkan setelah tagihan lunas.");
        }

        CoverageActivatedAtUtc ??= nowUtc;
    }

    // A reversal is a correction of the books (wrong invoice, bounced transfer, typo), never a delete.
    public void ReversePayment(Payment payment, string reason, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (payment.InvoiceId != Id)
        {
            throw new DomainException("Pembayaran ini milik tagihan lain.");
        }

        payment.Reverse(reason, userId, nowUtc);
        PaidAmount -= payment.Amount;
        Status = PaidAmount == 0 ? InvoiceStatus.Terbit : InvoiceStatus.SebagianDibayar;
    }

    // Returns whether the invoice had been issued, i.e. whether its sponsorships were Ditagih.
    public bool Cancel(string reason, string userId, DateTime nowUtc)
    {
        if (Status == InvoiceStatus.Batal)
        {
            throw new DomainException("Tagihan ini sudah dibatalkan.");
        }

        if (PaidAmount > 0 || Status is InvoiceStatus.SebagianDibayar or InvoiceStatus.Lunas)
        {
            throw new DomainException("Tagihan yang sudah ada pembayarannya tidak dapat dibatalkan. Batalkan pembayarannya lebih dulu bila memang keliru.");
        }

        if (CoverageActivatedAtUtc is not null)
        {
            throw new DomainException("Kepesertaan dari tagihan ini sudah pernah diaktifkan, sehingga tagihan tidak dapat dibatalkan.");
        }

        var trimmed = (reason ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw new DomainException("Alasan pembatalan wajib diisi.");
        }

        if (trimmed.Length > MaxReasonLength)
        {
            throw new DomainException($"Alasan pembatalan paling panjang {MaxReasonLength} karakter.");
        }

        var wasIssued = Status == InvoiceStatus.Terbit;
        Status = InvoiceStatus.Batal;
        CancelReason = trimmed;
        CancelledByUserId = userId;
        CancelledAtUtc = nowUtc;
        // The sponsorships may go on another invoice (draft) or are cancelled with it (issued).
        foreach (var worker in Workers)
        {
            worker.Release();
        }

        return wasIssued;
    }

    // A draft may lose a worker (its sponsorship, still Diajukan, can be billed again) but never its last one:
    // a draft with nobody on it is a draft to cancel. Checked before the rest is priced.
    public InvoiceWorker EnsureWorkerRemovable(int sponsorshipId)
    {
        RequireStatus(InvoiceStatus.Draf, "Pekerja hanya dapat dikeluarkan selama tagihan masih draf.");
        var worker = Workers.Find(w => w.SponsorshipId == sponsorshipId)
            ?? throw new DomainException("Pekerja ini tidak ada di draf tagihan ini. Muat ulang halamannya.");
        if (Workers.Count == 1)
        {
            throw new DomainException($"{worker.WorkerName} adalah satu-satunya pekerja di draf ini, sehingga tidak dapat dikeluarkan. Batalkan draf ini bila tidak ada lagi yang ditagihkan.");
        }

        return worker;
    }

    // The remaining workers are priced again from the rate table in force, as when the draft was made.
    public void RemoveWorker(int sponsorshipId, InvoiceContent remaining)
    {
        ArgumentNullException.ThrowIfNull(remaining);
        var worker = EnsureWorkerRemovable(sponsorshipId);
        var kept = Workers.Where(w => w != worker).Select(w => w.SponsorshipId).Order().ToList();
        if (!kept.SequenceEqual(remaining.Workers.Select(w => w.SponsorshipId).Order()))
        {
            throw new DomainException("Daftar kepesertaan berubah sejak halaman dibuka. Muat ulang lalu ulangi.");
        }

        Workers.Remove(worker);
        Apply(remaining);
    }

    public bool IsOverdue(DateOnly today) =>
        Status is InvoiceStatus.Terbit or InvoiceStatus.SebagianDibayar && today > DueDate;

    // BPJS TK wants month M's contribution by the 15th of M (domain brief). Protection exists only for paid
    // months, so no invoice may fall due after that day of its first covered month, typed or defaulted.
    public static DateOnly LatestDueDate(YearMonth firstCoveredMonth) => new(firstCoveredMonth.Year, firstCoveredMonth.Month, BpjsDueDay);

    // Default due date: the 10th (configurable) of the month before coverage starts, so that the
    // money reaches BPJS TK before the first covered month (late payment means no protection).
    // When that day has passed, the last day before coverage; when coverage starts this month,
    // BPJS TK's own deadline for the month (the 15th). After that no due date is in time.
    public static DateOnly DefaultDueDate(YearMonth firstCoveredMonth, int dayOfPreviousMonth, DateOnly today)
    {
        var previous = firstCoveredMonth.AddMonths(-1);
        var day = Math.Clamp(dayOfPreviousMonth, 1, previous.LastDay.Day);
        DateOnly[] candidates = [new(previous.Year, previous.Month, day), previous.LastDay, LatestDueDate(firstCoveredMonth)];
        foreach (var candidate in candidates)
        {
            if (candidate >= today)
            {
                return candidate;
            }
        }

        throw DeadlinePassed(firstCoveredMonth);
    }

    private void Apply(InvoiceContent content)
    {
        if (content.Total <= 0)
        {
            throw new DomainException("Jumlah tagihan harus lebih dari nol.");
        }

        Lines.Clear();
        Lines.AddRange(content.Lines);
        if (Workers.Count == 0)
        {
            Workers.AddRange(content.Workers);
        }
        else
        {
            var fresh = content.Workers.ToDictionary(w => w.SponsorshipId);
            foreach (var worker in Workers)
            {
                worker.CopyFrom(fresh[worker.SponsorshipId]);
            }
        }

        Total = content.Total;
        PeriodStart = Workers.Min(w => w.PeriodStart);
        PeriodEnd = Workers.Max(w => w.PeriodEnd);
    }

    private void RequireStatus(InvoiceStatus status, string message)
    {
        if (Status != status)
        {
            throw new DomainException(message);
        }
    }

    // The same window for a typed date as for the default: from today to the 15th of the first covered month.
    private static void RequireDueDateInTime(DateOnly dueDate, YearMonth firstCoveredMonth, DateOnly today)
    {
        var latest = LatestDueDate(firstCoveredMonth);
        if (latest < today)
        {
            throw DeadlinePassed(firstCoveredMonth);
        }

        if (dueDate < today)
        {
            throw new DomainException($"Tanggal jatuh tempo {IndonesianFormat.Date(dueDate)} sudah lewat. Pilih tanggal mulai hari ini ({IndonesianFormat.Date(today)}).");
        }

        if (dueDate > latest)
        {
            throw new DomainException(
                $"Tanggal jatuh tempo {IndonesianFormat.Date(dueDate)} terlalu lambat: iuran {firstCoveredMonth.ToDisplayString()} harus sudah dibayar ke BPJS Ketenagakerjaan paling lambat {IndonesianFormat.Date(latest)}. Pilih tanggal {IndonesianFormat.Date(latest)} atau sebelumnya.");
        }
    }

    private static DomainException DeadlinePassed(YearMonth firstCoveredMonth) => new(
        $"Batas bayar iuran {firstCoveredMonth.ToDisplayString()} di BPJS Ketenagakerjaan ({IndonesianFormat.Date(LatestDueDate(firstCoveredMonth))}) sudah lewat, sehingga tagihan ini tidak dapat lagi jatuh tempo tepat waktu. Batalkan kepesertaannya lalu ajukan ulang mulai bulan berikutnya.");
}
