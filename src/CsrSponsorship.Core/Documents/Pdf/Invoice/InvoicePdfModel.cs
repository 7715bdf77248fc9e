using CsrSponsorship.Core.Documents.Pdf.Layout;
using CsrSponsorship.Core.Domain.Contributions;

namespace CsrSponsorship.Core.Documents.Pdf;

// Everything the invoice prints, already computed and frozen by the invoicing service: the document adds no
// amounts, counts nothing and looks nothing up. Money is whole rupiah.
public sealed record InvoicePdfModel
{
    public required LetterheadModel Letterhead { get; init; }

    public required string Number { get; init; }

    public required DateOnly IssueDate { get; init; }

    public required DateOnly DueDate { get; init; }

    public required string CompanyName { get; init; }

    public required string CompanyAddress { get; init; }

    // 16 digits (NpwpNumber.Normalize); printed as 0912.3456.7890.1000. Null leaves the line out.
    public string? CompanyNpwp { get; init; }

    public required YearMonth PeriodStart { get; init; }

    public required YearMonth PeriodEnd { get; init; }

    // The circular letter and the company's commitment this bill follows, e.g. "SE Nomor 500.15.10/123/Disnakerind/2026".
    public string? LetterReference { get; init; }

    public required IReadOnlyList<InvoicePdfLine> Lines { get; init; }

    public required long Total { get; init; }

    // Terbilang.Rupiah(Total): "enam juta empat puluh delapan ribu rupiah".
    public required string TotalInWords { get; init; }

    // Free text; "\n" starts a new line (bank, account, name, what to write in the transfer note).
    public required string PaymentInstructions { get; init; }

    public required SignatureModel Signer { get; init; }

    public required string VerificationUrl { get; init; }

    // The attachment; masked NIKs only (UU 27/2022): the invoice leaves the office.
    public IReadOnlyList<InvoicePdfWorker> Workers { get; init; } = [];

    // A cancelled invoice: "BATAL" with the date and reason on every page, so it never passes for a bill to pay.
    public VoidStamp? Void { get; init; }
}

// One line per programme: participants × months × rate = amount. A discount line has a negative Amount and may
// leave the counts and the rate empty.
public sealed record InvoicePdfLine(
    string Description,
    int? Participants,
    int? WorkerMonths,
    long? UnitAmount,
    long Amount);

public sealed record InvoicePdfWorker(
    string MaskedNik,
    string Name,
    string DesaName,
    string OccupationName,
    YearMonth PeriodStart,
    YearMonth PeriodEnd,
    long Amount);
