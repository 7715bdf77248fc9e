using CsrSponsorship.Core.Domain.Contributions;

namespace CsrSponsorship.Core.Features.Payments;

// Membership status as the BPJS TK branch lists it.
public enum BpjsStatus
{
    Aktif = 1,
    Nonaktif = 2,
}

public enum MismatchKind
{
    NikTidakDikenal = 1,

    // BPJS paid-through month is earlier than the last month of a started Aktif/Berakhir sponsorship.
    DibayarKurang = 2,

    // One NIK with two KPJ numbers, or one KPJ number on two NIKs (in the file or already in the registry).
    KpjGanda = 3,

    // The worker already has another KPJ number in the registry.
    KpjBerbeda = 4,

    // BPJS says nonaktif while a sponsorship covers the current month.
    StatusNonaktif = 5,

    // The row itself cannot be read (NIK, KPJ, status or month malformed); no other check is made on it.
    DataTidakValid = 6,

    // A registered worker BPJS lists although no sponsorship (CSR or other funder) was ever recorded for them:
    // someone else may already pay, so an adoption would fund the same months twice. Not counted as matched
    // and the KPJ number is not filled until the office has checked.
    TidakDisponsori = 7,

    // A worker whose sponsorship has started (the company paid) is not on the branch's list at all.
    // RowNumber is null: the finding is about a row that is missing.
    TidakAdaDiBpjs = 8,
}

// One finding about one row of the branch's list. Nik is always masked: the report leaves the office.
public sealed record ReconciliationMismatch(
    int? RowNumber,
    MismatchKind Kind,
    string MaskedNik,
    int? WorkerId,
    string? WorkerName,
    string? Kpj,
    BpjsStatus? Status,
    YearMonth? PaidThrough,
    YearMonth? ExpectedMonth,
    string Message);

internal sealed record KpjFill(int WorkerId, string Kpj);

public sealed record ReconciliationApplied(int Filled, int AlreadyFilled, int Skipped);

public sealed class ReconciliationReport
{
    internal ReconciliationReport(
        string fileName, string sha256, int rowsRead, int matched, int kpjAlreadyEqual,
        IReadOnlyList<ReconciliationMismatch> mismatches, IReadOnlyList<KpjFill> fills)
    {
        FileName = fileName;
        Sha256 = sha256;
        RowsRead = rowsRead;
        Matched = matched;
        KpjAlreadyEqual = kpjAlreadyEqual;
        Mismatches = mismatches;
        Fills = fills;
        CountsByKind = Enum.GetValues<MismatchKind>().ToDictionary(k => k, k => mismatches.Count(m => m.Kind == k));
    }

    public string FileName { get; }

    public string Sha256 { get; }

    // Data rows below the header (blank rows skipped).
    public int RowsRead { get; }

    // Readable rows whose NIK belongs to a registered worker with a sponsorship (any funder, not cancelled).
    public int Matched { get; }

    // Workers without a KPJ number who get one from this list: no conflict on their NIK or their KPJ.
    public int KpjToFill => Fills.Count;

    // Workers whose registered KPJ number is the one BPJS lists.
    public int KpjAlreadyEqual { get; }

    // In row order; a row can have more than one finding (e.g. DibayarKurang and StatusNonaktif). Sponsored
    // workers missing from the list (TidakAdaDiBpjs, no row number) come last, by name.
    public IReadOnlyList<ReconciliationMismatch> Mismatches { get; }

    public IReadOnlyDictionary<MismatchKind, int> CountsByKind { get; }

    // Exactly what ApplyAsync will write, fixed at preview time.
    internal IReadOnlyList<KpjFill> Fills { get; }
}

public static class ReconciliationLabels
{
    public static string Kind(MismatchKind kind) => kind switch
    {
        MismatchKind.NikTidakDikenal => "NIK tidak dikenal",
        MismatchKind.DibayarKurang => "Dibayar kurang",
        MismatchKind.KpjGanda => "KPJ ganda",
        MismatchKind.KpjBerbeda => "KPJ berbeda",
        MismatchKind.StatusNonaktif => "Nonaktif di BPJS",
        MismatchKind.DataTidakValid => "Data tidak valid",
        MismatchKind.TidakDisponsori => "Tidak disponsori",
        MismatchKind.TidakAdaDiBpjs => "Tidak ada di daftar BPJS",
        _ => kind.ToString(),
    };

    public static string Status(BpjsStatus status) => status switch
    {
        BpjsStatus.Aktif => "Aktif",
        BpjsStatus.Nonaktif => "Nonaktif",
        _ => status.ToString(),
    };
}
