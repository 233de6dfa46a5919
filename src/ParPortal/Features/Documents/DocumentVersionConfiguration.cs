using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Documents;

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> b)
    {
        b.IsContentType(ContentTypes.Document);
        b.Property(x => x.Files).HasJsonConversion().HasColumnName("Files");
        b.Property(x => x.Number).HasMaxLength(100);
        b.Property(x => x.NumberKey).HasMaxLength(100);
        b.Property(x => x.DocumentType).HasMaxLength(100);
        b.HasIndex(x => x.NumberKey);
        // The public documents list, newest issue first: read in index order and stopped after one page, instead of
        // sorting every published document (10 ms at 10,000 documents, issue 16). Partial like Published_Type.
        b.HasIndex(["ContentType", nameof(DocumentVersion.IssueDate), nameof(ContentVersion.PublishedUtc)], "IX_ContentVersions_Published_Issued")
            .HasFilter("\"IsPublished\"");

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
