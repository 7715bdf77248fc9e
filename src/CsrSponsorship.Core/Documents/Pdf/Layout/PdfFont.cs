using System.Collections.Frozen;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

public enum PdfFontStyle
{
    Regular,
    Bold,
    Italic,
}

// Liberation Sans (metric-compatible with Arial, SIL OFL 1.1) shipped as embedded resources, so output never
// depends on the fonts installed on a server. Each face is parsed once per process: parsing, and especially
// PdfPig's lazy glyph-table parse on first use, is most of the cost of a small document.
public sealed class PdfFont
{
    private static readonly Lazy<PdfFont>[] Faces =
    [
        new(() => Load(PdfFontStyle.Regular, "LiberationSans-Regular.ttf")),
        new(() => Load(PdfFontStyle.Bold, "LiberationSans-Bold.ttf")),
        new(() => Load(PdfFontStyle.Italic, "LiberationSans-Italic.ttf")),
    ];

    private static int loadCount;

    private readonly FrozenDictionary<char, double> advanceWidths;
    private readonly double unitsPerEm;
    private readonly double ascent;
    private readonly double descent;
    private readonly double lineGap;

    private PdfFont(PdfFontStyle style, byte[] fileBytes, TrueTypeFont program)
    {
        Style = style;
        FileBytes = fileBytes;
        Program = program;
        Name = program.Name ?? style.ToString();
        unitsPerEm = program.GetUnitsPerEm();
        var hhea = program.TableRegister.HorizontalHeaderTable;
        ascent = hhea.Ascent;
        descent = -hhea.Descent;
        lineGap = hhea.LineGap;
        advanceWidths = ReadAdvanceWidths(program);
    }

    public static PdfFont Regular => Get(PdfFontStyle.Regular);

    public static PdfFont Bold => Get(PdfFontStyle.Bold);

    public static PdfFont Italic => Get(PdfFontStyle.Italic);

    // How many faces this process has parsed; stays at most 3 however many documents are written.
    internal static int LoadCount => Volatile.Read(ref loadCount);

    public PdfFontStyle Style { get; }

    public string Name { get; }

    public int GlyphCount => advanceWidths.Count;

    internal ReadOnlyMemory<byte> FileBytes { get; }

    internal TrueTypeFont Program { get; }

    public static PdfFont Get(PdfFontStyle style) => Faces[(int)style].Value;

    public bool HasGlyph(char c) => advanceWidths.ContainsKey(c);

    // Characters the font lacks are measured as the "?" that replaces them when drawn.
    public double Width(char c, double size) =>
        (advanceWidths.TryGetValue(c, out var w) ? w : advanceWidths['?']) * size / unitsPerEm;

    public double Width(string text, double size)
    {
        var units = 0d;
        foreach (var c in text)
        {
            units += advanceWidths.TryGetValue(c, out var w) ? w : advanceWidths['?'];
        }

        return units * size / unitsPerEm;
    }

    public double Ascent(double size) => ascent * size / unitsPerEm;

    public double Descent(double size) => descent * size / unitsPerEm;

    // "Single" line spacing as word processors compute it for Arial: ascent + descent + line gap.
    public double LineHeight(double size) => (ascent + descent + lineGap) * size / unitsPerEm;

    private static PdfFont Load(PdfFontStyle style, string fileName)
    {
        var resource = "fonts/" + fileName;
        using var stream = typeof(PdfFont).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font {resource} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var program = TrueTypeFontParser.Parse(new TrueTypeDataBytes(bytes));
        Interlocked.Increment(ref loadCount);
        return new PdfFont(style, bytes, program);
    }

    // Only characters PdfPig can actually draw (mapped, with a glyph box and an advance width) count as present.
    // Asking for every glyph box here also forces PdfPig's lazy glyph parse once, on the cached instance.
    private static FrozenDictionary<char, double> ReadAdvanceWidths(TrueTypeFont program)
    {
        var cmap = program.WindowsUnicodeCMap
            ?? throw new InvalidOperationException("Embedded font has no Windows Unicode cmap.");
        var widths = new Dictionary<char, double>();
        for (var code = 0x20; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c) || char.IsControl(c) || cmap.CharacterCodeToGlyphIndex(code) == 0)
            {
                continue;
            }

            if (program.TryGetBoundingBox(code, out _) && program.TryGetAdvanceWidth(code, out var advance))
            {
                widths[c] = advance;
            }
        }

        return widths.ToFrozenDictionary();
    }
}
