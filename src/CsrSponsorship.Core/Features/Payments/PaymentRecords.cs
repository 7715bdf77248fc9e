using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Invoicing;

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
    PageRequest? Page = null);

public sealed record PaymentRow(
    int Id, int InvoiceId, string? InvoiceNumber, int CompanyId, string CompanyName, DateOnly PaidOn, long Amount, PaymentMethod Method,
    string BankReference, PaymentStatus Status, string? ReceiptNumber, bool HasProof, DateTime RecordedAtUtc, string? ReversedReason);

public sealed record PaymentProofFile(string FileName, string ContentType, byte[] Content);

// Everything the receipt (kuitansi) PDF prints, already decided.
public sealed record ReceiptDocumentModel(
    string ReceiptNumber, DateOnly ReceiptDate, string IssuePlace,
    string PayerName, string PayerAddress, string? PayerNpwp,
    long Amount, string AmountInWords,
    string InvoiceNumber, DateOnly InvoiceIssueDate, YearMonth PeriodStart, YearMonth PeriodEnd,
    DateOnly PaidOn, PaymentMethod Method, string MethodLabel, string BankReference,
    bool StampDutyRequired, long StampDutyAmount,
    DocumentSigner Signer, Letterhead Letterhead, string VerificationUrl, bool IsReversed);
