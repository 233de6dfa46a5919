using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Data;

namespace ParPortal.Features.IndexResults;

internal sealed class IndexDefinitionConfiguration : IEntityTypeConfiguration<IndexDefinition>
{
    public void Configure(EntityTypeBuilder<IndexDefinition> b)
    {
        b.ToTable("IndexDefinitions");
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(32);
        b.Property(x => x.Scale).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ComponentNames).HasJsonConversion();
    }
}
