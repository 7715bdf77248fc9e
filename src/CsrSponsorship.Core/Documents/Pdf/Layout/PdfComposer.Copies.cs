using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// Single copies of one document that differ in a few parts (a letter's copy for one company), each a file of its own,
// without laying the document out again (decision 0184). PrepareCopies() lays it out once and writes it whole, with
// every variable part (Variable()) replaced by an empty form XObject; StampCopy() draws one copy's parts at the
// recorded places in a scratch document that is never written, and appends them to the base as an incremental update
// (ISO 32000-1 §7.5.6) that replaces those empty forms. The base's fonts reserve the same characters first as the
// scratch document's (PdfComposerOptions.ReservedCharacters), so the parts' character codes are valid in the base's
// fonts; a part drawn with any other character cannot be stamped (the caller lays that copy out in full).
public sealed partial class PdfComposer
{
    public static bool CanStampCopies => CanStamp && SharedFontEmbedding.IsActive;

    // `shape` names what copies of this base share (the caller's key; StampCopy does not read it).
    public static CopyBase PrepareCopies(PdfComposerOptions options, string shape, Action<PdfComposer> compose)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(compose);
        if (!CanStampCopies || options.ReservedCharacters is null)
        {
            throw new InvalidOperationException("Copies are stamped only with forms, shared fonts and reserved characters.");
        }

        using var memory = new MemoryStream();
        var holders = new List<CopyBase.Holder>();
        StampTemplate template;
        Dictionary<PdfFontStyle, IndirectReference> fonts;
        using (var composer = new PdfComposer(options, memory))
        {
            template = composer.Record(compose);
            var whole = new PdfRectangle(0, 0, composer.Page.Width, composer.Page.Height);
            for (var index = 0; index < template.Pages.Count; index++)
            {
                var page = composer.pages[index];
                page.CurrentStream.Operations.Clear();
                foreach (var segment in template.Pages[index].Segments)
                {
                    if (segment.Form is { } form)
                    {
                        page.AddImage(form, whole);
                    }
                    else
                    {
                        var (holder, reference) = FormXObjects.WriteWithReference(composer.builder, page, [], composer.Page.Width, composer.Page.Height);
                        page.AddImage(holder, whole);
                        holders.Add(new CopyBase.Holder(segment.Region!.Value, index, reference.ObjectNumber));
                    }
                }
            }

            fonts = new Dictionary<PdfFontStyle, IndirectReference>(composer.fontObjects);
            composer.Finish();
        }

        return new CopyBase(options, shape, memory.ToArray(), template.Regions, holders, fonts);
    }

    // One copy: `parts` makes its variable parts (in the order Variable() drew them) for the scratch composer given.
    // Null if a part cannot be stamped (it fell on a page the base has no place for, or used a face the base lacks).
    public static byte[]? StampCopy(CopyBase copyBase, Func<PdfComposer, IReadOnlyList<Action<PdfComposer>>> parts)
    {
        ArgumentNullException.ThrowIfNull(copyBase);
        ArgumentNullException.ThrowIfNull(parts);
        // Never written: only its pages' operations and resources are used.
        using var scratch = new PdfComposer(copyBase.Options) { scratch = true };
        var drawn = new List<(Spot Start, Spot End)>();
        var made = parts(scratch);
        if (made.Count != copyBase.Regions.Count)
        {
            throw new ArgumentException($"The base has {copyBase.Regions.Count} variable parts, not {made.Count}.", nameof(parts));
        }

        for (var region = 0; region < made.Count; region++)
        {
            var (startPage, top) = copyBase.Regions[region];
            while (scratch.pages.Count <= startPage)
            {
                scratch.AddBlankPage();
            }

            scratch.page = scratch.pages[startPage];
            scratch.CursorY = top;
            var start = scratch.Here();
            made[region](scratch);
            drawn.Add((start, scratch.Here()));
        }

        // Every page a part drew on must have its place in the base, or that text would be lost.
        for (var region = 0; region < drawn.Count; region++)
        {
            for (var index = drawn[region].Start.Page; index <= drawn[region].End.Page; index++)
            {
                if (Span(new Region(drawn[region].Start, 0, drawn[region].End), index, scratch.pages[index].CurrentStream.Operations.Count) is not null
                    && !copyBase.Holders.Any(h => h.Region == region && h.Page == index))
                {
                    return null;
                }
            }
        }

        var forms = new List<(long Number, StreamToken Form)>(copyBase.Holders.Count);
        foreach (var holder in copyBase.Holders)
        {
            IReadOnlyList<IGraphicsStateOperation> operations = [];
            IReadOnlyDictionary<string, IToken> resources = new Dictionary<string, IToken>();
            if (holder.Page < scratch.pages.Count)
            {
                var own = scratch.pages[holder.Page].CurrentStream.Operations;
                var (start, end) = drawn[holder.Region];
                if (Span(new Region(start, 0, end), holder.Page, own.Count) is (int from, int to))
                {
                    operations = own.GetRange(from, to - from);
                }

                if (scratch.BaseResources(scratch.pages[holder.Page], copyBase) is not { } mapped)
                {
                    return null;
                }

                resources = mapped;
            }

            forms.Add((holder.ObjectNumber, FormXObjects.Stream(operations, resources, scratch.Page.Width, scratch.Page.Height)));
        }

        return copyBase.WithForms(forms);
    }

    // The scratch page's resources with each font pointing at the base's font of the same face; null if the page
    // names anything else (an image, a face the base never used).
    private Dictionary<string, IToken>? BaseResources(PdfPageBuilder scratchPage, CopyBase copyBase)
    {
        var result = new Dictionary<string, IToken>();
        foreach (var (name, token) in FormXObjects.ResourcesOf(scratchPage))
        {
            if (name == NameToken.Font.Data && token is DictionaryToken faces)
            {
                var mapped = new Dictionary<string, IToken>();
                foreach (var (face, reference) in faces.Data)
                {
                    if (reference is not IndirectReferenceToken own
                        || fontObjects.Where(f => f.Value.Equals(own.Data)).Select(f => (PdfFontStyle?)f.Key).FirstOrDefault() is not { } style
                        || !copyBase.Fonts.TryGetValue(style, out var baseFont))
                    {
                        return null;
                    }

                    mapped[face] = new IndirectReferenceToken(baseFont);
                }

                result[name] = DictionaryToken.With(mapped);
            }
            else if (token is DictionaryToken { Data.Count: > 0 })
            {
                return null;
            }
            else
            {
                result[name] = token;
            }
        }

        return result;
    }
}

