using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsrSponsorship.Core.Documents.Excel;

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

    private static readonly DateOnly Epoch = new(1899, 12, 30);

    // UTF-8 without a byte-order mark, as the SDK writes its parts; the default newline handling, as its writer had.
    private static readonly XmlWriterSettings SheetSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

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
            using (var writer = XmlWriter.Create(sheetStream, SheetSettings))
            {
                var cells = new SheetCellWriter(writer);
                writer.WriteStartDocument(standalone: true);
                writer.WriteStartElement("worksheet", SheetCellWriter.Main);
                WriteSheetViews(writer);
                WriteColumns(writer, columns);
                writer.WriteStartElement("sheetData", SheetCellWriter.Main);

                (string Text, uint Style)[] titles =
                [
                    (Government, ReportStyles.Title), (Office, ReportStyles.Title), (definition.Title.ToUpperInvariant(), ReportStyles.Title),
                    (definition.Period, ReportStyles.Subtitle), (definition.PrintedAt, ReportStyles.Subtitle),
                ];
                for (var t = 0; t < titles.Length; t++)
                {
                    cells.StartRow(t + 1);
                    cells.Text("A", titles[t].Text, titles[t].Style);
                    cells.EndRow();
                }

                cells.StartRow(HeaderRow);
                for (var c = 0; c < columns.Count; c++)
                {
                    cells.Text(letters[c], columns[c].Header, ReportStyles.Header);
                }

                cells.EndRow();

                var sums = new decimal[columns.Count];
                var row = FirstDataRow;
                await foreach (var values in rows.WithCancellation(ct))
                {
                    cells.StartRow(row);
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var value = c < values.Length ? values[c] : null;
                        if (value is not null)
                        {
                            WriteValue(cells, letters[c], columns[c].Kind, value, ref sums[c]);
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
                cells.Text("A", "JUMLAH", ReportStyles.TotalLabel);
                for (var c = 1; c < columns.Count; c++)
                {
                    if (!columns[c].HasTotal)
                    {
                        continue;
                    }

                    // With no data rows a SUM would point at the total row itself.
                    if (lastRow < FirstDataRow)
                    {
                        cells.Number(letters[c], 0, ReportStyles.TotalNumber);
                    }
                    else
                    {
                        cells.Formula(letters[c], $"SUM({letters[c]}{FirstDataRow}:{letters[c]}{lastRow})", sums[c], ReportStyles.TotalNumber);
                    }
                }

                cells.EndRow();
                writer.WriteEndElement(); // sheetData

                new AutoFilter { Reference = $"A{HeaderRow}:{letters[^1]}{Math.Max(lastRow, HeaderRow)}" }.WriteTo(writer);
                new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 }.WriteTo(writer);
                new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 }.WriteTo(writer);
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
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = ReportStyles.Create();
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

    private static void WriteValue(SheetCellWriter cells, string column, ColumnKind kind, object value, ref decimal sum)
    {
        var numberStyle = kind == ColumnKind.Percent ? ReportStyles.Percent : ReportStyles.Number;
        switch (value)
        {
            case string text:
                cells.Text(column, text, ReportStyles.Text);
                break;
            case DateOnly date:
                cells.Number(column, date.DayNumber - Epoch.DayNumber, ReportStyles.Date);
                break;
            case DateTime time:
                cells.Number(column, time.ToOADate(), kind == ColumnKind.Date ? ReportStyles.Date : ReportStyles.DateTime);
                break;
            case long or int:
                var whole = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                sum += whole;
                cells.Number(column, whole, numberStyle);
                break;
            case decimal or double:
                var exact = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                sum += exact;
                cells.Number(column, exact, numberStyle);
                break;
            default:
                cells.Text(column, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", ReportStyles.Text);
                break;
        }
    }

    private static void WriteSheetViews(XmlWriter writer)
    {
        // Freeze everything above the first data row: titles and header stay in view while scrolling.
        var topLeft = "A" + FirstDataRow;
        new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeaderRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            WorkbookViewId = 0,
        }).WriteTo(writer);
    }

    private static void WriteColumns(XmlWriter writer, IReadOnlyList<ReportColumn> columns)
    {
        var cols = new Columns();
        for (var i = 0; i < columns.Count; i++)
        {
            cols.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].Width, CustomWidth = true });
        }

        cols.WriteTo(writer);
    }

    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
