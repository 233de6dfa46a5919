using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Hotlines;

internal sealed class HotlineVersionConfiguration : IEntityTypeConfiguration<HotlineVersion>
{
    public void Configure(EntityTypeBuilder<HotlineVersion> b)
    {
        b.IsContentType(ContentTypes.Hotline);
        b.Property(x => x.Phones).HasJsonConversion();
    }
}
