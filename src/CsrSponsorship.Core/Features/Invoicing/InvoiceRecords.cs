using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Numbering;

namespace CsrSponsorship.Core.Features.Invoicing;

public sealed record InvoiceDraftRequest(int CompanyId, IReadOnlyList<int> SponsorshipIds, DateOnly? DueDate = null, string? LetterReference = null);

public sealed record InvoiceQuery(
    int? CompanyId = null,
    InvoiceStatus? Status = null,
    int? PeriodYear = null,
    bool? OverdueOnly = null,
    string? Search = null,
    PageRequest? Page = null,
    int? AfterId = null);

public sealed record InvoicePeriod(YearMonth Start, YearMonth End)
{
    /// <summary>"Juli–Desember 2026", "November 2026–Januari 2027", "Juli 2026".</summary>
    public string ToDisplayString() => Documents.Pdf.DocumentText.Period(Start, End);
}

public sealed record InvoiceRow(
    int Id, string? Number, int CompanyId, string CompanyName, DateOnly? IssueDate, DateOnly DueDate, long Total, long PaidAmount,
    long Outstanding, InvoiceStatus Status, bool IsOverdue, InvoicePeriod Period, bool CoverageAheadOfPayment);

// What a list of invoices adds up to, the same on screen and in the Excel file. Only issued invoices bill money:
// a draft has no number and may still change, a cancelled invoice is void, so both stand apart as "Draf/batal"
// instead of swelling "Ditagihkan" and "Sisa".
public sealed record InvoiceTotals(int Count, long Billed, long Paid, long Outstanding, long NotBilled)
{
    public static readonly InvoiceTotals None = new(0, 0, 0, 0, 0);

    public static bool IsBilled(InvoiceRow row) => row?.Status is InvoiceStatus.Terbit or InvoiceStatus.SebagianDibayar or InvoiceStatus.Lunas;

    public static long BilledAmount(InvoiceRow row) => IsBilled(row) ? row.Total : 0L;

    public static long OutstandingAmount(InvoiceRow row) => IsBilled(row) ? row.Outstanding : 0L;

    public static long NotBilledAmount(InvoiceRow row) => row is null || IsBilled(row) ? 0L : row.Total;

    public InvoiceTotals Add(InvoiceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(Count + 1, Billed + BilledAmount(row), Paid + row.PaidAmount, Outstanding + OutstandingAmount(row), NotBilled + NotBilledAmount(row));
    }

    /// <summary>"12 tagihan · Ditagihkan Rp 9.000.000 · Dibayar Rp 4.000.000 · Sisa Rp 5.000.000 · Draf/batal Rp 600.000"</summary>
    public string ToDisplayString() =>
        $"{IndonesianFormat.Thousands(Count)} tagihan · Ditagihkan {IndonesianFormat.Rupiah(Billed)} · Dibayar {IndonesianFormat.Rupiah(Paid)}"
        + $" · Sisa {IndonesianFormat.Rupiah(Outstanding)} · Draf/batal {IndonesianFormat.Rupiah(NotBilled)}";
}

public sealed record InvoiceLineView(
    int SortOrder, Programme Programme, bool IsDiscount, string Description, int Participants, int Months, long UnitAmount, long Amount);

public sealed record InvoiceWorkerView(
    int SponsorshipId, int WorkerId, string WorkerName, string MaskedNik, string DesaName, string OccupationName, Programme Programmes,
    YearMonth PeriodStart, YearMonth PeriodEnd, int Months, long Amount);

public sealed record PaymentView(
    int Id, DateOnly PaidOn, long Amount, PaymentMethod Method, string BankReference, PaymentStatus Status, string? ReceiptNumber,
    bool HasProof, DateTime RecordedAtUtc, string? ReversedReason, DateTime? ReversedAtUtc);

public sealed record InvoiceDetail(
    InvoiceRow Row, string CompanyLegalName, string CompanyAddress, string? CompanyNpwp, string? LetterReference, string? CancelReason,
    DateTime CreatedAtUtc, DateTime? IssuedAtUtc, DateTime? CancelledAtUtc, string? VerificationUrl, string TotalInWords,
    IReadOnlyList<InvoiceLineView> Lines, IReadOnlyList<InvoiceWorkerView> Workers, IReadOnlyList<PaymentView> Payments, Guid Version,
    bool CanEditTerms, bool CanIssue, bool CanCancel, bool CanRecordPayment);

public sealed record BillableSponsorship(
    int Id, Guid BatchId, int WorkerId, string WorkerName, string MaskedNik, YearMonth StartMonth, YearMonth EndMonth, int Months,
    bool IncludeJht, long EstimatedTotal, DateTime CreatedAtUtc);

// Everything the invoice PDF prints, already decided: the layout computes nothing. The addressee is the one
// frozen at issue; Void is set for a cancelled invoice.
public sealed record InvoiceDocumentModel(
    string? Number, InvoiceStatus Status, DateOnly? IssueDate, DateOnly DueDate, string IssuePlace,
    string CompanyName, string CompanyAddress, string? CompanyNpwp,
    YearMonth PeriodStart, YearMonth PeriodEnd, string? LetterReference,
    IReadOnlyList<InvoiceLineView> Lines, long Total, string TotalInWords,
    string PaymentInstructions, DocumentSigner Signer, Letterhead Letterhead, string VerificationUrl,
    IReadOnlyList<InvoiceWorkerView> Workers, VoidNotice? Void);
