using CsrSponsorship.Core.Domain.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data.Seeding;

// Upserts the official codes on every start, so a corrected seed file reaches existing databases.
public static class WilayahSeeder
{
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        var rows = SeedFiles.ReadCsv("wilayah-tanah-laut.csv");
        var kecamatan = await db.Kecamatan.ToDictionaryAsync(k => k.Code, ct);
        var desa = await db.Desa.ToDictionaryAsync(d => d.Code, ct);

        // columns: kode,nama,jenis,kode_kecamatan,nama_kecamatan,nama_lama
        foreach (var row in rows.Where(r => r[2] == "kecamatan"))
        {
            if (kecamatan.TryGetValue(row[0], out var existing))
            {
                existing.Name = row[1];
            }
            else
            {
                var created = new Kecamatan { Code = row[0], Name = row[1] };
                db.Kecamatan.Add(created);
                kecamatan[created.Code] = created;
            }
        }

        foreach (var row in rows.Where(r => r[2] is "desa" or "kelurahan"))
        {
            var kind = row[2] == "kelurahan" ? DesaKind.Kelurahan : DesaKind.Desa;
            var formerName = string.IsNullOrWhiteSpace(row[5]) ? null : row[5];
            if (desa.TryGetValue(row[0], out var existing))
            {
                existing.Name = row[1];
                existing.Kind = kind;
                existing.KecamatanCode = row[3];
                existing.FormerName = formerName;
            }
            else
            {
                db.Desa.Add(new Desa { Code = row[0], Name = row[1], Kind = kind, KecamatanCode = row[3], FormerName = formerName });
            }
        }

        // The programme area is seeded once; afterwards Disnakerind owns it.
        if (!await db.ProgrammeArea.AnyAsync(ct))
        {
            foreach (var row in SeedFiles.ReadCsv("programme-area.csv"))
            {
                db.ProgrammeArea.Add(new ProgrammeAreaKecamatan { KecamatanCode = row[0] });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
