using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ParPortal.Features.Media;

/// <summary>Maps <see cref="MediaFile"/> to the <c>MediaFiles</c> table; the variants are one JSON text column.</summary>
public sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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

        // A plain string column (TEXT on SQLite, text on PostgreSQL) keeps the mapping identical on both providers;
        // the comparer lets EF detect changes made inside the list.
        var converter = new ValueConverter<List<MediaVariant>, string>(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<List<MediaVariant>>(s, Json) ?? new List<MediaVariant>());
        var comparer = new ValueComparer<List<MediaVariant>>(
            (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
            v => v.ToList());
        builder.Property(m => m.Variants).HasConversion(converter, comparer).IsRequired();
    }
}
