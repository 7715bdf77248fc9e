using CsrSponsorship.Core.Domain.Contributions;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data.Seeding;

// The regulated rates are real reference data, not demo data: seeded once, then Admin's to maintain.
internal static class RateSeeder
{
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (!await db.RateVersions.AnyAsync(ct))
        {
            db.RateVersions.AddRange(DefaultRates.All.Select(RateVersionRecord.From));
        }

        if (!await db.ProgrammeSettings.AnyAsync(ct))
        {
            db.ProgrammeSettings.Add(new ProgrammeSettings());
        }

        await db.SaveChangesAsync(ct);
    }
}
