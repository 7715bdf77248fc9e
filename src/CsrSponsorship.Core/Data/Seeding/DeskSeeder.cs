using System.Globalization;
using CsrSponsorship.Core.Domain.Outreach;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data.Seeding;

// The programme's first one-stop desks (seeds/desks.csv), each marked with its seed key. A desk is added once, when no
// desk has its key; afterwards Disnakerind owns it (hours, agents, closing), so a restart never undoes their changes.
public static class DeskSeeder
{
    public static async Task SeedAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        var known = await db.Desks.Where(d => d.SeedKey != null).Select(d => d.SeedKey!).ToListAsync(ct);
        var desa = await db.Desa.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.KecamatanCode, ct);

        // columns: kunci,nama,kode_desa,alamat,hari_buka (names separated by ';'),jam_buka,jam_tutup,telepon
        foreach (var row in SeedFiles.ReadCsv("desks.csv").Where(r => !known.Contains(r[0], StringComparer.Ordinal)))
        {
            var kecamatan = desa.GetValueOrDefault(row[2])
                ?? throw new InvalidOperationException($"seeds/desks.csv: desk {row[0]} names desa {row[2]}, which is not in the official wilayah.");
            var days = row[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => Enum.Parse<DeskDays>(d))
                .Aggregate(DeskDays.None, (all, d) => all | d);
            db.Desks.Add(Desk.Create(
                new DeskProfile(row[1], row[2], kecamatan, row[3], days, Time(row[5]), Time(row[6]), row[7].Length == 0 ? null : row[7]),
                nowUtc,
                seedKey: row[0]));
        }

        await db.SaveChangesAsync(ct);
    }

    private static TimeOnly Time(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);
}
