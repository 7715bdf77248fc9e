using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Numbering;

namespace CsrSponsorship.Core.Features.Payments;

public sealed record PaymentProofUpload(string FileName, byte[] Content);

public sealed record PaymentInput(DateOnly PaidOn, long Amount, PaymentMethod Method, string BankReference, PaymentProofUpload? Proof = null);

// WasDuplicate: the same invoice and bank reference had already been recorded; nothing new was written.
public sealed record PaymentRecorded(int PaymentId, InvoiceStatus InvoiceStatus, long Outstanding, bool WasDuplicate);

public sealed record PaymentReversed(int InvoiceId, InvoiceStatus InvoiceStatus, long Outstanding, bool CoverageAheadOfPayment);

public sealed record PaymentQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    PaymentMethod? Method = null,
    int? CompanyId = null,
    PageRequest? Page = null,
    PaymentCursor? After = null);

// The last row of the page before (keyset paging): the next page starts after it in list order (payment date, id).
public sealed record PaymentCursor(DateOnly PaidOn, int Id)
{
    public static PaymentCursor? LastOf(IReadOnlyList<PaymentRow> rows) => rows.Count == 0 ? null : new PaymentCursor(rows[^1].PaidOn, rows[^1].Id);
}

public sealed record PaymentRow(
    int Id, int InvoiceId, string? InvoiceNumber, int CompanyId, string CompanyName, DateOnly PaidOn, long Amount, PaymentMethod Method,
    string BankReference, PaymentStatus Status, string? ReceiptNumber, bool HasProof, DateTime RecordedAtUtc, string? ReversedReason);

// The totals of a payment list's filter, shown above the list and in the Excel file's total row: the same rows
// (PaymentService.StreamAsync) split the same way, so the screen and the export cannot disagree (decision 0193).
public sealed record PaymentTotals(int Count, long Valid, long Reversed)
{
    public static readonly PaymentTotals None = new(0, 0, 0);

    public static long ValidAmount(PaymentRow row) => row?.Status == PaymentStatus.Sah ? row.Amount : 0L;

    public static long ReversedAmount(PaymentRow row) => row is not null && row.Status != PaymentStatus.Sah ? row.Amount : 0L;

    public PaymentTotals Add(PaymentRow row) => new(Count + 1, Valid + ValidAmount(row), Reversed + ReversedAmount(row));

    /// <summary>"29 pembayaran · Sah Rp 24.087.200 · Dibatalkan Rp 604.000"</summary>
    public string ToDisplayString() =>
        $"{IndonesianFormat.Thousands(Count)} pembayaran · Sah {IndonesianFormat.Rupiah(Valid)} · Dibatalkan {IndonesianFormat.Rupiah(Reversed)}";
}

public sealed record PaymentProofFile(string FileName, string ContentType, byte[] Content);

// Everything the receipt (bukti pencatatan pembayaran) prints, already decided: payer as frozen when it was
// numbered, the programmes the invoice billed, who received the money (the policy setting), and Void when the
// payment was reversed.
public sealed record ReceiptDocumentModel(
    string ReceiptNumber, DateOnly ReceiptDate, string IssuePlace, string Issuer,
    string PayerName, string PayerAddress, string? PayerNpwp,
    long Amount, string AmountInWords,
    string InvoiceNumber, DateOnly InvoiceIssueDate, YearMonth PeriodStart, YearMonth PeriodEnd, Programme Programmes,
    DateOnly PaidOn, PaymentMethod Method, string MethodLabel, string BankReference, string PaidTo,
    DocumentSigner Signer, Letterhead Letterhead, string VerificationUrl, VoidNotice? Void)
{
    public bool IsReversed => Void is not null;
}
