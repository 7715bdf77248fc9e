using CsrSponsorship.Core.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data.Seeding;

// Number templates are the office's real numbering scheme (reference data, not demo): seeded once, then Admin's.
internal static class NumberingSeeder
{
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var existing = await db.DocumentNumberTemplates.Select(t => t.DocumentType).ToListAsync(ct);
        db.DocumentNumberTemplates.AddRange(DocumentNumberTemplate.Defaults().Where(t => !existing.Contains(t.DocumentType)));
        await db.SaveChangesAsync(ct);
    }
}
