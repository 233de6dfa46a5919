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
internal sealed class SearchContentHandler(ParPortalDbContext db, SearchIndexFactory indexes, SearchDocuments documents) : IContentHandler
{
    public async Task HandleAsync(ContentChange change, CancellationToken ct)
    {
        if (!SearchDocuments.IsSearchable(change.Item.ContentType))
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

        if (change.Latest is { } latest && latest != change.Published && latest.VersionNumber != change.Published?.VersionNumber)
        {
            await index.UpsertAsync(connection, transaction, [documents.From(latest, change.Item, asPublished: false)], ct);
        }
        else
        {
            await index.DeleteAsync(connection, transaction, id, isPublished: false, ct);
        }
    }
}
