using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPortal.Features.Units;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.ToTable("Units");
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Kind).HasMaxLength(64);
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Successors).WithMany(x => x.Predecessors).UsingEntity(
            "UnitSuccessors",
            r => r.HasOne(typeof(Unit)).WithMany().HasForeignKey("SuccessorId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Unit)).WithMany().HasForeignKey("UnitId").OnDelete(DeleteBehavior.Cascade));
    }
}
