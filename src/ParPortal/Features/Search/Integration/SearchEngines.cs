using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPortal.Data;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Postgres;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Features.Search.Integration;

/// <summary>
/// Lucene beside SQLite. A search first makes sure that changes committed before it are in the index (waiting up
/// to <see cref="SearchOptions.FreshnessWait"/> for the indexer), so an editor who publishes and then searches finds
/// the item; the check is one read of the outbox's largest id.
/// </summary>
internal sealed class LuceneSearchEngine(EmbeddedSearch search, ParPortalDbContext db, SynonymSource synonyms, IOptions<SearchOptions> options) : ISearchEngine
{
    public bool IsRebuilding => search.IsRebuilding || !search.Index.IsOpen;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        if (!await ReadyAsync(ct))
        {
            var (page, pageSize) = SearchPaging.Clamp(request);
            return SearchResults.Empty(page, pageSize);
        }
        return search.Index.Search(request, await synonyms.GetAsync(db, ct));
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int limit, CancellationToken ct) =>
        await ReadyAsync(ct) ? search.Index.Suggest(prefix, limit) : [];

    private async Task<bool> ReadyAsync(CancellationToken ct)
    {
        if (!search.Index.IsOpen)
        {
            try
            {
                // Normally the indexer opened it at start; a host without the indexer opens it on first use.
                search.OpenNeedsRebuild();
            }
            catch (LockObtainFailedException)
            {
                return false;
            }
        }
        if (search.IndexerRunning && !search.IsRebuilding)
        {
            var pending = await db.SearchOutbox.MaxAsync(r => (long?)r.Id, ct) ?? 0;
            if (pending > search.IndexedThrough)
            {
                await search.WaitUntilIndexedAsync(pending, options.Value.FreshnessWait, ct);
            }
        }
        return true;
    }
}

/// <summary>PostgreSQL full-text search on the content database's own connection.</summary>
internal sealed class PostgresSearchEngine(ParPortalDbContext db, PostgresSearchIndex index, SynonymSource synonyms) : ISearchEngine
{
    public bool IsRebuilding => false;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var dictionary = await synonyms.GetAsync(db, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await index.SearchAsync(db.Database.GetDbConnection(), request, dictionary, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int limit, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await index.SuggestAsync(db.Database.GetDbConnection(), prefix, limit, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
