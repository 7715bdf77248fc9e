using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsrSponsorship.Core.Documents.Excel;

public enum ColumnKind
{
    Text,
    Code,
    Count,
    Money,
    Percent,
    Date,
    DateTime,
}

// Totals default to money and counts; a ratio or a code never adds up.
public sealed record ReportColumn(string Header, ColumnKind Kind, double Width, bool? Total = null)
{
    public bool HasTotal => Total ?? Kind is ColumnKind.Money or ColumnKind.Count;
}

public sealed record ReportDefinition(string SheetName, string Title, string Period, string PrintedAt, IReadOnlyList<ReportColumn> Columns);

// Every export goes through this one writer, including small ones: the OpenXML SDK SAX writer keeps 100,000 rows
// near 100 MB where ClosedXML 0.95 builds the whole sheet in memory (STACK.md measured 0.9 s / 115 MB against
// 4.9 s / 860 MB), and one writer means one place for the conventions: text cells for NIK/NPWP/KPJ/codes,
// #,##0 money, real dates, frozen header, autofilter, SUM total row, recalculation on open, formula-like text
// neutralised with Excel's quote prefix.
public static class ExcelReportWriter
{
    public const string Government = "PEMERINTAH KABUPATEN TANAH LAUT";
    public const string Office = "DINAS TENAGA KERJA DAN PERINDUSTRIAN";

    // Title lines, one empty row, then the header.
    public const int HeaderRow = 7;
    public const int FirstDataRow = HeaderRow + 1;

    private const uint TitleStyle = 1;
    private const uint SubtitleStyle = 2;
    private const uint HeaderStyle = 3;
    private const uint TextStyle = 4;
    private const uint QuotedTextStyle = 5;
    private const uint NumberStyle = 6;
    private const uint DateStyle = 7;
    private const uint DateTimeStyle = 8;
    private const uint PercentStyle = 9;
    private const uint TotalLabelStyle = 10;
    private const uint TotalNumberStyle = 11;

    private static readonly DateOnly Epoch = new(1899, 12, 30);

