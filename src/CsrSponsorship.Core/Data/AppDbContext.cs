using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data.Auditing;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Wilayah;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Kecamatan> Kecamatan => Set<Kecamatan>();

    public DbSet<Desa> Desa => Set<Desa>();

    public DbSet<ProgrammeAreaKecamatan> ProgrammeArea => Set<ProgrammeAreaKecamatan>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Desk> Desks => Set<Desk>();

    public DbSet<DeskAgent> DeskAgents => Set<DeskAgent>();

    public DbSet<OutreachActivity> OutreachActivities => Set<OutreachActivity>();

    public DbSet<OutreachCompany> OutreachCompanies => Set<OutreachCompany>();

    public DbSet<OutreachAttachment> OutreachAttachments => Set<OutreachAttachment>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<Worker> Workers => Set<Worker>();

    public DbSet<WorkerEvent> WorkerEvents => Set<WorkerEvent>();

    // Maintained by triggers on Workers (decision 0212): read it, never write it.
    public DbSet<WorkerCount> WorkerCounts => Set<WorkerCount>();

    public DbSet<RateVersionRecord> RateVersions => Set<RateVersionRecord>();

    public DbSet<ProgrammeSettings> ProgrammeSettings => Set<ProgrammeSettings>();

    public DbSet<Sponsorship> Sponsorships => Set<Sponsorship>();

    public DbSet<CoverageMonth> CoverageMonths => Set<CoverageMonth>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceWorker> InvoiceWorkers => Set<InvoiceWorker>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentProof> PaymentProofs => Set<PaymentProof>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<DocumentNumberTemplate> DocumentNumberTemplates => Set<DocumentNumberTemplate>();

    public DbSet<CircularLetter> CircularLetters => Set<CircularLetter>();

    public DbSet<LetterEvent> LetterEvents => Set<LetterEvent>();

    public DbSet<LetterRecipient> LetterRecipients => Set<LetterRecipient>();

    // Cookie and antiforgery keys live with the data, so a restart or a second instance reads the same ring.
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        TextSearch.Register(builder, caseSensitiveLike: Database.IsNpgsql());
        WorkerNameIndex.Register(builder, postgreSql: Database.IsNpgsql());
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        var pending = ChangeAudit.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        AuditEntries.AddRange(ChangeAudit.ToRows(pending, DateTime.UtcNow, AuditActor.Current));
        base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return result;
    }

    // Audit rows are written after the change itself (generated ids are known only then) but in the same
    // transaction, so a change is never stored without its audit row.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        var pending = ChangeAudit.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AuditEntries.AddRange(ChangeAudit.ToRows(pending, DateTime.UtcNow, AuditActor.Current));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    // Saves, and turns a stale Version (someone else saved first) into the Indonesian conflict message.
    public async Task SaveOrConflictAsync(CancellationToken ct = default)
    {
        try
        {
            await SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }

    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                // The original value stays in the WHERE clause; the new one is what the next writer must match.
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
