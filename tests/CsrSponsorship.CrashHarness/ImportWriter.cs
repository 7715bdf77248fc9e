using System.Globalization;
using ClosedXML.Excel;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.CrashHarness;

// Bulk imports through the real WorkerImportService (preview, then one transaction per file) until killed.
// Files are named "crash-00042-2100.xlsx" (file 42, 2100 rows) so a restarted run continues the numbering; `check`
// tells a whole file from a partial one by the import record the service commits with the workers.
public sealed class ImportWriter(HarnessApp app, int rows)
{
    public const string FilePrefix = "crash-";

    // Two saves (workers, then their events, each with audit rows) inside the import transaction. More than
    // 2,000 rows (the service's save batch) makes it several saves per kind, at a few times the cost per kill.
    public const int DefaultRows = 500;

    // Fixed, not "today": a file must mean the same NIKs whatever day it is built on.
    private static readonly DateOnly FirstBirthDate = new(1975, 1, 1);
    private const int BirthDates = 7_300;

    public async Task RunAsync()
    {
        app.ActAs(Roles.Loket);
        var service = app.Get<WorkerImportService>();
        var template = await service.BuildTemplateAsync();
        var desa = await ProgrammeDesaAsync();
        var file = await LastFileAsync() + 1;
        Journal.Write("ready import");
        while (true)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{FilePrefix}{file:00000}-{rows}.xlsx");
            var bytes = Build(template, file, desa);
            var preview = await service.PreviewAsync(new MemoryStream(bytes), name, bytes.Length);
            if (preview.ValidCount != rows)
            {
                throw new InvalidOperationException(
                    $"{name}: {preview.ValidCount} of {rows} rows valid; first error: {preview.Rows.SelectMany(r => r.Errors).FirstOrDefault()?.Message}");
            }

            Journal.Write(string.Create(CultureInfo.InvariantCulture, $"import-begin {file} {rows}"));
            var outcome = await service.ImportValidRowsAsync(preview);
            Journal.Write(string.Create(CultureInfo.InvariantCulture, $"import-commit {file} {outcome.Imported} {outcome.BatchId}"));
            file++;
        }
    }

    // Row r of file f is person number f·rows + r: unique across files, so no file collides with another.
    public static (string Nik, DateOnly Born) Person(long number)
    {
        var born = FirstBirthDate.AddDays((int)(number % BirthDates));
        var serial = 1 + (number / BirthDates);
        // Kecamatan digits 21 keep these NIKs apart from the demo registry (02, 07, 01).
        return (string.Create(CultureInfo.InvariantCulture, $"630121{born.Day:00}{born.Month:00}{born.Year % 100:00}{serial:0000}"), born);
    }

    private byte[] Build(byte[] template, int file, List<string> desa)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheet(WorkerImportColumns.DataSheet);
        var consent = DateTime.UtcNow.AddHours(8).Date.AddDays(-1);
        var columns = WorkerImportColumns.All.Select((c, i) => (c, i + 1)).ToDictionary(x => x.c, x => x.Item2);
        for (var r = 0; r < rows; r++)
        {
            var number = ((long)file * rows) + r;
            var (nik, born) = Person(number);
            var row = r + 2;
            Text(sheet.Cell(row, columns[WorkerImportColumns.Nik]), nik);
            Text(sheet.Cell(row, columns[WorkerImportColumns.FullName]), "Pekerja Uji " + Letters(number));
            Text(sheet.Cell(row, columns[WorkerImportColumns.BirthPlace]), "Pelaihari");
            sheet.Cell(row, columns[WorkerImportColumns.BirthDate]).SetValue(born.ToDateTime(TimeOnly.MinValue));
            Text(sheet.Cell(row, columns[WorkerImportColumns.Sex]), "L");
            Text(sheet.Cell(row, columns[WorkerImportColumns.DesaCode]), desa[(int)(number % desa.Count)]);
            Text(sheet.Cell(row, columns[WorkerImportColumns.Address]), "Jl. Uji Ketahanan");
            Text(sheet.Cell(row, columns[WorkerImportColumns.Occupation]), "Nelayan");
            sheet.Cell(row, columns[WorkerImportColumns.Income]).SetValue(1_000_000);
            Text(sheet.Cell(row, columns[WorkerImportColumns.Provenance]), "Loket");
            Text(sheet.Cell(row, columns[WorkerImportColumns.ConsentBy]), "Petugas Loket");
            sheet.Cell(row, columns[WorkerImportColumns.ConsentOn]).SetValue(consent);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private async Task<List<string>> ProgrammeDesaAsync()
    {
        await using var db = await app.DbAsync();
        return await db.Desa.AsNoTracking()
            .Where(d => db.ProgrammeArea.Any(p => p.KecamatanCode == d.KecamatanCode))
            .OrderBy(d => d.Code).Select(d => d.Code).ToListAsync();
    }

    // The highest file number already imported; file names are zero-padded, so text order is number order.
    private async Task<int> LastFileAsync()
    {
        await using var db = await app.DbAsync();
        var last = await db.WorkerEvents.AsNoTracking()
            .Where(e => e.Description.StartsWith(InvariantCheck.ImportEventPrefix + FilePrefix))
            .MaxAsync(e => (string?)e.Description);
        return last is null ? 0 : int.Parse(last.AsSpan(InvariantCheck.ImportEventPrefix.Length + FilePrefix.Length, 5), CultureInfo.InvariantCulture);
    }

    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }

    // Names are letters only (the validator refuses digits) and distinct, so no row is flagged as a likely duplicate.
    private static string Letters(long n)
    {
        var s = "";
        do
        {
            s = (char)('a' + (n % 26)) + s;
            n /= 26;
        }
        while (n > 0);

        return char.ToUpperInvariant(s[0]) + s[1..] + "wan";
    }
}
