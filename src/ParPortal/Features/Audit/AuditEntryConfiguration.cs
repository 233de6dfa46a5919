using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPortal.Features.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditLog");
        b.Property(x => x.Action).HasMaxLength(32);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.ContentType).HasMaxLength(32);
        b.Property(x => x.Title).HasMaxLength(500);
        b.HasIndex(x => x.ContentItemId);
        b.HasIndex(x => x.TimestampUtc);
    }
}
