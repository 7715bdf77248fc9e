using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Wilayah;

internal static class DesaLookup
{
    // 135 rows: loading them whole per operation is cheaper than a query per validated row.
    public static async Task<IReadOnlyDictionary<string, DesaInfo>> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.Desa.AsNoTracking()
            .Select(d => new DesaInfo(d.Code, d.Name, d.KecamatanCode, d.Kecamatan!.Name,
                db.ProgrammeArea.Any(p => p.KecamatanCode == d.KecamatanCode)))
            .ToListAsync(ct);
        return rows.ToDictionary(d => d.Code, StringComparer.Ordinal);
    }
}
