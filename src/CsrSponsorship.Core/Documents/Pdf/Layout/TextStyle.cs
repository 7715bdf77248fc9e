namespace CsrSponsorship.Core.Documents.Pdf.Layout;

public enum TextAlign
{
    Left,
    Center,
    Right,
    Justify,
}

// Character and paragraph settings in one record, so a document keeps a few named styles and derives the rest
// with `with { ... }`. Lengths are in points; indents are measured from the left content margin.
public sealed record TextStyle
{
    public static TextStyle Body { get; } = new();

    public static TextStyle BodyBold { get; } = new() { Font = PdfFontStyle.Bold };

    public static TextStyle Small { get; } = new() { Size = 10 };

    public double Size { get; init; } = 12;

    public PdfFontStyle Font { get; init; } = PdfFontStyle.Regular;

    public TextAlign Align { get; init; } = TextAlign.Left;

    public bool Underline { get; init; }

    // Multiple of the font's single line height (1.0 = "single" spacing in a word processor).
    public double LineSpacing { get; init; } = 1.0;

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    public double LeftIndent { get; init; }

    public double RightIndent { get; init; }

    // Added to LeftIndent on the first line only; negative values make a hanging indent.
    public double FirstLineIndent { get; init; }

    public PdfFont PdfFont => PdfFont.Get(Font);

    public double LineHeight => PdfFont.LineHeight(Size) * LineSpacing;
}
