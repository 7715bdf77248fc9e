using System.Globalization;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Writer;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// Flow layout over PdfPig's PdfDocumentBuilder. Everything public is top-down: CursorY and every "top" are
// points from the top edge of the page, x is points from the left edge; PdfPig's bottom-left origin stays in
// here. Pages are added on demand when content reaches the bottom margin; page numbers ("Halaman i dari N")
// are drawn in Build(), when N is known. Text is real text (embedded, subset Liberation Sans), never outlines.
public sealed partial class PdfComposer : IDisposable
{
    private const double Tolerance = 0.01;

    private readonly PdfDocumentBuilder builder;
    private readonly List<PdfPageBuilder> pages = [];
    private readonly Dictionary<PdfFontStyle, PdfDocumentBuilder.AddedFont> addedFonts = [];
    private readonly Dictionary<PdfFontStyle, IndirectReference> fontObjects = [];
    private readonly Dictionary<PdfFontStyle, string> reservedByFace = [];
    private readonly Dictionary<PdfFontStyle, GlyphBudget> budgets = [];
    private PdfPageBuilder? page;
    private bool built;
    private bool scratch;

    public PdfComposer(PdfComposerOptions? options = null)
        : this(options, null)
    {
    }

    // Writes into `output` (seekable: PdfPig records object offsets) as objects are made; Finish() completes it.
    public PdfComposer(PdfComposerOptions? options, Stream? output)
    {
        builder = output is null ? new PdfDocumentBuilder() : new PdfDocumentBuilder(output);
        Options = options ?? new PdfComposerOptions();
        foreach (var style in Enum.GetValues<PdfFontStyle>())
        {
            budgets[style] = new GlyphBudget(PdfFont.Get(style));
            if (Options.ReservedCharacters is { } characters)
            {
                // Those this face has, in order: admitted now, given their codes when the face is first used.
                var reserved = new string([.. characters.Where(PdfFont.Get(style).HasGlyph)]);
                budgets[style].Reserve(reserved);
                reservedByFace[style] = reserved;
            }
        }

        if (Options.PageNumbers != PageNumbering.None)
        {
            // Page numbers are drawn last; reserve their characters before body text can use up the budget.
            Prepare(Options.PageNumberFormat + "0123456789", Options.PageNumberStyle.Font);
        }

        CursorY = Page.Margins.Top;
    }

    public PdfComposerOptions Options { get; }

    public PageSetup Page => Options.Page;

    public int PageCount => pages.Count;

    public double CursorY { get; private set; }

    public double ContentLeft => Page.Margins.Left;

    public double ContentRight => Page.Width - Page.Margins.Right;

    public double ContentTop => Page.Margins.Top;

    public double ContentBottom => Page.Height - Page.Margins.Bottom;

    public double ContentWidth => Page.ContentWidth;

    public double RemainingHeight => ContentBottom - CursorY;

    public void NewPage()
    {
        page = builder.AddPage(Page.Width, Page.Height);
        pages.Add(page);
        CursorY = ContentTop;
        DrawVoidMark();
    }

    // Breaks the page unless `height` still fits below the cursor (or the cursor is already at the top, where
    // a break would gain nothing). Use it to keep a block such as a signature together. True if it broke.
    public bool EnsureSpace(double height)
    {
        if (page is null)
        {
            NewPage();
        }

        if (CursorY + height <= ContentBottom + Tolerance || CursorY <= ContentTop + Tolerance)
        {
            return false;
        }

        NewPage();
        return true;
    }

    public void MoveDown(double points)
    {
        EnsurePage();
        CursorY += points;
    }

    // For placing flow content after absolutely positioned content (e.g. below a letterhead logo).
    public void SetCursor(double top)
    {
        EnsurePage();
        CursorY = top;
    }

    public double MeasureWidth(string text, TextStyle style) =>
        style.PdfFont.Width(Prepare(text, style.Font), style.Size);

    public IReadOnlyList<string> WrapText(string text, double width, TextStyle style) =>
        Wrap(text, style, width, width).Select(l => l.Text).ToList();

    public double MeasureParagraphHeight(string text, TextStyle style, double? width = null)
    {
        var (_, firstWidth, lineWidth) = ParagraphBox(style, width ?? ContentWidth);
        return style.SpaceBefore + (Wrap(text, style, firstWidth, lineWidth).Count * style.LineHeight) + style.SpaceAfter;
    }

    // Wrapped into the content width less the style's indents; "\n" starts a new line.
    public void Paragraph(string text, TextStyle? style = null)
    {
        style ??= TextStyle.Body;
        EnsurePage();
        AddSpaceBefore(style);
        var (left, firstWidth, lineWidth) = ParagraphBox(style, ContentWidth);
        var lines = Wrap(text, style, firstWidth, lineWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(style.LineHeight);
            var x = i == 0 ? left + style.FirstLineIndent : left;
            DrawLine(lines[i], x, i == 0 ? firstWidth : lineWidth, CursorY, style);
            CursorY += style.LineHeight;
        }

        CursorY += style.SpaceAfter;
    }

