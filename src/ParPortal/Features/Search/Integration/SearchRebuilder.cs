using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Search.Integration;

/// <summary>
/// Rebuilds the whole index from the content tables in one transaction (readers keep the old index until it
/// commits). Used by the <c>search rebuild</c> verb and after restoring a backup made without the index.
/// </summary>
public sealed class SearchRebuilder(ParPortalDbContext db, SearchIndexFactory indexes, SearchDocuments documents)
{
    private const int Batch = 500;

    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var index = indexes.For(connection);
        await index.EnsureSchemaAsync(connection, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var transaction = tx.GetDbTransaction();
        await index.ClearAsync(connection, transaction, ct);
        var count = 0;
        Guid? after = null;
        while (true)
        {
            // Keyset paging over ids keeps memory flat whatever the size of the site.
            var q = db.ContentVersions.AsNoTracking().Include(v => v.Item).Include(v => v.Unit).Include(v => v.Topics)
                .Where(v => v.IsPublished || v.IsLatest);
            if (after is { } last)
            {
                q = q.Where(v => v.Id.CompareTo(last) > 0);
            }

            var page = await q.OrderBy(v => v.Id).Take(Batch).AsSplitQuery().ToListAsync(ct);
            if (page.Count == 0)
            {
                break;
            }

            var docs = page.Where(v => documents.IsSearchable(v.Item.ContentType) && (v.IsPublished || v.Item.PublishedVersionNumber != v.VersionNumber))
                .Select(v => documents.From(v, v.Item, asPublished: v.IsPublished)).ToList();
            await index.UpsertAsync(connection, transaction, docs, ct);
            count += docs.Count;
            after = page[^1].Id;
        }

        await tx.CommitAsync(ct);
        return count;
    }
}
