using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Core.Documents.Pdf;

// The surat edaran of Permendagri 1/2023: kop (page 1 only) → Yth. list and "di" place → centred SURAT EDARAN /
// NOMOR / TENTANG / subject → numbered sections → right-aligned foot "Ditetapkan di … pada tanggal …" with the
// signer → Tembusan; count-only attachments on their own pages. Page numbers from page 2.
public static class CircularLetterPdf
{
    private static readonly TextStyle Body = TextStyle.Body;
    private static readonly TextStyle Bold = TextStyle.BodyBold;
    private static readonly TextStyle Centered = TextStyle.BodyBold with { Align = TextAlign.Center };
    private static readonly TextStyle Justified = Body with { Align = TextAlign.Justify };
    private static readonly double SectionIndent = PdfUnits.FromCentimetres(0.75);
    private static readonly TextStyle ItemStyle = Justified with { LeftIndent = SectionIndent, SpaceAfter = 2 };
    private static readonly TableStyle AttachmentTable = TableStyle.Default with
    {
        Body = Body with { Size = 11 },
        Header = Body with { Size = 11, Font = PdfFontStyle.Bold },
        CellPaddingY = 2,
        SpaceAfter = 8,
    };

    public static byte[] Render(CircularLetterPdfModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var composer = new PdfComposer(Options(model));
        Compose(composer, model);
        return composer.Build();
    }

    // Every copy in one file written into `output` (seekable), each copy numbered from its own first page. The copies
    // may differ only in their addressees and their section's CopyItem: the letter is laid out once per shape (how
    // many lines those parts take) and every other copy of that shape is stamped (PdfComposer.Stamp). `copied` is
    // told the number of copies made so far.
    public static void WriteCopies(IEnumerable<CircularLetterPdfModel> copies, Stream output, Action<int>? copied = null)
    {
        ArgumentNullException.ThrowIfNull(copies);
        PdfComposer? composer = null;
        try
        {
            var templates = new Dictionary<string, StampTemplate>(StringComparer.Ordinal);
            var count = 0;
            foreach (var model in copies)
            {
                composer ??= new PdfComposer(Options(model), output);
                var shape = Shape(composer, model);
                if (!PdfComposer.CanStamp)
                {
                    composer.StartSection();
                    Compose(composer, model);
                }
                else if (templates.TryGetValue(shape, out var template))
                {
                    composer.Stamp(template, Parts(composer, model));
                }
                else
                {
                    templates[shape] = composer.Record(c => Compose(c, model));
                }

                copied?.Invoke(++count);
            }

            (composer ?? throw new ArgumentException("No copies to write.", nameof(copies))).Finish();
        }
        finally
        {
            composer?.Dispose();
        }
    }

