using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;

namespace CsrSponsorship.Core.Domain.Sponsorships;

public enum SponsorshipStatus
{
    Diajukan = 1,
    Ditagih = 2,
    Aktif = 3,
    Berakhir = 4,
    Batal = 5,
}

// What happened after the sponsored months: the hand-over from sponsored to self-paid is the point
// of the programme, so every ended sponsorship should get one.
public enum SponsorshipOutcome
{
    Diperpanjang = 1,
    Mandiri = 2,
    Dialihkan = 3,
    Nonaktif = 4,
}

// One worker covered for consecutive months by one funder. The months themselves are rows of
// CoverageMonth with a unique (worker, month) index: the database, not this class, guarantees that
// no worker-month is ever paid twice.
public class Sponsorship : IVersioned
{
    public static readonly IReadOnlyList<int> AllowedMonths = [1, 3, 6, 12];

    public int Id { get; private set; }

    public Guid BatchId { get; private set; }

    public int? CompanyId { get; private set; }

    public int WorkerId { get; private set; }

    public FundingSource Funding { get; private set; }

    // For non-CSR coverage: "APBDes Desa Sabuhur 2026" etc.
    public string? FunderName { get; private set; }

    public bool IncludeJht { get; private set; }

    public YearMonth StartMonth { get; private set; }

    public int Months { get; private set; }

    public YearMonth EndMonth { get; private set; }

    public long EstimatedTotal { get; private set; }

    public SponsorshipStatus Status { get; private set; } = SponsorshipStatus.Diajukan;

    public int? PreviousSponsorshipId { get; private set; }

    public string? CancelReason { get; private set; }

    public SponsorshipOutcome? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    public string? OutcomeByUserId { get; private set; }