    // A hanging-indent item: the label sits at the left indent, the text wraps at LeftIndent + labelWidth.
    public void ListItem(string label, string text, double labelWidth, TextStyle? style = null)
    {
        style ??= TextStyle.Body;
        EnsurePage();
        AddSpaceBefore(style);
        EnsureSpace(style.LineHeight);
        DrawText(Prepare(label, style.Font), ContentLeft + style.LeftIndent, CursorY, style);
        Paragraph(text, style with
        {
            LeftIndent = style.LeftIndent + labelWidth,
            FirstLineIndent = 0,
            SpaceBefore = 0,
        });
    }

    public void NumberedList(
        IEnumerable<string> items,
        ListNumbering numbering = ListNumbering.Number,
        TextStyle? style = null,
        double? labelWidth = null,
        int start = 1)
    {
        style ??= TextStyle.Body;
        var list = items.ToList();
        var width = labelWidth ?? ListLabelWidth(list.Count, numbering, style, start);
        for (var i = 0; i < list.Count; i++)
        {
            ListItem(ListLabels.For(numbering, start + i), list[i], width, style);
        }
    }

    // The label column of a list of `count` items: its widest label and half an em, at least 0.63 cm.
    public double ListLabelWidth(int count, ListNumbering numbering, TextStyle style, int start = 1) => Math.Max(
        PdfUnits.FromCentimetres(0.63),
        Enumerable.Range(start, count).Select(n => MeasureWidth(ListLabels.For(numbering, n), style)).DefaultIfEmpty(0).Max() + (style.Size * 0.5));

    // Across the content width. A letterhead (kop) closes with DoubleRule: a thick line over a thin one.
    public void HorizontalRule(double thickness = 0.75, double spaceAfter = 0)
    {
        EnsureSpace(thickness);
        FillRectangle(new PdfBox(ContentLeft, CursorY, ContentWidth, thickness));
        CursorY += thickness + spaceAfter;
    }

    public void DoubleRule(double thick = 2.25, double thin = 0.75, double gap = 1.5, double spaceAfter = 0)
    {
        EnsureSpace(thick + gap + thin);
        FillRectangle(new PdfBox(ContentLeft, CursorY, ContentWidth, thick));
        FillRectangle(new PdfBox(ContentLeft, CursorY + thick + gap, ContentWidth, thin));
        CursorY += thick + gap + thin + spaceAfter;
    }

    // One line at an absolute position; the style's alignment says what x is: the left edge, the centre or
    // the right edge of the text. Does not move the cursor. Returns the width drawn.
    public double TextAt(string text, double x, double top, TextStyle? style = null)
    {
        style ??= TextStyle.Body;
        EnsurePage();
        var prepared = Prepare(text, style.Font);
        var width = style.PdfFont.Width(prepared, style.Size);
        var left = style.Align switch
        {
            TextAlign.Center => x - (width / 2),
            TextAlign.Right => x - width,
            _ => x,
        };
        DrawText(prepared, left, top, style);
        return width;
    }

    // Grey level 0 (black) to 255 (white); filled without a stroke, so the box is exactly its size.
    public void FillRectangle(PdfBox box, byte gray = 0)
    {
        var ops = EnsurePage().CurrentStream.Operations;
        ops.Add(Push.Value);
        ops.Add(new SetNonStrokeColorDeviceGray(gray / 255d));
        ops.Add(new AppendRectangle(box.X, Page.Height - box.Bottom, box.Width, box.Height));
        ops.Add(FillPathNonZeroWinding.Value);
        ops.Add(Pop.Value);
    }

    public byte[] Build()
    {
        Complete();
        return builder.Build();
    }

    // For a composer writing into a stream: completes the document there (fonts, pages, cross-reference table).
    public void Finish()
    {
        Complete();
        builder.Dispose();
    }

    // Disposing PdfPig's builder writes the document out (its fonts subset); a scratch composer's is only dropped.
    public void Dispose()
    {
        if (!scratch)
        {
            builder.Dispose();
        }
    }

    private void Complete()
    {
        if (built)
        {
            throw new InvalidOperationException("A composer completes its document only once.");
        }

        built = true;
        if (pages.Count == 0)
        {
            NewPage();
        }

        DrawPageNumbers();
        builder.DocumentInformation.Title = Options.Title;
        builder.DocumentInformation.Author = Options.Author;
        builder.DocumentInformation.Subject = Options.Subject;
        builder.DocumentInformation.Creator = "CSR Sponsorship";
    }

