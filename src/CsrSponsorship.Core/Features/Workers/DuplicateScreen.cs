using System.Globalization;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Workers;

// Likely duplicates are flagged for a person to review, never blocked: two real people can share
// a name and birthday, and a family can share one phone.
internal static class DuplicateScreen
{
    public const int MaxWorkersPerPhone = 3;

    public static async Task FlagAsync(AppDbContext db, IReadOnlyList<Worker> newcomers, CancellationToken ct)
    {
        // EF.Parameter: one JSON parameter for an import's thousands of names, not one SQL parameter each.
        var names = newcomers.Select(w => w.NormalizedName).Distinct().ToList();
        var existingByName = (await db.Workers.AsNoTracking()
                .Where(w => EF.Parameter(names).Contains(w.NormalizedName))
                .Select(w => new { w.Id, w.NormalizedName, w.BirthDate, w.Nik })
                .ToListAsync(ct))
            .ToLookup(w => (w.NormalizedName, w.BirthDate));

        var phones = newcomers.Where(w => w.Phone is not null).Select(w => w.Phone!).Distinct().ToList();
        var existingPerPhone = await db.Workers.AsNoTracking()
            .Where(w => w.Phone != null && EF.Parameter(phones).Contains(w.Phone))
            .GroupBy(w => w.Phone!)
            .Select(g => new { Phone = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Phone, x => x.Count, ct);
        var batchPerPhone = newcomers.Where(w => w.Phone is not null).GroupBy(w => w.Phone!).ToDictionary(g => g.Key, g => g.Count());
        var batchByName = newcomers.ToLookup(w => (w.NormalizedName, w.BirthDate));

        foreach (var worker in newcomers)
        {
            var key = (worker.NormalizedName, worker.BirthDate);
            var sameInDb = existingByName[key].Where(e => e.Nik != worker.Nik).Select(e => e.Id).ToList();
            var sameInBatch = batchByName[key].Count(w => !ReferenceEquals(w, worker));
            if (sameInDb.Count > 0)
            {
                worker.FlagForReview(string.Create(CultureInfo.InvariantCulture,
                    $"Nama dan tanggal lahir sama dengan pekerja #{string.Join(", #", sameInDb)}."));
                continue;
            }

            if (sameInBatch > 0)
            {
                worker.FlagForReview("Nama dan tanggal lahir sama dengan baris lain pada berkas yang sama.");
                continue;
            }

            if (worker.Phone is { } phone)
            {
                var total = existingPerPhone.GetValueOrDefault(phone) + batchPerPhone[phone];
                if (total > MaxWorkersPerPhone)
                {
                    worker.FlagForReview(string.Create(CultureInfo.InvariantCulture,
                        $"Nomor HP yang sama dipakai oleh {total} pekerja."));
                }
            }
        }
    }
}
