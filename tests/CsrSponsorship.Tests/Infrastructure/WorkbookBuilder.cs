using System.Globalization;
using ClosedXML.Excel;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Features.Workers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsrSponsorship.Tests.Infrastructure;

// Synthetic NIKs that pass NikCheck: 63 01 KK DD MM YY SSSS (women: day + 40), ages counted from
// today in WITA so the data never ages out of the 18–65 window.
public static class SyntheticNik
{
    public static DateOnly TodayWita => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static (string Nik, DateOnly BirthDate) Make(int serial, int age, bool female = false, string kecamatan = "02")
    {
        // Up to 300 days before the birthday keeps the age exact and spreads birth dates.
        var born = TodayWita.AddYears(-age).AddDays(-(serial % 300));
        var day = born.Day + (female ? 40 : 0);
        var nik = string.Create(CultureInfo.InvariantCulture, $"6301{kecamatan}{day:00}{born.Month:00}{born.Year % 100:00}{serial % 10000:0000}");
        return (nik, born);
    }
}

// One spreadsheet row, valid unless told otherwise. Values are written as the cell type they are:
// string → text cell, DateTime → date cell, numbers → number cell, null → empty.
public sealed class ImportRowBuilder
{
    private static int counter;
    private readonly Dictionary<ImportColumn, object?> values = [];

    public ImportRowBuilder(int? serial = null, int age = 30, bool female = false)
    {
        var n = serial ?? Interlocked.Increment(ref counter) % 9999 + 1;
        var (nik, born) = SyntheticNik.Make(n, age, female);
        Nik = nik;
        values[WorkerImportColumns.Nik] = nik;
        values[WorkerImportColumns.FullName] = "Pekerja " + Letters(n);
        values[WorkerImportColumns.BirthPlace] = "Pelaihari";
        values[WorkerImportColumns.BirthDate] = born.ToDateTime(TimeOnly.MinValue);
        values[WorkerImportColumns.Sex] = female ? "P" : "L";
        values[WorkerImportColumns.DesaName] = "Asam-Asam";
        values[WorkerImportColumns.Rt] = "003";
        values[WorkerImportColumns.Rw] = "001";
        values[WorkerImportColumns.Address] = "Jl. Pelabuhan Gg. Damai";
        values[WorkerImportColumns.Phone] = string.Create(CultureInfo.InvariantCulture, $"0812{n:00000000}");
        values[WorkerImportColumns.Occupation] = "Nelayan";
        values[WorkerImportColumns.Income] = 1_000_000d;
        values[WorkerImportColumns.Provenance] = "Loket";
        values[WorkerImportColumns.ConsentBy] = "Rahmat Hidayat";
        values[WorkerImportColumns.ConsentOn] = SyntheticNik.TodayWita.AddDays(-1).ToDateTime(TimeOnly.MinValue);
    }

    public string Nik { get; private set; }

    public ImportRowBuilder With(ImportColumn column, object? value)
    {
        values[column] = value;
        if (column == WorkerImportColumns.Nik && value is string nik)
        {
            Nik = nik;
        }

        return this;
    }

    public object? this[ImportColumn column] => values.GetValueOrDefault(column);

    // Distinct letter names: digits vanish from the duplicate-review name key, letters do not.
    private static string Letters(int n)
    {
        var s = "";
        do
        {
            s = (char)('a' + (n % 26)) + s;
            n /= 26;
        }
        while (n > 0);

        return char.ToUpperInvariant(s[0]) + s[1..] + "wati";
    }
}

// Fills the real downloadable template, as a registrar would, and returns the .xlsx bytes.
public sealed class WorkbookBuilder : IDisposable
{
    private readonly XLWorkbook workbook;
    private readonly IXLWorksheet data;
    private int nextRow = 2;

    private WorkbookBuilder(byte[] template)
    {
        workbook = new XLWorkbook(new MemoryStream(template));
        data = workbook.Worksheet(WorkerImportColumns.DataSheet);
    }

    public static async Task<WorkbookBuilder> FromTemplateAsync(WorkerImportService service) => new(await service.BuildTemplateAsync());

    public IXLWorksheet Data => data;

    public WorkbookBuilder Add(ImportRowBuilder row)
    {
        for (var c = 0; c < WorkerImportColumns.All.Count; c++)
        {
            Set(data.Cell(nextRow, c + 1), row[WorkerImportColumns.All[c]]);
        }

        nextRow++;
        return this;
    }

    public WorkbookBuilder AddBlankRow()
    {
        nextRow++;
        return this;
    }

    public WorkbookBuilder AddRange(IEnumerable<ImportRowBuilder> rows)
    {
        foreach (var row in rows)
        {
            Add(row);
        }

        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public void Dispose() => workbook.Dispose();

    // Writes a number cell's XML text exactly as given, bypassing the 15-digit rounding of spreadsheet writers.
    public static byte[] SetRawNumber(byte[] xlsx, string reference, string number)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First(p =>
                document.WorkbookPart.GetIdOfPart(p) == document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == WorkerImportColumns.DataSheet).Id);
            var cell = part.Worksheet.Descendants<Cell>().First(c => c.CellReference == reference);
            cell.DataType = null;
            cell.CellValue = new CellValue(number);
            part.Worksheet.Save();
        }

        return stream.ToArray();
    }

    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                break;
            case DateTime date:
                cell.SetValue(date);
                break;
            case double number:
                cell.SetValue(number);
                break;
            case long number:
                cell.SetValue(number);
                break;
            case int number:
                cell.SetValue(number);
                break;
            default:
                throw new ArgumentException($"Unsupported cell value {value.GetType()}", nameof(value));
        }
    }
}

// Records every report synchronously (Progress<T> would post them later on the thread pool).
public sealed class ProgressLog : IProgress<ImportProgress>
{
    private readonly List<ImportProgress> items = [];

    public IReadOnlyList<ImportProgress> Items
    {
        get
        {
            lock (items)
            {
                return [.. items];
            }
        }
    }

    public void Report(ImportProgress value)
    {
        lock (items)
        {
            items.Add(value);
        }
    }
}

// A stream that fails the test if anything reads it: proves a refusal happened before reading.
public sealed class UnreadableStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new InvalidOperationException("The upload must not be read.");

    public override long Position
    {
        get => throw new InvalidOperationException("The upload must not be read.");
        set => throw new InvalidOperationException("The upload must not be read.");
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The upload must not be read.");

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The upload must not be read.");

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The upload must not be read.");

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
