using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsrSponsorship.Core.Data.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("Companies");
        builder.Property(c => c.LegalName).HasMaxLength(200);
        builder.Property(c => c.Npwp).HasMaxLength(16);
        builder.Property(c => c.Nib).HasMaxLength(13);
        builder.Property(c => c.Address).HasMaxLength(500);
        builder.Property(c => c.ContactName).HasMaxLength(150);
        builder.Property(c => c.ContactPhone).HasMaxLength(20);
        builder.Property(c => c.ContactEmail).HasMaxLength(150);
        builder.HasIndex(c => c.LegalName);
        builder.HasMany(c => c.OperatingDesa).WithOne().HasForeignKey(d => d.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.OperatingDesa).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Npwp).IsUnique();
    }
}

internal sealed class CompanyOperatingDesaConfiguration : IEntityTypeConfiguration<CompanyOperatingDesa>
{
    public void Configure(EntityTypeBuilder<CompanyOperatingDesa> builder)
    {
        builder.ToTable("CompanyOperatingDesa");
        builder.HasKey(d => new { d.CompanyId, d.DesaCode });
        builder.Property(d => d.DesaCode).HasMaxLength(13);
        builder.HasOne<Domain.Wilayah.Desa>().WithMany().HasForeignKey(d => d.DesaCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(150);
        builder.HasOne<Company>().WithMany().HasForeignKey(u => u.CompanyId).OnDelete(DeleteBehavior.Restrict);
    }
}
