using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Search.Integration;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Rebuilds the Lucene index from the content tables. The first commit marks the index incomplete, so a process
/// killed in the middle rebuilds again at its next start; the last marks it complete with the outbox position read
/// before the content, so every change after that position is applied afterwards (changes in between are applied
/// twice, which is harmless: the indexer writes an item's current state, not a delta).
/// </summary>
internal static class LuceneRebuild
{
    /// <summary>Documents between intermediate commits: searches see a growing index during a long rebuild.</summary>
    private const int CommitEvery = 20_000;

    public static async Task<int> RunAsync(EmbeddedSearch search, ParPortalDbContext db, SearchDocuments documents, CancellationToken ct)
    {
        search.BeginRebuild();
        var through = await db.SearchOutbox.MaxAsync(r => (long?)r.Id, ct) ?? search.Index.OutboxMark;
        var index = search.Index;
        index.DeleteAll();
        index.Commit(index.OutboxMark, complete: false);
        var count = 0;
        var sinceCommit = 0;
        await foreach (var page in IndexedVersions.AllAsync(db, documents, ct))
        {
            index.Add(page);
            count += page.Count;
            sinceCommit += page.Count;
            if (sinceCommit >= CommitEvery)
            {
                index.Commit(index.OutboxMark, complete: false);
                sinceCommit = 0;
            }
        }
        index.Commit(through, complete: true);
        await db.SearchOutbox.Where(r => r.Id <= through).ExecuteDeleteAsync(ct);
        search.EndRebuild(through);
        return count;
    }
}