    // Single copies (decision 0184). What a copy's own parts may use to be stamped into a base: printable ASCII,
    // Latin-1 and the usual typographic marks; every face of a base reserves them first.
    public static readonly string CopyCharacters = new([
        .. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c),
        .. Enumerable.Range(0xA0, 0x100 - 0xA0).Select(c => (char)c),
        .. "‘’“”–—…•",
    ]);

    private static readonly HashSet<char> CopyCharacterSet = [.. CopyCharacters];

    // Copies with the same key can share one base: the same letter (the caller's part of the key) and the same shape.
    public static string CopyShape(CircularLetterPdfModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var composer = new PdfComposer(CopyOptions(model));
        return Shape(composer, model);
    }

    // False if a copy's own text has a character a base does not reserve; that copy is rendered in full.
    public static bool CanStampCopy(CircularLetterPdfModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return PdfComposer.CanStampCopies
            && model.Addressees.Append(model.AddresseePlace).Concat(model.Sections.Select(s => s.CopyItem ?? ""))
                .All(text => text.All(CopyCharacterSet.Contains));
    }

    // The letter laid out once for `model`'s shape, its copy's own parts left as places to stamp.
    public static CopyBase PrepareCopies(CircularLetterPdfModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return PdfComposer.PrepareCopies(CopyOptions(model), CopyShape(model), composer => Compose(composer, model));
    }

    // One copy: stamped into a base of the same letter and shape (PrepareCopies of any of its copies), else laid out in full.
    public static byte[] RenderCopy(CopyBase copyBase, CircularLetterPdfModel model)
    {
        ArgumentNullException.ThrowIfNull(copyBase);
        return RenderCopy(model, _ => copyBase);
    }

    // The same, the base found by the copy's shape (a cache of bases): the shape is measured once.
    public static byte[] RenderCopy(CircularLetterPdfModel model, Func<string, CopyBase> baseOfShape)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseOfShape);
        if (!CanStampCopy(model))
        {
            return Render(model);
        }

        var shape = CopyShape(model);
        var copyBase = baseOfShape(shape);
        return (copyBase.Shape == shape ? PdfComposer.StampCopy(copyBase, composer => Parts(composer, model)) : null) ?? Render(model);
    }

    private static PdfComposerOptions CopyOptions(CircularLetterPdfModel model) => Options(model) with { ReservedCharacters = CopyCharacters };

    private static PdfComposerOptions Options(CircularLetterPdfModel model) => new()
    {
        Page = model.Page,
        PageNumbers = PageNumbering.FromSecondPage,
        PageNumberPosition = PageNumberPosition.TopCenter,
        PageNumberFormat = "- {0} -",
        Title = "Surat Edaran " + (model.Number ?? "(draf)"),
        Subject = model.Subject,
        Author = model.Letterhead.Office,
    };

    private static void Compose(PdfComposer composer, CircularLetterPdfModel model)
    {
        var parts = Parts(composer, model);
        Letterhead.Compose(composer, model.Letterhead);
        composer.Variable(parts[0]);
        ComposeTitle(composer, model);
        ComposeSections(composer, model, parts.Count > 1 ? parts[1] : null);
        ComposeFoot(composer, model);
        ComposeTembusan(composer, model);
        ComposeAttachments(composer, model);
    }

    // What differs between copies, in drawing order: the addressees, then the copy's own item (if any).
    private static List<Action<PdfComposer>> Parts(PdfComposer composer, CircularLetterPdfModel model)
    {
        List<Action<PdfComposer>> parts = [c => ComposeAddressees(c, model)];
        if (CopyItem(composer, model) is { } item)
        {
            parts.Add(c => c.ListItem(item.Label, item.Text, item.LabelWidth, ItemStyle));
        }

        return parts;
    }

    // Copies with the same shape break their pages in the same places: every variable part takes as many lines.
    private static string Shape(PdfComposer composer, CircularLetterPdfModel model)
    {
        var yth = composer.MeasureWidth("Yth. ", Body);
        var addressees = model.Addressees.Count == 1
            ? composer.WrapText(model.Addressees[0], composer.ContentWidth - yth, Body).Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Join('\n', model.Addressees);
        var item = CopyItem(composer, model) is { } i
            ? composer.WrapText(i.Text, composer.ContentWidth - SectionIndent - i.LabelWidth, ItemStyle).Count
            : 0;
        return $"{addressees}|{item}";
    }

    private static (string Label, string Text, double LabelWidth)? CopyItem(PdfComposer composer, CircularLetterPdfModel model)
    {
        var section = model.Sections.FirstOrDefault(s => s.CopyItem is not null);
        if (section is null)
        {
            return null;
        }

        var count = section.Items.Count + 1;
        return (ListLabels.For(ListNumbering.Letter, count), section.CopyItem!, composer.ListLabelWidth(count, ListNumbering.Letter, ItemStyle));
    }

    private static void ComposeAddressees(PdfComposer composer, CircularLetterPdfModel model)
    {
        var yth = composer.MeasureWidth("Yth. ", Body);
        if (model.Addressees.Count == 1)
        {
            composer.ListItem("Yth.", model.Addressees[0], yth, Body);
        }
        else
        {
            composer.Paragraph("Yth.", Body);
            composer.NumberedList(model.Addressees, ListNumbering.Number, Body with { LeftIndent = yth });
        }

        composer.ListItem("di", model.AddresseePlace, yth, Body with { SpaceAfter = 14 });
    }

    private static void ComposeTitle(PdfComposer composer, CircularLetterPdfModel model)
    {
        composer.Paragraph("SURAT EDARAN", Centered);
        composer.Paragraph("NOMOR " + (model.Number ?? "…"), Body with { Align = TextAlign.Center });
        composer.Paragraph("TENTANG", Body with { Align = TextAlign.Center, SpaceBefore = 6 });
        composer.Paragraph(model.Subject.ToUpperInvariant(), Centered with { SpaceAfter = 14 });
    }

    private static void ComposeSections(PdfComposer composer, CircularLetterPdfModel model, Action<PdfComposer>? copyItem)
    {
        var number = 0;
        foreach (var section in model.Sections)
        {
            var hasText = !string.IsNullOrWhiteSpace(section.Text);
            if (!hasText && section.Items.Count == 0 && section.CopyItem is null)
            {
                continue;
            }

            number++;

            // A heading never ends a page alone.
            composer.EnsureSpace(Bold.LineHeight * 3);
            composer.ListItem($"{number}.", section.Heading, SectionIndent, Body with { SpaceBefore = 6 });
            if (hasText)
            {
                foreach (var paragraph in section.Text!.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    composer.Paragraph(paragraph, Justified with { LeftIndent = SectionIndent, SpaceAfter = 2 });
                }
            }

            if (section.CopyItem is not null && copyItem is not null)
            {
                var width = composer.ListLabelWidth(section.Items.Count + 1, ListNumbering.Letter, ItemStyle);
                composer.NumberedList(section.Items, ListNumbering.Letter, ItemStyle, width);
                composer.Variable(copyItem);
            }
            else if (section.Items.Count > 0)
            {
                composer.NumberedList(section.Items, ListNumbering.Letter, ItemStyle);
            }
        }
    }

    private static void ComposeFoot(PdfComposer composer, CircularLetterPdfModel model)
    {
        composer.MoveDown(14);
        var options = new SignatureOptions { Style = Body, Ditetapkan = true };
        var height = SignatureBlock.Measure(composer, model.Signer, options);
        composer.EnsureSpace(Math.Max(height, VerificationMark.Size));
        var signature = SignatureBlock.Compose(composer, model.Signer, rightAligned: true, options);
        var bottom = signature.Block.Bottom;
        if (model.VerificationUrl is { } url)
        {
            bottom = Math.Max(bottom, VerificationMark.Draw(
                composer,
                url,
                "Pindai untuk memeriksa keaslian surat",
                composer.ContentLeft,
                signature.SigningSpace.Top,
                signature.Block.X - composer.ContentLeft - 12));
        }

        composer.SetCursor(bottom + 10);
    }

    private static void ComposeTembusan(PdfComposer composer, CircularLetterPdfModel model)
    {
        if (model.Tembusan.Count == 0)
        {
            return;
        }

        var small = Body with { Size = 11 };
        composer.EnsureSpace(small.LineHeight * 2);
        composer.Paragraph("Tembusan:", small with { Underline = true });
        composer.NumberedList(model.Tembusan, ListNumbering.Number, small);
    }

    private static void ComposeAttachments(PdfComposer composer, CircularLetterPdfModel model)
    {
        var index = 0;
        foreach (var attachment in model.Attachments)
        {
            index++;
            composer.NewPage();
            var label = model.Attachments.Count == 1 ? "LAMPIRAN" : $"LAMPIRAN {Roman(index)}";
            var block = Body with { Size = 11, LeftIndent = composer.ContentWidth / 2 };
            composer.Paragraph(label, block);
            composer.Paragraph("SURAT EDARAN", block);
            composer.Paragraph("NOMOR " + (model.Number ?? "…"), block);
            composer.Paragraph(
                "TANGGAL " + (model.IsDraft ? "…" : IndonesianFormat.Date(model.Signer.Date).ToUpperInvariant()),
                block with { SpaceAfter = 14 });
            composer.Paragraph(attachment.Title.ToUpperInvariant(), Centered with { SpaceAfter = 8 });
            var rows = attachment.Rows.Select((r, i) => new TableRow([
                IndonesianFormat.Thousands(i + 1), r.Label, IndonesianFormat.Thousands(r.Count)])).ToList();
            rows.Add(new TableRow(["", "Jumlah", IndonesianFormat.Thousands(attachment.Total)]) { Bold = true, Shade = 235 });
            composer.Table(
                [
                    TableColumn.Fixed("No", 30, TextAlign.Right),
                    TableColumn.Relative(attachment.LabelHeader),
                    TableColumn.Fixed(attachment.CountHeader, 110, TextAlign.Right),
                ],
                rows,
                AttachmentTable);
        }
    }

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
