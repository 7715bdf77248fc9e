using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Outreach;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Outreach;

// Leads that were not converted are deleted after Lead.RetentionDays (the consent statement says so); a registered one
// keeps only its link to the worker. Run by a scheduled job; each run that deletes anything leaves one audit entry with
// the count and the cut-off, never the names or numbers.
public sealed class LeadRetention(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public const string DeletedAction = "LeadsDeleted";

    public async Task<int> DeleteExpiredAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-Lead.RetentionDays);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var expired = db.Leads.Where(l => l.CreatedAtUtc < cutoff && l.Status != LeadStatus.Didaftarkan);
        var ids = await expired.Select(l => l.Id).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return 0;
        }

        await db.Set<LeadContact>().Where(c => ids.Contains(c.LeadId)).ExecuteDeleteAsync(ct);
        var deleted = await db.Leads.Where(l => ids.Contains(l.Id)).ExecuteDeleteAsync(ct);
        db.AuditEntries.Add(AuditEntry.Event(now, AuditActor.System, DeletedAction, nameof(Lead), "", new { Deleted = deleted, CreatedBeforeUtc = cutoff }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return deleted;
    }
}
