using CsrSponsorship.Core.Domain.Contributions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CsrSponsorship.Core.Data.Configurations;

// Months are stored as yyyymm integers so SQL can compare and range over them.
internal static class MonthConversion
{
    public static readonly ValueConverter<YearMonth, int> Required = new(m => m.Number, n => YearMonth.FromNumber(n));

    public static readonly ValueConverter<YearMonth?, int?> Optional = new(
        m => m.HasValue ? m.Value.Number : null, n => n.HasValue ? YearMonth.FromNumber(n.Value) : null);
}

internal sealed class RateVersionConfiguration : IEntityTypeConfiguration<RateVersionRecord>
{
    public void Configure(EntityTypeBuilder<RateVersionRecord> builder)
    {
        builder.ToTable("RateVersions");
        builder.Property(r => r.ValidFrom).HasConversion(MonthConversion.Required);
        builder.Property(r => r.ValidTo).HasConversion(MonthConversion.Optional);
        builder.Property(r => r.LegalBasis).HasMaxLength(300);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.ValidFrom).IsUnique();
        builder.HasMany(r => r.DiscountWindows).WithOne().HasForeignKey(w => w.RateVersionRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DiscountWindowConfiguration : IEntityTypeConfiguration<DiscountWindowRecord>
{
    public void Configure(EntityTypeBuilder<DiscountWindowRecord> builder)
    {
        builder.ToTable("RateDiscountWindows");
        builder.Property(w => w.From).HasConversion(MonthConversion.Required);
        builder.Property(w => w.To).HasConversion(MonthConversion.Required);
        builder.Property(w => w.ExcludedFundingSources).HasMaxLength(100);
        builder.Property(w => w.LegalBasis).HasMaxLength(300);
    }
}

internal sealed class ProgrammeSettingsConfiguration : IEntityTypeConfiguration<ProgrammeSettings>
{
    public void Configure(EntityTypeBuilder<ProgrammeSettings> builder)
    {
        builder.ToTable("ProgrammeSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
