using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsrSponsorship.Core.Data.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.Property(i => i.Number).HasMaxLength(60);
        builder.Property(i => i.PeriodStart).HasConversion(MonthConversion.Required);
        builder.Property(i => i.PeriodEnd).HasConversion(MonthConversion.Required);
        builder.Property(i => i.LetterReference).HasMaxLength(Invoice.MaxLetterReferenceLength);
        builder.Property(i => i.VerificationToken).HasMaxLength(43);
        builder.Property(i => i.CancelReason).HasMaxLength(Invoice.MaxReasonLength);
        builder.Property(i => i.AddresseeName).HasMaxLength(200);
        builder.Property(i => i.AddresseeAddress).HasMaxLength(500);
        builder.Property(i => i.AddresseeNpwp).HasMaxLength(16);
        builder.Ignore(i => i.Addressee);
        builder.Property(i => i.CreatedByUserId).HasMaxLength(450);
        builder.Property(i => i.IssuedByUserId).HasMaxLength(450);
        builder.Property(i => i.CancelledByUserId).HasMaxLength(450);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.Outstanding);
        builder.Ignore(i => i.CoverageAheadOfPayment);
        builder.Ignore(i => i.IsLive);

        // An official number exists once; SQLite lets the many drafts without a number (NULL) coexist.
        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => i.VerificationToken).IsUnique();
        builder.HasIndex(i => new { i.CompanyId, i.Status });
        builder.HasIndex(i => new { i.Status, i.DueDate });

        builder.HasOne<Company>().WithMany().HasForeignKey(i => i.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Workers).WithOne().HasForeignKey(w => w.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        builder.ToTable("InvoiceLines");
        builder.Property(l => l.Description).HasMaxLength(200);
    }
}

internal sealed class InvoiceWorkerConfiguration : IEntityTypeConfiguration<InvoiceWorker>
{
    public void Configure(EntityTypeBuilder<InvoiceWorker> builder)
    {
        builder.ToTable("InvoiceWorkers");
        builder.Property(w => w.WorkerName).HasMaxLength(150);
        builder.Property(w => w.MaskedNik).HasMaxLength(16);
        builder.Property(w => w.DesaName).HasMaxLength(100);
        builder.Property(w => w.OccupationName).HasMaxLength(250);
        builder.Property(w => w.PeriodStart).HasConversion(MonthConversion.Required);
        builder.Ignore(w => w.PeriodEnd);
        // A sponsorship is billed on at most one live invoice, even when two drafts are made at once. FALSE, not 0:
        // the filter must read the same on SQLite (integer) and PostgreSQL (boolean).
        builder.HasIndex(w => w.SponsorshipId).IsUnique().HasFilter("\"Released\" = FALSE");
        // What a page of sponsorships was billed: EF writes "NOT Released", which SQLite does not match to the filter
        // above, so the look-up by sponsorship has an index of its own (decision 0209).
        builder.HasIndex(w => new { w.SponsorshipId, w.Released });
        builder.HasOne<Sponsorship>().WithMany().HasForeignKey(w => w.SponsorshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(w => w.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.Property(p => p.BankReference).HasMaxLength(Payment.MaxReferenceLength);
        builder.Property(p => p.RecordedByUserId).HasMaxLength(450);
        builder.Property(p => p.ReversedByUserId).HasMaxLength(450);
        builder.Property(p => p.ReversedReason).HasMaxLength(300);
        builder.Property(p => p.ReceiptNumber).HasMaxLength(60);
        builder.Property(p => p.ReceiptVerificationToken).HasMaxLength(43);
        builder.Property(p => p.PayerName).HasMaxLength(200);
        builder.Property(p => p.PayerAddress).HasMaxLength(500);
        builder.Property(p => p.PayerNpwp).HasMaxLength(16);
        builder.Ignore(p => p.Payer);
        builder.Property(p => p.Version).IsConcurrencyToken();

        // Idempotency: one valid payment per invoice and bank reference. A reversed payment steps
        // aside so the corrected entry can reuse the reference.
        builder.HasIndex(p => new { p.InvoiceId, p.BankReference }).IsUnique().HasFilter("\"Status\" = 1");
        builder.HasIndex(p => p.ReceiptNumber).IsUnique();
        builder.HasIndex(p => p.ReceiptVerificationToken).IsUnique();
        // The payment list's order, newest payment date first then id (keyset paging, decision 0209's consequences).
        builder.HasIndex(p => new { p.PaidOn, p.Id });

        builder.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Proof).WithMany().HasForeignKey(p => p.ProofId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentProofConfiguration : IEntityTypeConfiguration<PaymentProof>
{
    public void Configure(EntityTypeBuilder<PaymentProof> builder)
    {
        builder.ToTable("PaymentProofs");
        builder.Property(p => p.FileName).HasMaxLength(200);
        builder.Property(p => p.ContentType).HasMaxLength(50);
        builder.Property(p => p.Sha256).HasMaxLength(64);
    }
}

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> builder)
    {
        builder.ToTable("NumberSequences");
        builder.HasKey(s => new { s.DocumentType, s.Year });
        builder.Property(s => s.DocumentType).HasMaxLength(40);
    }
}

internal sealed class DocumentNumberTemplateConfiguration : IEntityTypeConfiguration<DocumentNumberTemplate>
{
    public void Configure(EntityTypeBuilder<DocumentNumberTemplate> builder)
    {
        builder.ToTable("DocumentNumberTemplates");
        builder.HasKey(t => t.DocumentType);
        builder.Property(t => t.DocumentType).HasMaxLength(40);
        builder.Property(t => t.Template).HasMaxLength(150);
        builder.Property(t => t.Code).HasMaxLength(50);
        builder.Property(t => t.Unit).HasMaxLength(50);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
