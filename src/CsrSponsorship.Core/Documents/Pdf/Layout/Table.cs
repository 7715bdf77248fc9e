namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// A column is either a fixed width in points or a share of whatever width the fixed columns leave.
public sealed record TableColumn(string Header, double Width, bool IsRelative, TextAlign Align = TextAlign.Left)
{
    public TextAlign HeaderAlign { get; init; } = TextAlign.Center;

    public static TableColumn Fixed(string header, double points, TextAlign align = TextAlign.Left) =>
        new(header, points, IsRelative: false, align);

    public static TableColumn Relative(string header, double weight = 1, TextAlign align = TextAlign.Left) =>
        new(header, weight, IsRelative: true, align);
}

public sealed record TableRow(IReadOnlyList<string> Cells)
{
    public bool Bold { get; init; }

    // Grey level 0–255 for a background fill (e.g. a totals row); null leaves the row white.
    public byte? Shade { get; init; }
}

public sealed record TableStyle
{
    public static TableStyle Default { get; } = new();

    // Label/value blocks such as "Nomor : …" in a letter: no grid, no header.
    public static TableStyle Borderless { get; } = new() { Borders = false, ShowHeader = false, CellPaddingX = 0 };

    public TextStyle Body { get; init; } = TextStyle.Small;

    public TextStyle Header { get; init; } = TextStyle.Small with { Font = PdfFontStyle.Bold };

    public bool ShowHeader { get; init; } = true;

    public bool Borders { get; init; } = true;

    public double BorderWidth { get; init; } = 0.5;

    public byte? HeaderShade { get; init; } = 230;

    public double CellPaddingX { get; init; } = 3;

    public double CellPaddingY { get; init; } = 2;

    public double SpaceAfter { get; init; }

    // Left edge relative to the content margin, and total width; null = full content width.
    public double Indent { get; init; }

    public double? Width { get; init; }
}
