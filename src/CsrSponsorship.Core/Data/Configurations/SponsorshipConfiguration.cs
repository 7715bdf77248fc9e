using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsrSponsorship.Core.Data.Configurations;

internal sealed class SponsorshipConfiguration : IEntityTypeConfiguration<Sponsorship>
{
    public void Configure(EntityTypeBuilder<Sponsorship> builder)
    {
        builder.ToTable("Sponsorships");
        builder.Property(s => s.StartMonth).HasConversion(MonthConversion.Required);
        builder.Property(s => s.EndMonth).HasConversion(MonthConversion.Required);
        builder.Property(s => s.FunderName).HasMaxLength(150);
        builder.Property(s => s.CancelReason).HasMaxLength(300);
        builder.Property(s => s.OutcomeNote).HasMaxLength(300);
        builder.Property(s => s.OutcomeByUserId).HasMaxLength(450);
        builder.Property(s => s.CreatedByUserId).HasMaxLength(450);
        builder.Property(s => s.Version).IsConcurrencyToken();

        builder.HasIndex(s => new { s.CompanyId, s.Status });
        builder.HasIndex(s => new { s.Status, s.EndMonth });
        builder.HasIndex(s => s.WorkerId);
        builder.HasIndex(s => s.BatchId);
        // The sponsorship list is newest first, then by id: the index gives that whole order, so a page reads only its
        // own rows (decisions 0206, 0209).
        builder.HasIndex(s => new { s.CreatedAtUtc, s.Id }).IsDescending(true, false);

        builder.HasOne<Company>().WithMany().HasForeignKey(s => s.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(s => s.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sponsorship>().WithMany().HasForeignKey(s => s.PreviousSponsorshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Coverage).WithOne().HasForeignKey(c => c.SponsorshipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoverageMonthConfiguration : IEntityTypeConfiguration<CoverageMonth>
{
    public void Configure(EntityTypeBuilder<CoverageMonth> builder)
    {
        builder.ToTable("CoverageMonths");
        // The rule "a worker-month is covered at most once, whoever pays" lives here.
        builder.HasIndex(c => new { c.WorkerId, c.Month }).IsUnique();
        builder.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