// A document laid out once for single copies: its bytes, where each variable part starts, the empty forms that hold
// the parts (per part and page) and the fonts by face. Immutable; one base serves any number of copies at once.
public sealed class CopyBase
{
    private readonly byte[] bytes;
    private readonly long previousXref;
    private readonly string trailer;

    internal CopyBase(
        PdfComposerOptions options, string shape, byte[] bytes, IReadOnlyList<(int Page, double Top)> regions,
        IReadOnlyList<Holder> holders, IReadOnlyDictionary<PdfFontStyle, IndirectReference> fonts)
    {
        Options = options;
        Shape = shape;
        this.bytes = bytes;
        Regions = regions;
        Holders = holders;
        Fonts = fonts;
        (previousXref, trailer) = ReadTrailer(bytes);
    }

    public string Shape { get; }

    // The base's own bytes: every copy starts with them.
    public ReadOnlySpan<byte> Bytes => bytes;

    internal PdfComposerOptions Options { get; }

    internal IReadOnlyList<(int Page, double Top)> Regions { get; }

    internal IReadOnlyList<Holder> Holders { get; }

    internal IReadOnlyDictionary<PdfFontStyle, IndirectReference> Fonts { get; }

    // The base, then the new forms, a cross-reference section for them and a trailer pointing back at the base's.
    internal byte[] WithForms(IReadOnlyList<(long Number, StreamToken Form)> forms)
    {
        using var output = new MemoryStream(bytes.Length + 2048);
        output.Write(bytes);
        Ascii(output, "\n");
        var offsets = new List<(long Number, long Offset)>(forms.Count);
        foreach (var (number, form) in forms)
        {
            offsets.Add((number, output.Position));
            Ascii(output, string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
            TokenWriter.Instance.WriteToken(form, output);
            Ascii(output, "\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        foreach (var (number, offset) in offsets.OrderBy(o => o.Number))
        {
            table.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n{trailer} /Prev {previousXref} >>\nstartxref\n{xref}\n%%EOF\n");
        Ascii(output, table.ToString());
        return output.ToArray();
    }

    private static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));

    // The base's own last trailer (without its closing ">>") and where its cross-reference table starts.
    private static (long Xref, string Trailer) ReadTrailer(byte[] pdf)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 1024), Math.Min(1024, pdf.Length));
        var trailerAt = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        var startXrefAt = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || startXrefAt < trailerAt)
        {
            throw new InvalidOperationException("The base has no classic trailer.");
        }

        var dictionary = tail[(trailerAt + "trailer".Length)..startXrefAt].Trim();
        var close = dictionary.LastIndexOf(">>", StringComparison.Ordinal);
        var xref = tail[(startXrefAt + "startxref".Length)..].Replace("%%EOF", "", StringComparison.Ordinal).Trim();
        return (long.Parse(xref, CultureInfo.InvariantCulture), dictionary[..close].TrimEnd());
    }

    internal sealed record Holder(int Region, int Page, long ObjectNumber);
}
