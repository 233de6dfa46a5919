using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Search.Integration;

/// <summary>
/// Keeps the index in step with content inside the content transaction: the published row changes with publish,
/// unpublish and delete; a draft row (admin search) follows the latest version while it differs from the published
/// one. Because it runs before the commit, the index and the content either both change or neither does.
/// </summary>
internal sealed class SearchContentHandler(ParPortalDbContext db, SearchIndexFactory indexes, SearchDocuments documents) : IContentBatchHandler
{
    /// <summary>
    /// The same rows as <see cref="HandleAsync"/> per change, with every published document written in one upsert
    /// (the index prepares its statements once per call, not once per item). Changes of one item must stay in
    /// order, so a list naming an item twice, or holding a delete, is handled change by change.
    /// </summary>
    public async Task HandleManyAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct)
    {
        var searchable = changes.Where(c => documents.IsSearchable(c.Item.ContentType)).ToList();
        if (searchable.Count == 0)
        {
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

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var index = indexes.For(connection);
        await index.UpsertAsync(connection, transaction, searchable.Select(c => documents.From(c.Published!, c.Item, asPublished: true)).ToList(), ct);
        var drafts = new List<SearchDocument>();
        foreach (var change in searchable)
        {
            if (change.Latest is { } latest && latest != change.Published && latest.VersionNumber != change.Published!.VersionNumber)
            {
                drafts.Add(documents.From(latest, change.Item, asPublished: false));
            }
            else
            {
                await index.DeleteAsync(connection, transaction, change.Item.Id, isPublished: false, ct);
            }
        }

        if (drafts.Count > 0)
        {
            await index.UpsertAsync(connection, transaction, drafts, ct);
        }
    }

    public async Task HandleAsync(ContentChange change, CancellationToken ct)
    {
        if (!documents.IsSearchable(change.Item.ContentType))
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var index = indexes.For(connection);
        var id = change.Item.Id;
        if (change.Event == ContentEvent.Deleted)
        {
            await index.DeleteAsync(connection, transaction, id, null, ct);
            return;
        }

        if (change.Published is { } published)
        {
            await index.UpsertAsync(connection, transaction, [documents.From(published, change.Item, asPublished: true)], ct);
        }
        else
        {
            await index.DeleteAsync(connection, transaction, id, isPublished: true, ct);
        }

        if (change.Latest is { } latest && latest.VersionNumber != change.Published?.VersionNumber)
        {
            await index.UpsertAsync(connection, transaction, [documents.From(latest, change.Item, asPublished: false)], ct);
        }
        else
        {
            await index.DeleteAsync(connection, transaction, id, isPublished: false, ct);
        }
    }
}
