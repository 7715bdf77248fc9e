using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Wilayah;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsrSponsorship.Core.Data.Configurations;

internal sealed class DeskConfiguration : IEntityTypeConfiguration<Desk>
{
    public void Configure(EntityTypeBuilder<Desk> builder)
    {
        builder.ToTable("Desks");
        builder.Property(d => d.Name).HasMaxLength(Desk.NameMax);
        builder.Property(d => d.DesaCode).HasMaxLength(13);
        builder.Property(d => d.KecamatanCode).HasMaxLength(8);
        builder.Property(d => d.Address).HasMaxLength(Desk.AddressMax);
        builder.Property(d => d.Phone).HasMaxLength(15);
        builder.Property(d => d.SeedKey).HasMaxLength(40);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => d.Name).IsUnique();
        builder.HasIndex(d => d.SeedKey).IsUnique();
        builder.HasIndex(d => new { d.KecamatanCode, d.Name });
        builder.HasOne<Desa>().WithMany().HasForeignKey(d => d.DesaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Kecamatan>().WithMany().HasForeignKey(d => d.KecamatanCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Agents).WithOne().HasForeignKey(a => a.DeskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Agents).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DeskAgentConfiguration : IEntityTypeConfiguration<DeskAgent>
{
    public void Configure(EntityTypeBuilder<DeskAgent> builder)
    {
        builder.ToTable("DeskAgents");
        builder.HasKey(a => new { a.DeskId, a.UserId });
        builder.Property(a => a.UserId).HasMaxLength(450);
        // "Which desks does this agent serve?" on every registration.
        builder.HasIndex(a => a.UserId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutreachActivityConfiguration : IEntityTypeConfiguration<OutreachActivity>
{
    public void Configure(EntityTypeBuilder<OutreachActivity> builder)
    {
        builder.ToTable("OutreachActivities");
        builder.Property(a => a.Title).HasMaxLength(OutreachActivity.TitleMax);
        builder.Property(a => a.DesaCode).HasMaxLength(13);
        builder.Property(a => a.KecamatanCode).HasMaxLength(8);
        builder.Property(a => a.GroupName).HasMaxLength(150);
        builder.Property(a => a.Team).HasMaxLength(OutreachActivity.TeamMax);
        builder.Property(a => a.Notes).HasMaxLength(OutreachActivity.NotesMax);
        builder.Property(a => a.CancelReason).HasMaxLength(300);
        builder.Property(a => a.CreatedByUserId).HasMaxLength(450);
        builder.Property(a => a.Version).IsConcurrencyToken();
        // The list and the calendar: newest first, by kecamatan or not.
        builder.HasIndex(a => new { a.StartsAtUtc, a.Id });
        builder.HasIndex(a => new { a.KecamatanCode, a.StartsAtUtc });
        builder.HasOne<Desa>().WithMany().HasForeignKey(a => a.DesaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Kecamatan>().WithMany().HasForeignKey(a => a.KecamatanCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Companies).WithOne().HasForeignKey(c => c.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Companies).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OutreachCompanyConfiguration : IEntityTypeConfiguration<OutreachCompany>
{
    public void Configure(EntityTypeBuilder<OutreachCompany> builder)
    {
        builder.ToTable("OutreachCompanies");
        builder.HasKey(c => new { c.ActivityId, c.CompanyId });
        builder.HasIndex(c => c.CompanyId);
        builder.HasOne<Domain.Companies.Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.ToTable("Leads");
        builder.Property(l => l.FullName).HasMaxLength(Lead.NameMax);
        builder.Property(l => l.DesaCode).HasMaxLength(13);
        builder.Property(l => l.KecamatanCode).HasMaxLength(8);
        builder.Property(l => l.OccupationCode).HasMaxLength(40);
        builder.Property(l => l.Phone).HasMaxLength(15);
        builder.Property(l => l.Note).HasMaxLength(Lead.NoteMax);
        builder.Property(l => l.ConsentVersion).HasMaxLength(20);
        builder.Property(l => l.ClosedReason).HasMaxLength(300);
        builder.Property(l => l.NominatedBy).HasMaxLength(150);
        // A desk's open leads, newest first; the per-phone limit; the retention clean-up.
        builder.HasIndex(l => new { l.KecamatanCode, l.Status, l.CreatedAtUtc });
        builder.HasIndex(l => new { l.Phone, l.CreatedAtUtc });
        builder.HasIndex(l => l.CreatedAtUtc);
        builder.HasOne<Desa>().WithMany().HasForeignKey(l => l.DesaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Contacts).WithOne().HasForeignKey(c => c.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LeadContactConfiguration : IEntityTypeConfiguration<LeadContact>
{
    public void Configure(EntityTypeBuilder<LeadContact> builder)
    {
        builder.ToTable("LeadContacts");
        builder.Property(c => c.Note).HasMaxLength(300);
        builder.Property(c => c.UserId).HasMaxLength(450);
    }
}

internal sealed class OutreachAttachmentConfiguration : IEntityTypeConfiguration<OutreachAttachment>
{
    public void Configure(EntityTypeBuilder<OutreachAttachment> builder)
    {
        builder.ToTable("OutreachAttachments");
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(50);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedByUserId).HasMaxLength(450);
        builder.HasIndex(a => a.ActivityId);
        builder.HasOne<OutreachActivity>().WithMany().HasForeignKey(a => a.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