    public DateTime? OutcomeAtUtc { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public List<CoverageMonth> Coverage { get; private set; } = [];

    private Sponsorship()
    {
    }

    public static Sponsorship Create(SponsorshipTerms terms, long estimatedTotal, string createdBy, DateTime nowUtc, YearMonth currentMonth)
    {
        if (!AllowedMonths.Contains(terms.Months))
        {
            throw new DomainException("Lama kepesertaan yang dapat dipilih: 1, 3, 6 atau 12 bulan.");
        }

        if (terms.StartMonth < currentMonth)
        {
            throw new DomainException($"Bulan mulai tidak boleh sebelum {currentMonth.ToDisplayString()}.");
        }

        if (terms.Funding == FundingSource.Csr && terms.CompanyId is null)
        {
            throw new DomainException("Kepesertaan dana CSR harus atas nama perusahaan.");
        }

        var sponsorship = new Sponsorship
        {
            BatchId = terms.BatchId,
            CompanyId = terms.Funding == FundingSource.Csr ? terms.CompanyId : null,
            WorkerId = terms.WorkerId,
            Funding = terms.Funding,
            FunderName = string.IsNullOrWhiteSpace(terms.FunderName) ? null : terms.FunderName.Trim(),
            IncludeJht = terms.IncludeJht,
            StartMonth = terms.StartMonth,
            Months = terms.Months,
            EndMonth = terms.StartMonth.AddMonths(terms.Months - 1),
            EstimatedTotal = estimatedTotal,
            PreviousSponsorshipId = terms.PreviousSponsorshipId,
            CreatedByUserId = createdBy,
            CreatedAtUtc = nowUtc,
        };
        for (var i = 0; i < terms.Months; i++)
        {
            sponsorship.Coverage.Add(new CoverageMonth { WorkerId = terms.WorkerId, Month = terms.StartMonth.AddMonths(i).Number });
        }

        // Coverage paid from the regional budget or by the worker is recorded as already in force.
        if (terms.Funding != FundingSource.Csr)
        {
            sponsorship.Status = SponsorshipStatus.Aktif;
        }

        return sponsorship;
    }

    // Months the worker has already paid alone, reported at the hand-over (decision 0196): facts, not a chosen
    // package, so any run from the month after the sponsored coverage ended up to the current month.
    public static Sponsorship RecordSelfPaid(int workerId, YearMonth endedMonth, YearMonth through, long estimatedTotal, string createdBy, DateTime nowUtc, YearMonth currentMonth)
    {
        var first = endedMonth.AddMonths(1);
        var months = SelfPaidMonthCount(endedMonth, through, currentMonth);
        var sponsorship = new Sponsorship
        {
            BatchId = Guid.NewGuid(),
            WorkerId = workerId,
            Funding = FundingSource.Mandiri,
            StartMonth = first,
            Months = months,
            EndMonth = through,
            EstimatedTotal = estimatedTotal,
            Status = SponsorshipStatus.Aktif,
            CreatedByUserId = createdBy,
            CreatedAtUtc = nowUtc,
        };
        for (var i = 0; i < months; i++)
        {
            sponsorship.Coverage.Add(new CoverageMonth { WorkerId = workerId, Month = first.AddMonths(i).Number });
        }

        return sponsorship;
    }

    public static int SelfPaidMonthCount(YearMonth endedMonth, YearMonth through, YearMonth currentMonth)
    {
        var first = endedMonth.AddMonths(1);
        if (through < first)
        {
            throw new DomainException($"Bulan iuran mandiri dimulai {first.ToDisplayString()}, bulan setelah kepesertaan berakhir ({endedMonth.ToDisplayString()}); pilih {first.ToDisplayString()} atau sesudahnya.");
        }

        if (through > currentMonth)
        {
            throw new DomainException($"Iuran mandiri dicatat paling jauh sampai bulan berjalan ({currentMonth.ToDisplayString()}); bulan sesudahnya belum dibayar.");
        }

        return ((through.Year - first.Year) * 12) + through.Month - first.Month + 1;
    }

    // Ended is a matter of the calendar: an active sponsorship whose last month has passed.
    public SponsorshipStatus EffectiveStatus(YearMonth currentMonth) =>
        Status == SponsorshipStatus.Aktif && EndMonth < currentMonth ? SponsorshipStatus.Berakhir : Status;

    public void Cancel(string reason)
    {
        if (Status != SponsorshipStatus.Diajukan)
        {
            throw new DomainException("Hanya kepesertaan berstatus Diajukan yang dapat dibatalkan; yang sudah ditagih dibatalkan lewat tagihannya.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Alasan pembatalan wajib diisi.");
        }

        Status = SponsorshipStatus.Batal;
        CancelReason = reason.Trim();
        // Releasing the months lets another funder cover this worker.
        Coverage.Clear();
    }

    public void MarkInvoiced()
    {
        if (Status != SponsorshipStatus.Diajukan)
        {
            throw new DomainException("Hanya kepesertaan berstatus Diajukan yang dapat ditagihkan.");
        }

        Status = SponsorshipStatus.Ditagih;
    }

    // An invoice cancelled before payment, when the officer chose to keep its sponsorships: they wait for another invoice.
    public void ReturnFromCancelledInvoice()
    {
        if (Status != SponsorshipStatus.Ditagih)
        {
            throw new DomainException("Kepesertaan ini tidak sedang ditagih.");
        }

        Status = SponsorshipStatus.Diajukan;
    }

    // An invoice cancelled before payment, when the officer chose to cancel its sponsorships: Batal, and the months are freed.
    public void CancelWithInvoice(string reason)
    {
        if (Status != SponsorshipStatus.Ditagih)
        {
            throw new DomainException("Kepesertaan ini tidak sedang ditagih.");
        }

        Status = SponsorshipStatus.Batal;
        CancelReason = reason;
        Coverage.Clear();
    }

    public void MarkPaid()
    {
        if (Status != SponsorshipStatus.Ditagih)
        {
            throw new DomainException("Hanya kepesertaan berstatus Ditagih yang dapat diaktifkan oleh pembayaran.");
        }

        Status = SponsorshipStatus.Aktif;
    }

    public void RecordOutcome(SponsorshipOutcome outcome, string? note, string userId, DateTime nowUtc, YearMonth currentMonth)
    {
        if (EffectiveStatus(currentMonth) is not SponsorshipStatus.Berakhir)
        {
            throw new DomainException($"Hasil serah-terima dicatat setelah kepesertaan berakhir ({EndMonth.ToDisplayString()}).");
        }

        Status = SponsorshipStatus.Berakhir;
        Outcome = outcome;
        OutcomeNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        OutcomeByUserId = userId;
        OutcomeAtUtc = nowUtc;
    }
}

public sealed record SponsorshipTerms(
    Guid BatchId, int? CompanyId, int WorkerId, FundingSource Funding, string? FunderName, bool IncludeJht,
    YearMonth StartMonth, int Months, int? PreviousSponsorshipId = null);

public class CoverageMonth
{
    public long Id { get; private set; }

    public int SponsorshipId { get; private set; }

    public int WorkerId { get; init; }

    // yyyymm
    public int Month { get; init; }
}

public static class SponsorshipLabels
{
    public static string Status(SponsorshipStatus status) => status switch
    {
        SponsorshipStatus.Diajukan => "Diajukan",
        SponsorshipStatus.Ditagih => "Ditagih",
        SponsorshipStatus.Aktif => "Aktif",
        SponsorshipStatus.Berakhir => "Berakhir",
        SponsorshipStatus.Batal => "Batal",
        _ => status.ToString(),
    };

    public static string Outcome(SponsorshipOutcome outcome) => outcome switch
    {
        SponsorshipOutcome.Diperpanjang => "Diperpanjang perusahaan",
        SponsorshipOutcome.Mandiri => "Lanjut mandiri",
        SponsorshipOutcome.Dialihkan => "Dialihkan ke APBD/APBDes",
        SponsorshipOutcome.Nonaktif => "Nonaktif (berhenti membayar)",
        _ => outcome.ToString(),
    };

    public static string Funding(FundingSource funding) => funding switch
    {
        FundingSource.Csr => "CSR perusahaan",
        FundingSource.Apbd => "APBD",
        FundingSource.Apbn => "APBN",
        FundingSource.Apbdes => "APBDes",
        FundingSource.Mandiri => "Mandiri",
        _ => funding.ToString(),
    };
}
