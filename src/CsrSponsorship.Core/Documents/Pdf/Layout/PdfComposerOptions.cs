namespace CsrSponsorship.Core.Documents.Pdf.Layout;

public enum PageNumbering
{
    None,
    AllPages,

    // Official letters number their pages from the second page on.
    FromSecondPage,
}

public enum PageNumberPosition
{
    BottomCenter,
    BottomRight,
    TopCenter,
}

public sealed record PdfComposerOptions
{
    public PageSetup Page { get; init; } = PageSetup.A4Letter;

    public PageNumbering PageNumbers { get; init; } = PageNumbering.AllPages;

    public PageNumberPosition PageNumberPosition { get; init; } = PageNumberPosition.BottomCenter;

    // {0} = this page, {1} = number of pages.
    public string PageNumberFormat { get; init; } = "Halaman {0} dari {1}";

    public TextStyle PageNumberStyle { get; init; } = TextStyle.Small;

    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    // Characters every face gets first, in this order (those the face has): documents with the same set encode them
    // alike, which single letter copies stamped into a prepared base rely on (decision 0184). Null: none.
    public string? ReservedCharacters { get; init; }

    // Set for a document that no longer counts: "BATAL" with the date and reason on every page.
    public VoidStamp? Void { get; init; }
}
