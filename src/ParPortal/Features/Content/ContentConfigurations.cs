using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Features.Topics;

namespace ParPortal.Features.Content;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> b)
    {
        b.ToTable("ContentItems");
        b.Property(x => x.ContentType).HasMaxLength(32);
        b.Property(x => x.Slug).HasMaxLength(160);
        b.Property(x => x.ExternalKey).HasMaxLength(160);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.ContentType, x.Slug }).IsUnique();
        b.HasIndex(x => x.ExternalKey).IsUnique();
        b.HasIndex(x => x.ScheduledPublishUtc);
        b.HasIndex(x => x.ScheduledUnpublishUtc);
        b.HasMany(x => x.Versions).WithOne(v => v.Item).HasForeignKey(v => v.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.TaskLinks).WithOne().HasForeignKey(l => l.ContentItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> b)
    {
        b.ToTable("ContentVersions");
        // Each type's own configuration (beside its version class) sets its discriminator value: IsContentType.
        b.HasDiscriminator<string>(ContentVersionModel.Discriminator);
        b.Property(ContentVersionModel.Discriminator).HasMaxLength(32);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.TitleKey).HasMaxLength(1000);
        b.Property(x => x.TitleOrder).HasMaxLength(1000);
        b.Property(x => x.Summary).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.ChangeNote).HasMaxLength(500);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.ContentItemId, x.VersionNumber }).IsUnique();
        // The hot paths: public lists read published versions, admin lists read latest versions.
        b.HasIndex(x => new { x.IsPublished, x.PublishedUtc });
        b.HasIndex(x => new { x.IsLatest, x.State });
        // Every public list reads one type's published versions, newest first. SQLite uses no index for a bare boolean
        // condition ("IsPublished" is no equality), except as the condition of a partial index: without this one each
        // list, count and facet scanned the whole table (hundreds of milliseconds at 100,000 items).
        // Id ends the key because every list breaks ties of PublishedUtc by Id: without it SQLite read each skipped
        // row from the table to sort ties, and a late sitemap file (OFFSET 78,000) cost 160 ms of CPU (issue 16).
        // ContentItemId last: a sitemap file reads its 1,000 versions' item ids from the index alone instead of from
        // 1,000 table rows (3 ms → 1 ms at 10,000 items, sqlite3 on the page bench's database).
        b.HasIndex(ContentVersionModel.Discriminator, nameof(ContentVersion.PublishedUtc), nameof(ContentVersion.Id), nameof(ContentVersion.ContentItemId))
            .HasDatabaseName("IX_ContentVersions_Published_Type")
            .HasFilter("\"IsPublished\"");
        b.Property(x => x.PublishedTopicIds).HasMaxLength(1000);
        // Plan progress has its own covering index, declared with the document type (it needs DocumentType).
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Topics).WithMany().UsingEntity(
            "ContentVersionTopics",
            r => r.HasOne(typeof(Topic)).WithMany().HasForeignKey("TopicId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(ContentVersion)).WithMany().HasForeignKey("VersionId").OnDelete(DeleteBehavior.Cascade));
    }
}

internal sealed class ContentTaskLinkConfiguration : IEntityTypeConfiguration<ContentTaskLink>
{
    public void Configure(EntityTypeBuilder<ContentTaskLink> b)
    {
        b.ToTable("ContentTaskLinks");
        b.HasKey(x => new { x.ContentItemId, x.PlanItemId, x.TaskCode });
        b.Property(x => x.TaskCode).HasMaxLength(32);
        b.HasIndex(x => x.PlanItemId);
    }
}

/// <summary>How a content type's version joins the one versions table (table-per-hierarchy).</summary>
public static class ContentVersionModel
{
    /// <summary>The discriminator column: the type's registered name (see <see cref="Types.ContentTypeDefinition.Name"/>).</summary>
    public const string Discriminator = "ContentType";

    /// <summary>Maps a version class into the versions table under its type name.</summary>
    public static EntityTypeBuilder<TVersion> IsContentType<TVersion>(this EntityTypeBuilder<TVersion> b, string typeName)
        where TVersion : ContentVersion
    {
        b.HasBaseType<ContentVersion>();
        b.Metadata.SetDiscriminatorValue(typeName);
        return b;
    }
}
