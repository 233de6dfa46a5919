using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Data;
using ParPortal.Features.Articles;
using ParPortal.Features.Documents;
using ParPortal.Features.Hotlines;
using ParPortal.Features.IndexResults;
using ParPortal.Features.Plans;
using ParPortal.Features.Procedures;

namespace ParPortal.Features.Content;

internal sealed class ArticleVersionConfiguration : IEntityTypeConfiguration<ArticleVersion>
{
    public void Configure(EntityTypeBuilder<ArticleVersion> b)
    {
        b.Property(x => x.Gallery).HasJsonConversion().HasColumnName("Gallery");
        b.Property(x => x.Attachments).HasJsonConversion().HasColumnName("Attachments");
        b.Property(x => x.Author).HasMaxLength(300);
        b.Property(x => x.Source).HasMaxLength(500);
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> b)
    {
        b.Property(x => x.Files).HasJsonConversion().HasColumnName("Files");
        b.Property(x => x.Number).HasMaxLength(100);
        b.Property(x => x.NumberKey).HasMaxLength(100);
        b.Property(x => x.DocumentType).HasMaxLength(100);
        b.HasIndex(x => x.NumberKey);

        // Plan progress (PlanProgressService.LoadInputAsync) reads published versions by their item's first
        // publication and needs nothing else from the row, so this partial index holds every column it reads: SQLite
        // answers from the index alone, in date order, without a lookup per version. It is declared here, on the
        // document type, only because DocumentType is one of those columns; like every index of a table-per-hierarchy
        // table it covers the versions of every type. IsPublished is repeated as the first key column because
        // SQLite matches the query's `"IsPublished" = TRUE` to the filter only that way (checked with EXPLAIN QUERY
        // PLAN). The filter's text is valid on both engines.
        b.HasIndex(
            [
                nameof(ContentVersion.IsPublished), nameof(ContentVersion.FirstPublishedUtc), nameof(ContentVersion.ContentItemId), "ContentType",
                nameof(ContentVersion.Title), nameof(DocumentVersion.DocumentType), nameof(ContentVersion.UnitId), nameof(ContentVersion.PublishedTopicIds),
            ],
            "IX_ContentVersions_PlanProgress")
            .HasFilter("\"IsPublished\" = TRUE");
    }
}

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> b)
    {
        b.Property(x => x.Code).HasMaxLength(64);
        b.Property(x => x.Field).HasMaxLength(300);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.OnlineLevel).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Channels).HasJsonConversion();
        b.Property(x => x.Steps).HasJsonConversion();
        b.Property(x => x.Dossier).HasJsonConversion();
        b.Property(x => x.LegalBases).HasJsonConversion();
        b.Property(x => x.RawImport).HasJsonConversion();
        b.HasIndex(x => x.Code);
    }
}

internal sealed class HotlineVersionConfiguration : IEntityTypeConfiguration<HotlineVersion>
{
    public void Configure(EntityTypeBuilder<HotlineVersion> b) => b.Property(x => x.Phones).HasJsonConversion();
}

internal sealed class IndexResultVersionConfiguration : IEntityTypeConfiguration<IndexResultVersion>
{
    public void Configure(EntityTypeBuilder<IndexResultVersion> b)
    {
        b.Property(x => x.IndexCode).HasMaxLength(32);
        b.Property(x => x.Scale).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Score).HasPrecision(9, 3);
        b.Property(x => x.Change).HasPrecision(9, 3);
        b.Property(x => x.Components).HasJsonConversion();
        b.Property(x => x.Year).HasColumnName("Year");
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> b)
    {
        b.Property(x => x.Year).HasColumnName("Year");
        b.Property(x => x.Number).HasColumnName("Number").HasMaxLength(100);
    }
}

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
