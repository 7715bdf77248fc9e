using System.Globalization;
using System.IO.Compression;
using CsrSponsorship.Core.Common;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsrSponsorship.Core.Documents.Spreadsheets;

internal enum RawKind
{
    Empty,
    Text,
    Number,
    Boolean,
    Error,
}

// One cell as stored: Text holds the XML text (for numbers too, so no digit is lost to a double).
internal readonly record struct RawCell(RawKind Kind, string Text, double Number, bool IsDate)
{
    public static readonly RawCell Empty = new(RawKind.Empty, "", 0, false);

    public bool IsBlank => Kind == RawKind.Empty || (Kind == RawKind.Text && string.IsNullOrWhiteSpace(Text));

    public DateTime? AsDate => Kind == RawKind.Number && IsDate && Number is >= 1 and < 2958466 ? DateTime.FromOADate(Number) : null;

    // What a person sees in the cell, near enough: dates as DD-MM-YYYY, whole numbers without exponent.
    public string Display()
    {
        switch (Kind)
        {
            case RawKind.Number when AsDate is { } date:
                return date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
            case RawKind.Number when Math.Abs(Number) < 9e18 && Number == Math.Floor(Number):
                return ((long)Number).ToString(CultureInfo.InvariantCulture);
            case RawKind.Number:
                return Number.ToString("R", CultureInfo.InvariantCulture);
            case RawKind.Boolean:
                return Text == "1" ? "TRUE" : "FALSE";
            default:
                return Text;
        }
    }
}

internal sealed record SheetRow(int RowNumber, RawCell[] Cells);

// Streams the rows of one worksheet (SAX), so a 10 MB upload costs the rows it has, not a DOM of the
// whole workbook, and an oversized sheet is refused at row 20,001 instead of after loading everything.
internal static class XlsxSheetReader
{
    // A 10 MB zip of repetitive XML can inflate a hundredfold; refuse before anything is parsed.
    private const long MaxUncompressedBytes = 300L * 1024 * 1024;
    private const int MaxColumns = 200;

