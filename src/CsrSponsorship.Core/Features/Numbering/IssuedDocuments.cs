using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Core.Features.Numbering;

// What every issued document shares (invoice, receipt, circular letter): who signs it, the letterhead it is
// printed on, whether it was voided, and what the public verification page shows for it.
public sealed record DocumentSigner(string Position, string Name, string Rank, string Nip)
{
    public SignatureModel ToModel(string place, DateOnly date) =>
        new(place, date, [Position], Name, string.IsNullOrWhiteSpace(Rank) ? null : Rank, string.IsNullOrWhiteSpace(Nip) ? null : Nip);
}

public sealed record Letterhead(string Regency, string Office, string Address, string Website, string Email)
{
    public LetterheadModel ToModel() => new(Regency, Office, Address, Website, Email);
}

// A document that no longer counts: when and why, printed on every page and shown on the verification page.
public sealed record VoidNotice(DateOnly On, string Reason)
{
    public static VoidStamp? ToStamp(VoidNotice? notice) => notice is null ? null : new VoidStamp(notice.On, notice.Reason);
}

// What the public verification page shows: enough to tell a genuine document, nothing personal.
public sealed record VerificationView(
    string DocumentType, string Number, DateOnly IssueDate, string Issuer, string CompanyName, long Total, string StatusLabel)
{
    // Letters have a subject instead of a company and an amount.
    public string? Subject { get; init; }

    // "Total" for an invoice, "Jumlah dibayar" for a receipt.
    public string AmountLabel { get; init; } = "Total";

    // The document a receipt belongs to, e.g. "Tagihan 900.1/001/Disnakerind/VI/2026".
    public string? Reference { get; init; }

    // A cancelled invoice or the receipt of a reversed payment: genuine, but no longer valid.
    public bool IsVoid { get; init; }
}