    private void DrawPageNumbers()
    {
        var style = Options.PageNumberStyle;
        var firstNumbered = Options.PageNumbers switch
        {
            PageNumbering.None => int.MaxValue,
            PageNumbering.FromSecondPage => 2,
            _ => 1,
        };

        // Each section (each copy in a file of copies) is numbered on its own: "- 2 -" is the second page of that copy.
        for (var section = 0; section < sections.Count; section++)
        {
            var start = sections[section];
            var count = (section + 1 < sections.Count ? sections[section + 1] : pages.Count) - start;
            for (var number = firstNumbered; number <= count; number++)
            {
                page = pages[start + number - 1];
                var text = Prepare(string.Format(CultureInfo.InvariantCulture, Options.PageNumberFormat, number, count), style.Font);
                var width = style.PdfFont.Width(text, style.Size);
                var (x, top) = Options.PageNumberPosition switch
                {
                    PageNumberPosition.BottomRight => (ContentRight - width, Page.Height - ((Page.Margins.Bottom + style.LineHeight) / 2)),
                    PageNumberPosition.TopCenter => (ContentLeft + ((ContentWidth - width) / 2), (Page.Margins.Top - style.LineHeight) / 2),
                    _ => (ContentLeft + ((ContentWidth - width) / 2), Page.Height - ((Page.Margins.Bottom + style.LineHeight) / 2)),
                };
                DrawText(text, x, top, style);
            }
        }
    }

    private PdfPageBuilder EnsurePage()
    {
        if (page is null)
        {
            NewPage();
        }

        return page!;
    }

    private void AddSpaceBefore(TextStyle style)
    {
        // Space before a block is dropped at the top of a page, as word processors do.
        if (style.SpaceBefore > 0 && CursorY > ContentTop + Tolerance)
        {
            CursorY += style.SpaceBefore;
        }
    }

    private (double Left, double FirstWidth, double LineWidth) ParagraphBox(TextStyle style, double width)
    {
        var lineWidth = width - style.LeftIndent - style.RightIndent;
        return (ContentLeft + style.LeftIndent, lineWidth - style.FirstLineIndent, lineWidth);
    }

    private List<WrappedLine> Wrap(string text, TextStyle style, double firstWidth, double width)
    {
        var hardLines = text.ReplaceLineEndings("\n").Split('\n').Select(l => Prepare(l, style.Font)).ToList();
        return TextWrapper.Wrap(hardLines, style.PdfFont, style.Size, firstWidth, width);
    }

    private string Prepare(string text, PdfFontStyle font) => budgets[font].Prepare(text);

    private void DrawLine(WrappedLine line, double x, double available, double top, TextStyle style)
    {
        if (line.Words.Count == 0)
        {
            return;
        }

        switch (style.Align)
        {
            case TextAlign.Justify when !line.EndsParagraph && line.Words.Count > 1:
                // Words are placed one by one with the slack shared between the gaps.
                var font = style.PdfFont;
                var gap = font.Width(' ', style.Size) + ((available - line.Width) / (line.Words.Count - 1));
                foreach (var word in line.Words)
                {
                    DrawText(word, x, top, style);
                    x += font.Width(word, style.Size) + gap;
                }

                break;
            case TextAlign.Right:
                DrawText(line.Text, x + available - line.Width, top, style);
                break;
            case TextAlign.Center:
                DrawText(line.Text, x + ((available - line.Width) / 2), top, style);
                break;
            default:
                DrawText(line.Text, x, top, style);
                break;
        }
    }

    // `top` is the top of the line box; the glyphs sit centred in it. `text` must already be prepared.
    private void DrawText(string text, double x, double top, TextStyle style)
    {
        if (text.Length == 0)
        {
            return;
        }

        var font = style.PdfFont;
        var baseline = top + ((style.LineHeight - font.LineHeight(style.Size)) / 2)
            + ((font.LineHeight(style.Size) - font.Ascent(style.Size) - font.Descent(style.Size)) / 2)
            + font.Ascent(style.Size);
        EnsurePage().AddText(text, style.Size, new PdfPoint(x, Page.Height - baseline), FontKey(style.Font));
        if (style.Underline)
        {
            var thickness = Math.Max(0.5, style.Size / 16);
            FillRectangle(new PdfBox(x, baseline + (style.Size / 8), font.Width(text, style.Size), thickness));
        }
    }

    // Faces are added on first use only: every added face is embedded, used or not.
    private PdfDocumentBuilder.AddedFont FontKey(PdfFontStyle style)
    {
        if (!addedFonts.TryGetValue(style, out var key))
        {
            var font = PdfFont.Get(style);
            (key, var reference) = SharedFontEmbedding.AddFont(builder, font, reservedByFace.GetValueOrDefault(style));
            if (reference is { } known)
            {
                fontObjects[style] = known;
            }

            addedFonts[style] = key;
        }

        return key;
    }
}