    public static void CheckPackage(byte[] content)
    {
        // "PK\x03\x04": every xlsx is a zip; a renamed .xls, .csv or .txt fails here.
        if (content.Length < 4 || content[0] != 0x50 || content[1] != 0x4B || content[2] != 0x03 || content[3] != 0x04)
        {
            throw NotXlsx();
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var hasContentTypes = false;
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                hasContentTypes |= entry.FullName == "[Content_Types].xml";
                total += entry.Length;
            }

            if (!hasContentTypes)
            {
                throw NotXlsx();
            }

            if (total > MaxUncompressedBytes)
            {
                throw new DomainException("Isi berkas Excel terlalu besar untuk dibaca. Bagi data menjadi beberapa berkas.");
            }
        }
        catch (InvalidDataException)
        {
            throw NotXlsx();
        }
    }

    // What every upload calls: Read with its progress reported as the "Membaca berkas" stage, and a package that passed
    // CheckPackage but whose parts are not a readable workbook (corrupt, encrypted, not a spreadsheet) refused in Indonesian.
    public static (SheetRow Header, List<SheetRow> Rows) ReadSheet(byte[] content, int maxRows, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        try
        {
            return Read(content, maxRows, (done, total) => progress?.Report(new ImportProgress(ImportProgress.Reading, done, total)), ct);
        }
        catch (Exception ex) when (ex is not (DomainException or OperationCanceledException or OutOfMemoryException))
        {
            throw Unreadable();
        }
    }

    // Header row first (the first row with any content), then the data rows below it with blank rows skipped.
    public static (SheetRow Header, List<SheetRow> Rows) Read(
        byte[] content, int maxRows, Action<int, int>? onRowsRead, CancellationToken ct)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
        var workbook = document.WorkbookPart ?? throw Unreadable();
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, WorkerImportColumns.DataSheet, StringComparison.OrdinalIgnoreCase))
            ?? sheets.FirstOrDefault()
            ?? throw Unreadable();
        if (sheet.Id?.Value is not { } partId || workbook.GetPartById(partId) is not WorksheetPart worksheet)
        {
            throw Unreadable();
        }

        var strings = ReadSharedStrings(workbook.SharedStringTablePart);
        var dateStyles = ReadDateStyles(workbook.WorkbookStylesPart);

        SheetRow? header = null;
        var rows = new List<SheetRow>();
        var expected = 0;
        var width = MaxColumns;
        var nextRow = 1;
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(SheetDimension))
            {
                expected = ExpectedRows((SheetDimension)reader.LoadCurrentElement()!);
                continue;
            }

            if (reader.ElementType != typeof(Row))
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : nextRow;
            nextRow = number + 1;
            var cells = ReadCells(row, width, strings, dateStyles);
            if (cells.All(c => c.IsBlank))
            {
                continue;
            }

            if (header is null)
            {
                width = LastNonBlank(cells) + 1;
                header = new SheetRow(number, cells[..width]);
                continue;
            }

            if (rows.Count == maxRows)
            {
                throw new DomainException(string.Create(CultureInfo.InvariantCulture,
                    $"Berkas berisi lebih dari {IndonesianFormat.Thousands(maxRows)} baris data. Bagi data menjadi beberapa berkas."));
            }

            rows.Add(new SheetRow(number, cells));
            if (rows.Count % 1000 == 0)
            {
                ct.ThrowIfCancellationRequested();
                // The <dimension> element is only a hint (some writers leave it stale); past it, the total is unknown (0).
                onRowsRead?.Invoke(rows.Count, expected >= rows.Count ? expected : 0);
            }
        }

        return (header ?? throw new DomainException("Berkas tidak berisi baris judul maupun data. Gunakan templat yang disediakan."), rows);
    }

    private static RawCell[] ReadCells(Row row, int width, IReadOnlyList<string> strings, IReadOnlySet<uint> dateStyles)
    {
        var cells = new RawCell[width];
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
            next = column + 1;
            if (column < 0 || column >= width)
            {
                continue;
            }

            cells[column] = ReadCell(cell, strings, dateStyles);
        }

        return cells;
    }

    private static RawCell ReadCell(Cell cell, IReadOnlyList<string> strings, IReadOnlySet<uint> dateStyles)
    {
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return Text(cell.InlineString is { } inline ? ItemText(inline) : value);
        }

        if (value is null)
        {
            return RawCell.Empty;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                ? Text(strings[i])
                : throw Unreadable();
        }

        if (type == CellValues.Boolean)
        {
            return new RawCell(RawKind.Boolean, value.Trim(), 0, false);
        }

        if (type == CellValues.Error)
        {
            return new RawCell(RawKind.Error, value, 0, false);
        }

        if (type == CellValues.Date)
        {
            return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                ? new RawCell(RawKind.Number, value, date.ToOADate(), true)
                : Text(value);
        }

        if (type == CellValues.String)
        {
            return Text(value);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new RawCell(RawKind.Number, value, number, cell.StyleIndex?.Value is { } style && dateStyles.Contains(style))
            : Text(value);
    }

    private static RawCell Text(string? text) => string.IsNullOrEmpty(text) ? RawCell.Empty : new RawCell(RawKind.Text, text, 0, false);

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                strings.Add(ItemText((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    // Plain text or rich-text runs; phonetic runs (rPh) are annotations, not content.
    private static string ItemText(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    // Numbers are dates only by their cell format: built-in ids 14–22 and 45–47, or a custom format with d/m/y.
    private static HashSet<uint> ReadDateStyles(WorkbookStylesPart? part)
    {
        var result = new HashSet<uint>();
        var stylesheet = part?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            var isDate = id is (>= 14 and <= 22) or (>= 45 and <= 47)
                || (custom.TryGetValue(id, out var code) && new ExcelNumberFormat.NumberFormat(code).IsDateTimeFormat);
            if (isDate)
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static int ExpectedRows(SheetDimension dimension)
    {
        var reference = dimension.Reference?.Value ?? "";
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? 0 : Math.Max(0, RowIndex(reference[(colon + 1)..]) - 1);
    }

    private static int RowIndex(string reference)
    {
        var digits = reference.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$");
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
    }

    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else if (c != '$')
            {
                break;
            }

            if (column > 16384)
            {
                return -1;
            }
        }

        return column - 1;
    }

    private static int LastNonBlank(RawCell[] cells)
    {
        for (var i = cells.Length - 1; i >= 0; i--)
        {
            if (!cells[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    private static DomainException NotXlsx() =>
        new("Isi berkas bukan berkas Excel .xlsx, walaupun namanya berakhiran .xlsx. Buka berkas di Excel lalu simpan sebagai \"Excel Workbook (.xlsx)\".");

    internal static DomainException Unreadable() =>
        new("Berkas Excel tidak dapat dibaca (mungkin rusak atau terkunci kata sandi). Buka di Excel lalu simpan ulang sebagai .xlsx tanpa kata sandi.");
}
