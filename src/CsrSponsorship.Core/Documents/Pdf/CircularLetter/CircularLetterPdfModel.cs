using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Core.Documents.Pdf;

// Everything a surat edaran prints, decided by the service: the layout adds, counts and looks up nothing.
public sealed record CircularLetterPdfModel
{
    public required LetterheadModel Letterhead { get; init; }

    public PageSetup Page { get; init; } = PageSetup.A4Letter;

    // Null while unsigned: the number is allocated only at signing.
    public string? Number { get; init; }

    public required IReadOnlyList<string> Addressees { get; init; }

    public required string AddresseePlace { get; init; }

    public required string Subject { get; init; }

    public required IReadOnlyList<LetterSection> Sections { get; init; }

    public required SignatureModel Signer { get; init; }

    public IReadOnlyList<string> Tembusan { get; init; } = [];

    public IReadOnlyList<LetterPdfAttachment> Attachments { get; init; } = [];

    // Null for drafts: an unsigned letter must not point at the public verification page.
    public string? VerificationUrl { get; init; }

    public bool IsDraft { get; init; }
}

// A numbered section: paragraphs, or a list printed a., b., c. CopyItem is one more item that differs from copy to
// copy (the suggestion made to the company a copy is addressed to), printed after Items.
public sealed record LetterSection(string Heading, string? Text, IReadOnlyList<string> Items, string? CopyItem = null);

public sealed record LetterPdfAttachment(string Title, string LabelHeader, string CountHeader, IReadOnlyList<(string Label, int Count)> Rows, int Total);
