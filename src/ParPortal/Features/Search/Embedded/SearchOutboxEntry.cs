using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// A content change the Lucene index has not taken in yet, written in the same transaction as the change itself
/// (the transactional outbox), so that a change is either committed together with its row or not at all. The
/// indexer reads rows in id order, indexes the items' current state, commits the index with the last id applied,
/// then deletes the rows. Only SQLite deployments write rows; PostgreSQL updates its index in the transaction.
/// </summary>
public sealed class SearchOutboxEntry
{
    /// <summary>Ever increasing (AUTOINCREMENT: ids of deleted rows are never reused, so the index's mark stays meaningful).</summary>
    public long Id { get; set; }

    /// <summary>The changed item; <see cref="Guid.Empty"/> asks for a rebuild of the whole index.</summary>
    public Guid ContentItemId { get; set; }

    public DateTime EnqueuedUtc { get; set; }
}

internal sealed class SearchOutboxEntryConfiguration : IEntityTypeConfiguration<SearchOutboxEntry>
{
    public void Configure(EntityTypeBuilder<SearchOutboxEntry> b)
    {
        b.ToTable("SearchOutbox");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
    }
}
