using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Postgres;

namespace ParPortal.Features.Search.Integration;

/// <summary>
/// Keeps search in step with content inside the content transaction. On SQLite it writes one outbox row per changed
/// item, which the Lucene indexer applies after the commit (<see cref="LuceneIndexer"/>); on PostgreSQL it writes
/// the index rows themselves: the published row follows publish, unpublish and delete, and a draft row (admin
/// search) follows the latest version while it differs from the published one. Either way the change and what search
/// will show of it commit or roll back together.
/// </summary>
internal sealed class SearchContentHandler(ParPortalDbContext db, PostgresSearchIndex postgres, SearchDocuments documents, TimeProvider clock) : IContentBatchHandler
{
    /// <summary>
    /// The same result as <see cref="HandleAsync"/> per change in fewer statements: one multi-row outbox insert, or
    /// one upsert of every published document. Changes of one item must stay in order, so on PostgreSQL a list naming
    /// an item twice, or holding a delete, is handled change by change.
    /// </summary>
    public async Task HandleManyAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct)
    {
        var searchable = changes.Where(c => documents.IsSearchable(c.Item.ContentType)).ToList();
        if (searchable.Count == 0)
        {
            return;
        }
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (!db.Database.IsNpgsql())
        {
            await EnqueueAsync(searchable.Select(c => c.Item.Id).Distinct().ToList(), ct);
            return;
        }
        if (searchable.Any(c => c.Event == ContentEvent.Deleted || c.Published is null)
            || searchable.Select(c => c.Item.Id).Distinct().Count() != searchable.Count)
        {
            foreach (var change in searchable)
            {
                await HandleAsync(change, ct);
            }
            return;
        }
        await postgres.UpsertAsync(connection, transaction, searchable.Select(c => documents.From(c.Published!, c.Item, asPublished: true)).ToList(), ct);
        var drafts = new List<SearchDocument>();
        foreach (var change in searchable)
        {
            if (change.Latest is { } latest && latest != change.Published && latest.VersionNumber != change.Published!.VersionNumber)
            {
                drafts.Add(documents.From(latest, change.Item, asPublished: false));
            }
            else
            {
                await postgres.DeleteAsync(connection, transaction, change.Item.Id, isPublished: false, ct);
            }
        }
        if (drafts.Count > 0)
        {
            await postgres.UpsertAsync(connection, transaction, drafts, ct);
        }
    }

    public async Task HandleAsync(ContentChange change, CancellationToken ct)
    {
        if (!documents.IsSearchable(change.Item.ContentType))
        {
            return;
        }
        if (!db.Database.IsNpgsql())
        {
            await EnqueueAsync([change.Item.Id], ct);
            return;
        }
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var id = change.Item.Id;
        if (change.Event == ContentEvent.Deleted)
        {
            await postgres.DeleteAsync(connection, transaction, id, null, ct);
            return;
        }
        if (change.Published is { } published)
        {
            await postgres.UpsertAsync(connection, transaction, [documents.From(published, change.Item, asPublished: true)], ct);
        }
        else
        {
            await postgres.DeleteAsync(connection, transaction, id, isPublished: true, ct);
        }
        if (change.Latest is { } latest && latest.VersionNumber != change.Published?.VersionNumber)
        {
            await postgres.UpsertAsync(connection, transaction, [documents.From(latest, change.Item, asPublished: false)], ct);
        }
        else
        {
            await postgres.DeleteAsync(connection, transaction, id, isPublished: false, ct);
        }
    }

    /// <summary>
    /// Writes outbox rows through the content transaction's connection. Plain SQL rather than the change tracker: an
    /// import may track thousands of entities, and SaveChanges would scan them all again.
    /// </summary>
    private async Task EnqueueAsync(IReadOnlyList<Guid> items, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // The text forms EF Core's SQLite provider uses for Guid and DateTime, so EF reads these rows like its own.
        var now = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        foreach (var chunk in items.Chunk(400))
        {
            await using var command = DbCommands.Create(connection, transaction,
                "INSERT INTO \"SearchOutbox\" (\"ContentItemId\", \"EnqueuedUtc\") VALUES "
                + string.Join(", ", chunk.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"(@i{i}, @t)"))));
            command.Add("@t", now);
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Add("@i" + i.ToString(CultureInfo.InvariantCulture), chunk[i].ToString().ToUpperInvariant());
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}

/// <summary>Wakes the Lucene indexer once a content change has committed, so it is searchable within milliseconds.</summary>
internal sealed class SearchIndexSignal(EmbeddedSearch search) : IContentCommittedObserver
{
    public void OnCommitted(ContentChange change) => search.Signal();
}
