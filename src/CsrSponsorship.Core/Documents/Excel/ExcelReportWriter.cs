using System.Globalization;
using System.IO.Compression;
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
                var cells = new SheetCellWriter(writer);
                writer.WriteStartElement(new Worksheet());
                WriteSheetViews(writer);
                WriteColumns(writer, columns);
                writer.WriteStartElement(new SheetData());

                cells.StartRow(1);
                cells.Text("A1", Government, ReportStyles.Title);
                cells.EndRow();
                cells.StartRow(2);
                cells.Text("A2", Office, ReportStyles.Title);
                cells.EndRow();
                cells.StartRow(3);
                cells.Text("A3", definition.Title.ToUpperInvariant(), ReportStyles.Title);
                cells.EndRow();
                cells.StartRow(4);
                cells.Text("A4", definition.Period, ReportStyles.Subtitle);
                cells.EndRow();
                cells.StartRow(5);
                cells.Text("A5", definition.PrintedAt, ReportStyles.Subtitle);
                cells.EndRow();

                cells.StartRow(HeaderRow);
                for (var c = 0; c < columns.Count; c++)
                {
                    cells.Text(letters[c] + HeaderRow, columns[c].Header, ReportStyles.Header);
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
                cells.Text("A" + totalRow, "JUMLAH", ReportStyles.TotalLabel);
                for (var c = 1; c < columns.Count; c++)
                {
                    if (!columns[c].HasTotal)
                    {
                        continue;
                    }

                    // With no data rows a SUM would point at the total row itself.
                    if (lastRow < FirstDataRow)
                    {
                        cells.Number(letters[c] + totalRow, "0", ReportStyles.TotalNumber);
                    }
                    else
                    {
                        cells.Formula(letters[c] + totalRow, $"SUM({letters[c]}{FirstDataRow}:{letters[c]}{lastRow})", sums[c], ReportStyles.TotalNumber);
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

    private static void WriteValue(SheetCellWriter cells, string reference, ColumnKind kind, object value, ref decimal sum)
    {
        switch (value)
        {
            case string text:
                cells.Text(reference, text, ReportStyles.Text);
                break;
            case DateOnly date:
                cells.Number(reference, (date.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture), ReportStyles.Date);
                break;
            case DateTime time:
                cells.Number(reference, time.ToOADate().ToString("R", CultureInfo.InvariantCulture), kind == ColumnKind.Date ? ReportStyles.Date : ReportStyles.DateTime);
                break;
            case long or int or decimal or double:
                var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                sum += number;
                cells.Number(reference, number.ToString(CultureInfo.InvariantCulture), kind == ColumnKind.Percent ? ReportStyles.Percent : ReportStyles.Number);
                break;
            default:
                cells.Text(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", ReportStyles.Text);
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
}
