using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Features.Recipes;

namespace ParPortal.Features.Settings;

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> b)
    {
        b.ToTable("SiteSettings");
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}

internal sealed class RecipeRunConfiguration : IEntityTypeConfiguration<RecipeRun>
{
    public void Configure(EntityTypeBuilder<RecipeRun> b)
    {
        b.ToTable("RecipeRuns");
        b.HasIndex(x => x.Name);
    }
}
