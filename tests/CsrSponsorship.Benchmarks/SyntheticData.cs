using System.Globalization;
using ClosedXML.Excel;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Benchmarks;

// Deterministic synthetic registry data: NIKs that pass NikCheck, ages 18–59 counted from today in WITA.
public static class SyntheticData
{
    private static readonly string[] FirstNames =
    [
        "Ahmad", "Muhammad", "Siti", "Nur", "Budi", "Rahmat", "Dewi", "Sri", "Agus", "Hendra", "Rina", "Yusuf", "Fitri", "Rizky",
        "Aminah", "Hasan", "Fatimah", "Joko", "Wahyu", "Lestari", "Syahrul", "Mariani", "Ilham", "Rusdi", "Noor", "Saleh", "Hamidah",
        "Taufik", "Zainal", "Murni", "Abdul", "Kartini", "Bambang", "Yanti", "Iwan", "Rosita", "Arif", "Nurul", "Slamet", "Halimah",
    ];

    private static readonly string[] LastNames =
    [
        "Hidayat", "Santoso", "Rahman", "Aminah", "Saputra", "Wulandari", "Hakim", "Kurniawan", "Rahmawati", "Setiawan", "Fauzi",
        "Lestari", "Gunawan", "Maulana", "Hasanah", "Pratama", "Susanti", "Nugroho", "Ramadhan", "Yulianti", "Effendi", "Syahputra",
        "Anwar", "Hartono", "Jannah", "Firdaus", "Kusuma", "Permata", "Suryani", "Wijaya",
    ];

    private static readonly string[] OccupationCodes = Occupations.All.Where(o => !o.RequiresFreeText).Select(o => o.Code).ToArray();

    public static DateOnly TodayWita => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    // NIK 63 01 KK DD MM YY SSSS; i = serial·15000 + day offset keeps every (birth date, serial) pair unique.
    public static (string Nik, DateOnly Born, Sex Sex) Identity(int i, string kecamatanDigits)
    {
        var born = TodayWita.AddYears(-18).AddDays(-1 - (i % 15_000));
        var female = i % 2 == 1;
        var day = born.Day + (female ? 40 : 0);
        var serial = (i / 15_000) + 1;
        var nik = string.Create(CultureInfo.InvariantCulture, $"6301{kecamatanDigits}{day:00}{born.Month:00}{born.Year % 100:00}{serial:0000}");
        return (nik, born, female ? Sex.Female : Sex.Male);
    }

    public static string Name(Random random) =>
        $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";

    public static async Task SeedWorkersAsync(BenchApp app, int count)
    {
        await using var db = await app.DbAsync();
        var desa = await db.Desa.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Code, d.KecamatanCode }).ToListAsync();
        var programme = desa.Where(d => d.KecamatanCode is "63.01.02" or "63.01.07").ToList();
        var random = new Random(42);
        var now = DateTime.UtcNow;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        for (var start = 0; start < count; start += 10_000)
        {
            for (var i = start; i < Math.Min(count, start + 10_000); i++)
            {
                // Half of the registry lives in the programme area (Jorong, Kintap), the rest anywhere in Tanah Laut.
                var home = i % 2 == 0 ? programme[random.Next(programme.Count)] : desa[random.Next(desa.Count)];
                var (nik, born, sex) = Identity(i, home.KecamatanCode[^2..]);
                var data = new ValidWorker(
                    nik, Name(random), "Pelaihari", born, sex, home.Code, home.KecamatanCode, "001", "002", "Jl. Contoh", null,
                    OccupationCodes[random.Next(OccupationCodes.Length)], null, 1_000_000, null, Provenance.Loket, "Petugas Loket",
                    TodayWita.AddDays(-30), null);
                var worker = Worker.Register(data, "bench-admin", now.AddMinutes(-i));
                switch (random.Next(20))
                {
                    case < 5:
                        worker.Verify("bench-admin", now);
                        break;
                    case < 8:
                        worker.Deactivate();
                        break;
                }

                db.Workers.Add(worker);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync();
    }

    // A filled-in import template: kecamatan digits "20" keep these NIKs apart from the seeded registry.
    public static async Task<byte[]> ImportFileAsync(WorkerImportService service, int rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(await service.BuildTemplateAsync()));
        var sheet = workbook.Worksheet(WorkerImportColumns.DataSheet);
        var random = new Random(7);
        string[] desa = ["Asam-Asam", "Sabuhur", "Kintap", "Sungai Cuka", "Pasir Putih", "Batalang"];
        var consent = TodayWita.AddDays(-2).ToDateTime(TimeOnly.MinValue);
        for (var i = 0; i < rows; i++)
        {
            var (nik, born, sex) = Identity(i, "20");
            var r = i + 2;
            Text(sheet.Cell(r, 1), nik);
            Text(sheet.Cell(r, 2), Name(random));
            Text(sheet.Cell(r, 3), "Pelaihari");
            sheet.Cell(r, 4).SetValue(born.ToDateTime(TimeOnly.MinValue));
            Text(sheet.Cell(r, 5), sex == Sex.Female ? "P" : "L");
            Text(sheet.Cell(r, 7), desa[i % desa.Length]);
            Text(sheet.Cell(r, 8), "003");
            Text(sheet.Cell(r, 9), "001");
            Text(sheet.Cell(r, 10), "Jl. Pelabuhan");
            Text(sheet.Cell(r, 11), string.Create(CultureInfo.InvariantCulture, $"0813{i:00000000}"));
            Text(sheet.Cell(r, 12), Occupations.All[i % (Occupations.All.Count - 1)].Name);
            sheet.Cell(r, 14).SetValue(1_000_000);
            Text(sheet.Cell(r, 16), "Perisai");
            Text(sheet.Cell(r, 17), "Agen Perisai Kintap");
            sheet.Cell(r, 18).SetValue(consent);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }
}
