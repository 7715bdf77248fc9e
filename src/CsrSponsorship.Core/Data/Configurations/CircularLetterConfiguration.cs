using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsrSponsorship.Core.Data.Configurations;

internal sealed class CircularLetterConfiguration : IEntityTypeConfiguration<CircularLetter>
{
    public void Configure(EntityTypeBuilder<CircularLetter> builder)
    {
        builder.ToTable("CircularLetters");
        builder.Property(l => l.Number).HasMaxLength(60);
        builder.Property(l => l.VerificationToken).HasMaxLength(43);
        builder.Property(l => l.DraftedByUserId).HasMaxLength(450);
        builder.Property(l => l.ReviewedByUserId).HasMaxLength(450);
        builder.Property(l => l.SignedByUserId).HasMaxLength(450);
        builder.Property(l => l.UploadedFileName).HasMaxLength(260);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.Content);
        builder.Ignore(l => l.IsSigned);
        builder.HasIndex(l => l.Number).IsUnique();
        builder.HasIndex(l => l.VerificationToken).IsUnique();
        builder.HasIndex(l => l.OriginalLetterId);
        builder.HasOne<CircularLetter>().WithMany().HasForeignKey(l => l.OriginalLetterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Events).WithOne().HasForeignKey(e => e.LetterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Recipients).WithOne().HasForeignKey(r => r.LetterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(l => l.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LetterEventConfiguration : IEntityTypeConfiguration<LetterEvent>
{
    public void Configure(EntityTypeBuilder<LetterEvent> builder)
    {
        builder.ToTable("CircularLetterEvents");
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Note).HasMaxLength(CircularLetter.MaxNoteLength);
    }
}

internal sealed class LetterRecipientConfiguration : IEntityTypeConfiguration<LetterRecipient>
{
    public void Configure(EntityTypeBuilder<LetterRecipient> builder)
    {
        builder.ToTable("CircularLetterRecipients");
        builder.Property(r => r.CompanyName).HasMaxLength(200);
        builder.Ignore(r => r.HasResponded);
        builder.HasIndex(r => new { r.LetterId, r.CompanyId }).IsUnique();
        builder.HasIndex(r => r.CompanyId);
        builder.HasOne<Company>().WithMany().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.Restrict);
    }
}
