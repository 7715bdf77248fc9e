using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Core.Documents.Pdf;

// Position holds one line per entry, prefixes included: ["a.n. KEPALA DINAS TENAGA KERJA DAN PERINDUSTRIAN",
// "Sekretaris,"]. Rank and NIP stay null for the Bupati, Wakil Bupati, Sekda and acting heads (Pj./Plt./Plh.).
public sealed record SignatureModel(
    string Place,
    DateOnly Date,
    IReadOnlyList<string> Position,
    string Name,
    string? Rank = null,
    string? Nip = null);

public sealed record SignatureOptions
{
    public static SignatureOptions Default { get; } = new();

    public TextStyle Style { get; init; } = TextStyle.Body with { Size = 11 };

    // Room for the wet signature and the office stamp.
    public double SigningSpace { get; init; } = PdfUnits.FromCentimetres(2.2);

    // Circular letters date their foot "Ditetapkan di Pelaihari / pada tanggal 18 Juni 2026" instead of
    // "Pelaihari, 18 Juni 2026".
    public bool Ditetapkan { get; init; }
}

// Where the block landed: documents put a QR code beside it or something into the signing space.
public readonly record struct SignaturePlacement(PdfBox Block, PdfBox SigningSpace);

public static class SignatureBlock
{
    public static SignaturePlacement Compose(
        PdfComposer composer, SignatureModel model, bool rightAligned, SignatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(composer);
        options ??= SignatureOptions.Default;
        var (above, below) = Lines(composer, model, rightAligned, options);

        // Never split: a name on one page and its position on another is not a signature.
        composer.EnsureSpace(Height(composer, above, below, options));

        var left = composer.ContentLeft + above[0].Style.LeftIndent;
        var width = composer.ContentWidth - above[0].Style.LeftIndent - above[0].Style.RightIndent;
        var top = composer.CursorY;
        Write(composer, above);
        var signingTop = composer.CursorY;
        composer.MoveDown(options.SigningSpace);
        Write(composer, below);
        return new SignaturePlacement(
            new PdfBox(left, top, width, composer.CursorY - top),
            new PdfBox(left, signingTop, width, options.SigningSpace));
    }

    // Lets a document keep its closing paragraph on the same page as the signature.
    public static double Measure(PdfComposer composer, SignatureModel model, SignatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(composer);
        options ??= SignatureOptions.Default;
        var (above, below) = Lines(composer, model, rightAligned: true, options);
        return Height(composer, above, below, options);
    }

    private static (List<(string Text, TextStyle Style)> Above, List<(string Text, TextStyle Style)> Below) Lines(
        PdfComposer composer, SignatureModel model, bool rightAligned, SignatureOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);

        // The block takes the right (or left) half; its lines are left-aligned inside it.
        var width = composer.ContentWidth / 2;
        var offset = rightAligned ? composer.ContentWidth - width : 0;
        var style = options.Style with
        {
            Align = TextAlign.Left,
            LeftIndent = offset,
            RightIndent = composer.ContentWidth - offset - width,
            FirstLineIndent = 0,
            SpaceBefore = 0,
            SpaceAfter = 0,
        };

        var above = DateLines(model, options.Ditetapkan).Concat(model.Position).Select(text => (text, style)).ToList();
        var below = new List<(string Text, TextStyle Style)>
        {
            (model.Name, style with { Font = PdfFontStyle.Bold, Underline = true }),
        };
        if (!string.IsNullOrWhiteSpace(model.Rank))
        {
            below.Add((model.Rank, style));
        }

        if (!string.IsNullOrWhiteSpace(model.Nip))
        {
            below.Add(("NIP. " + NipFormat.Display(model.Nip), style));
        }

        return (above, below);
    }

    private static double Height(
        PdfComposer composer, List<(string Text, TextStyle Style)> above, List<(string Text, TextStyle Style)> below, SignatureOptions options) =>
        above.Concat(below).Sum(line => composer.MeasureParagraphHeight(line.Text, line.Style)) + options.SigningSpace;

    private static IEnumerable<string> DateLines(SignatureModel model, bool ditetapkan)
    {
        var date = IndonesianFormat.Date(model.Date);
        return ditetapkan
            ? ["Ditetapkan di " + model.Place, "pada tanggal " + date]
            : [$"{model.Place}, {date}"];
    }

    private static void Write(PdfComposer composer, IEnumerable<(string Text, TextStyle Style)> lines)
    {
        foreach (var (text, style) in lines)
        {
            composer.Paragraph(text, style);
        }
    }
}
