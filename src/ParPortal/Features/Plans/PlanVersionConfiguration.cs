using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Plans;

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> b)
    {
        b.IsContentType(ContentTypes.Plan);
        b.Property(x => x.Year).HasColumnName("Year");
        b.Property(x => x.Number).HasColumnName("Number").HasMaxLength(100);
    }
}