    public static async Task<byte[]> WriteAsync(
        ReportDefinition definition, IAsyncEnumerable<object?[]> rows, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(rows);
        var columns = definition.Columns;
        var letters = columns.Select((_, i) => ColumnLetter(i + 1)).ToArray();
        var sheetName = SheetName(definition.SheetName);
        var skeleton = Skeleton(sheetName, out var sheetEntry);
        using var output = new MemoryStream();
        int lastRow;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Every part but the sheet comes from the SDK; the sheet is written row by row straight into its
            // compressed zip entry. (The SDK's own package would keep the whole uncompressed sheet in memory.)
            using (var parts = new ZipArchive(new MemoryStream(skeleton), ZipArchiveMode.Read))
            {
                foreach (var entry in parts.Entries.Where(e => e.FullName != sheetEntry))
                {
                    using var source = entry.Open();
                    using var target = zip.CreateEntry(entry.FullName).Open();
                    source.CopyTo(target);
                }
            }

            using var sheetStream = zip.CreateEntry(sheetEntry, CompressionLevel.Fastest).Open();
            using (var writer = OpenXmlWriter.Create(sheetStream))
            {
                var cells = new CellWriter(writer);
                writer.WriteStartElement(new Worksheet());
                WriteSheetViews(writer);
                WriteColumns(writer, columns);
                writer.WriteStartElement(new SheetData());

                cells.StartRow(1);
                cells.Text("A1", Government, TitleStyle);
                cells.EndRow();
                cells.StartRow(2);
                cells.Text("A2", Office, TitleStyle);
                cells.EndRow();
                cells.StartRow(3);
                cells.Text("A3", definition.Title.ToUpperInvariant(), TitleStyle);
                cells.EndRow();
                cells.StartRow(4);
                cells.Text("A4", definition.Period, SubtitleStyle);
                cells.EndRow();
                cells.StartRow(5);
                cells.Text("A5", definition.PrintedAt, SubtitleStyle);
                cells.EndRow();

                cells.StartRow(HeaderRow);
                for (var c = 0; c < columns.Count; c++)
                {
                    cells.Text(letters[c] + HeaderRow, columns[c].Header, HeaderStyle);
                }

                cells.EndRow();

                var sums = new decimal[columns.Count];
                var row = FirstDataRow;
                await foreach (var values in rows.WithCancellation(ct))
                {
                    var suffix = row.ToString(CultureInfo.InvariantCulture);
                    cells.StartRow(row);
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var value = c < values.Length ? values[c] : null;
                        if (value is not null)
                        {
                            WriteValue(cells, letters[c] + suffix, columns[c].Kind, value, ref sums[c]);
                        }
                    }

                    cells.EndRow();
                    row++;
                    if (progress is not null && (row - FirstDataRow) % 1000 == 0)
                    {
                        progress.Report(row - FirstDataRow);
                    }
                }

                lastRow = row - 1;
                var totalRow = row;
                cells.StartRow(totalRow);
                cells.Text("A" + totalRow, "JUMLAH", TotalLabelStyle);
                for (var c = 1; c < columns.Count; c++)
                {
                    if (!columns[c].HasTotal)
                    {
                        continue;
                    }

                    // With no data rows a SUM would point at the total row itself.
                    if (lastRow < FirstDataRow)
                    {
                        cells.Number(letters[c] + totalRow, "0", TotalNumberStyle);
                    }
                    else
                    {
                        cells.Formula(letters[c] + totalRow, $"SUM({letters[c]}{FirstDataRow}:{letters[c]}{lastRow})", sums[c], TotalNumberStyle);
                    }
                }

                cells.EndRow();
                writer.WriteEndElement(); // sheetData

                writer.WriteElement(new AutoFilter { Reference = $"A{HeaderRow}:{letters[^1]}{Math.Max(lastRow, HeaderRow)}" });
                writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
                writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 });
                writer.WriteEndElement(); // worksheet
            }
        }

        progress?.Report(lastRow - HeaderRow);
        return output.ToArray();
    }

    private static byte[] Skeleton(string sheetName, out string sheetEntry)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(new SheetData());
            sheetEntry = sheetPart.Uri.OriginalString.TrimStart('/');
            workbookPart.Workbook = new Workbook(
                new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }),
                new DefinedNames(new DefinedName($"'{sheetName}'!${HeaderRow}:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }),
                new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    public static string ColumnLetter(int number)
    {
        var letters = "";
        while (number > 0)
        {
            var m = (number - 1) % 26;
            letters = (char)('A' + m) + letters;
            number = (number - m) / 26;
        }

        return letters;
    }

    private static void WriteValue(CellWriter cells, string reference, ColumnKind kind, object value, ref decimal sum)
    {
        switch (value)
        {
            case string text:
                cells.Text(reference, text, TextStyle);
                break;
            case DateOnly date:
                cells.Number(reference, (date.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture), DateStyle);
                break;
            case DateTime time:
                cells.Number(reference, time.ToOADate().ToString("R", CultureInfo.InvariantCulture), kind == ColumnKind.Date ? DateStyle : DateTimeStyle);
                break;
            case long or int or decimal or double:
                var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                sum += number;
                cells.Number(reference, number.ToString(CultureInfo.InvariantCulture), kind == ColumnKind.Percent ? PercentStyle : NumberStyle);
                break;
            default:
                cells.Text(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", TextStyle);
                break;
        }
    }

    private static void WriteSheetViews(OpenXmlWriter writer)
    {
        // Freeze everything above the first data row: titles and header stay in view while scrolling.
        var topLeft = "A" + FirstDataRow;
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeaderRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            WorkbookViewId = 0,
        }));
    }

    private static void WriteColumns(OpenXmlWriter writer, IReadOnlyList<ReportColumn> columns)
    {
        var cols = new Columns();
        for (var i = 0; i < columns.Count; i++)
        {
            cols.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].Width, CustomWidth = true });
        }

        writer.WriteElement(cols);
    }

    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static Stylesheet Styles()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "Arial" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()));
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.0%" });

        static CellFormat Xf(uint font, uint fill, uint border, uint format, bool wrap = false, bool quote = false)
        {
            var xf = new CellFormat
            {
                FontId = font, FillId = fill, BorderId = border, NumberFormatId = format,
                ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = format != 0,
            };
            if (quote)
            {
                xf.QuotePrefix = true;
            }

            if (wrap)
            {
                xf.Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center };
                xf.ApplyAlignment = true;
            }

            return xf;
        }

        var cellFormats = new CellFormats(
            Xf(0, 0, 0, 0),
            Xf(1, 0, 0, 0), // title
            Xf(0, 0, 0, 0), // period, printed at
            Xf(2, 2, 1, 0, wrap: true), // header
            Xf(0, 0, 1, 49), // text (@)
            Xf(0, 0, 1, 49, quote: true), // formula-like text
            Xf(0, 0, 1, 3), // #,##0
            Xf(0, 0, 1, 164),
            Xf(0, 0, 1, 165),
            Xf(0, 0, 1, 166),
            Xf(2, 2, 1, 0), // total label
            Xf(2, 2, 1, 3)); // total number
        return new Stylesheet(
            formats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }),
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    // One cell at a time straight into the part stream; the element instances are only name carriers.
    private sealed class CellWriter(OpenXmlWriter writer)
    {
        private static readonly Row RowElement = new();
        private static readonly Cell CellElement = new();
        private static readonly CellValue ValueElement = new();
        private static readonly CellFormula FormulaElement = new();
        private static readonly InlineString InlineElement = new();
        private static readonly Text TextElement = new();
        private static readonly OpenXmlAttribute Preserve = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");

        private readonly List<OpenXmlAttribute> attributes = new(3);

        public void StartRow(int index)
        {
            attributes.Clear();
            attributes.Add(new OpenXmlAttribute("r", "", index.ToString(CultureInfo.InvariantCulture)));
            writer.WriteStartElement(RowElement, attributes);
        }

        public void EndRow() => writer.WriteEndElement();

        public void Text(string reference, string text, uint style)
        {
            text = ExcelSafeText.ForXml(text);
            if (style == TextStyle && ExcelSafeText.NeedsQuotePrefix(text))
            {
                style = QuotedTextStyle;
            }

            StartCell(reference, style, "inlineStr");
            writer.WriteStartElement(InlineElement);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            {
                writer.WriteStartElement(TextElement, [Preserve]);
            }
            else
            {
                writer.WriteStartElement(TextElement);
            }

            writer.WriteString(text);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        public void Number(string reference, string value, uint style)
        {
            StartCell(reference, style, null);
            writer.WriteStartElement(ValueElement);
            writer.WriteString(value);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        public void Formula(string reference, string formula, decimal cached, uint style)
        {
            StartCell(reference, style, null);
            writer.WriteStartElement(FormulaElement);
            writer.WriteString(formula);
            writer.WriteEndElement();
            writer.WriteStartElement(ValueElement);
            writer.WriteString(cached.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        private void StartCell(string reference, uint style, string? type)
        {
            attributes.Clear();
            attributes.Add(new OpenXmlAttribute("r", "", reference));
            attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
            if (type is not null)
            {
                attributes.Add(new OpenXmlAttribute("t", "", type));
            }

            writer.WriteStartElement(CellElement, attributes);
        }
    }
}
