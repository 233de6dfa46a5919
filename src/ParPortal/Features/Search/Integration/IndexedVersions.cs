using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Search.Integration;

/// <summary>
/// Which versions the index holds, read from the content tables: each searchable item's published version (public
/// search) and its latest version when that is not the published one (admin search). Both engines' rebuilds and the
/// Lucene indexer read content through here, so they always agree on what an item's documents are.
/// </summary>
internal static class IndexedVersions
{
    /// <summary>Versions per query in a rebuild: keyset paging over ids keeps memory flat whatever the site's size.</summary>
    public const int PageSize = 1000;

    /// <summary>The documents of the given items as they are now (none for a deleted item).</summary>
    public static async Task<IReadOnlyList<SearchDocument>> ForItemsAsync(ParPortalDbContext db, SearchDocuments documents, IReadOnlyCollection<Guid> items, CancellationToken ct)
    {
        var versions = new List<ContentVersion>();
        foreach (var chunk in items.Chunk(500))
        {
            versions.AddRange(await Query(db).Where(v => chunk.Contains(v.ContentItemId)).AsSplitQuery().ToListAsync(ct));
        }
        return ToDocuments(versions, documents);
    }

    /// <summary>Every document, a page at a time.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(ParPortalDbContext db, SearchDocuments documents, [EnumeratorCancellation] CancellationToken ct)
    {
        Guid? after = null;
        while (true)
        {
            var q = Query(db);
            if (after is { } last)
            {
                q = q.Where(v => v.Id.CompareTo(last) > 0);
            }
            var page = await q.OrderBy(v => v.Id).Take(PageSize).AsSplitQuery().ToListAsync(ct);
            if (page.Count == 0)
            {
                yield break;
            }
            after = page[^1].Id;
            db.ChangeTracker.Clear();
            yield return ToDocuments(page, documents);
        }
    }

    private static IQueryable<ContentVersion> Query(ParPortalDbContext db) =>
        db.ContentVersions.AsNoTracking().Include(v => v.Item).Include(v => v.Unit).Include(v => v.Topics).Where(v => v.IsPublished || v.IsLatest);

    private static List<SearchDocument> ToDocuments(IEnumerable<ContentVersion> versions, SearchDocuments documents) =>
        versions.Where(v => documents.IsSearchable(v.Item.ContentType) && (v.IsPublished || v.Item.PublishedVersionNumber != v.VersionNumber))
            .Select(v => documents.From(v, v.Item, asPublished: v.IsPublished))
            .ToList();
}
