using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Data;

namespace ParPortal.Features.Media;

/// <summary>Maps <see cref="MediaFile"/> to the <c>MediaFiles</c> table; the variants are one JSON text column.</summary>
public sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.ToTable("MediaFiles");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.OriginalFileName).HasMaxLength(255).IsRequired();
        builder.Property(m => m.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.AltText).HasMaxLength(500);
        builder.Property(m => m.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.HasIndex(m => m.Sha256);
        builder.HasIndex(m => m.CreatedUtc);

        builder.Property(m => m.Variants).HasJsonConversion();
    }
}
