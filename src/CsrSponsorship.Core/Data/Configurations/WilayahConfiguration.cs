using CsrSponsorship.Core.Domain.Wilayah;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsrSponsorship.Core.Data.Configurations;

internal sealed class KecamatanConfiguration : IEntityTypeConfiguration<Kecamatan>
{
    public void Configure(EntityTypeBuilder<Kecamatan> builder)
    {
        builder.ToTable("Kecamatan");
        builder.HasKey(k => k.Code);
        builder.Property(k => k.Code).HasMaxLength(8);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.HasMany(k => k.Desa).WithOne(d => d.Kecamatan).HasForeignKey(d => d.KecamatanCode);
    }
}

internal sealed class DesaConfiguration : IEntityTypeConfiguration<Desa>
{
    public void Configure(EntityTypeBuilder<Desa> builder)
    {
        builder.ToTable("Desa");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(13);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.FormerName).HasMaxLength(100);
        builder.Property(d => d.KecamatanCode).HasMaxLength(8);
        builder.HasIndex(d => d.KecamatanCode);
    }
}

internal sealed class ProgrammeAreaConfiguration : IEntityTypeConfiguration<ProgrammeAreaKecamatan>
{
    public void Configure(EntityTypeBuilder<ProgrammeAreaKecamatan> builder)
    {
        builder.ToTable("ProgrammeArea");
        builder.HasKey(p => p.KecamatanCode);
        builder.Property(p => p.KecamatanCode).HasMaxLength(8);
        builder.HasOne(p => p.Kecamatan).WithMany().HasForeignKey(p => p.KecamatanCode);
    }
}
