using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.IndexResults;

internal sealed class IndexResultVersionConfiguration : IEntityTypeConfiguration<IndexResultVersion>
{
    public void Configure(EntityTypeBuilder<IndexResultVersion> b)
    {
        b.IsContentType(ContentTypes.IndexResult);
        b.Property(x => x.IndexCode).HasMaxLength(32);
        b.Property(x => x.Scale).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Score).HasPrecision(9, 3);
        b.Property(x => x.Change).HasPrecision(9, 3);
        b.Property(x => x.Components).HasJsonConversion();
        b.Property(x => x.Year).HasColumnName("Year");
    }
}
