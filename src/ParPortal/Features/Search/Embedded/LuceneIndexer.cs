using Lucene.Net.Store;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParPortal.Data;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Search.Integration;
using ParPortal.Hosting;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Feeds the Lucene index of an SQLite site from the outbox: at start it opens the index (rebuilding it in the
/// background when it is missing, corrupt, of another layout or left half-built), replays the rows still in the
/// outbox, then applies new rows as content changes signal them (or within <see cref="SearchOptions.PollInterval"/>).
/// Each batch is: read rows in id order → index the items' current state → commit the index with the last id → delete
/// the rows. A crash between any two steps repeats at most the last batch.
/// </summary>
internal sealed class LuceneIndexer(
    EmbeddedSearch search,
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    IOptions<DatabaseOptions> database,
    ILogger<LuceneIndexer> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite || !options.Value.BackgroundIndexing)
        {
            return;
        }
        // Let the host finish starting before the first (possibly long) rebuild takes a core.
        await Task.Yield();
        bool rebuild;
        try
        {
            rebuild = search.OpenNeedsRebuild();
        }
        catch (LockObtainFailedException e)
        {
            log.LogError(e, "The search index at {Folder} is open in another process; this site will not update it.", search.Index.Folder);
            return;
        }
        if (rebuild)
        {
            // A missing index is the normal first start (or a backup restored without it); anything else is news.
            log.Log(search.Index.ProblemAtOpen == IndexProblem.Missing ? LogLevel.Information : LogLevel.Warning,
                "The search index at {Folder} is {Problem}; rebuilding it in the background.", search.Index.Folder, search.Index.ProblemAtOpen);
            search.BeginRebuild();
        }
        search.IndexerRunning = true;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (rebuild)
                {
                    await RebuildAsync(stoppingToken);
                    rebuild = false;
                }
                var (applied, rebuildAsked) = await DrainAsync(stoppingToken);
                rebuild = rebuildAsked;
                failures = 0;
                if (applied == 0 && !rebuild && await search.WaitForWorkAsync(options.Value.PollInterval, stoppingToken))
                {
                    await search.WaitToGatherAsync(options.Value.IndexDelay, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The rows stay in the outbox and are tried again; back off so a persistent fault does not spin.
                failures++;
                log.LogError(e, "Search indexing failed (attempt {Attempt}); retrying.", failures);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, failures * 2)), stoppingToken);
            }
        }
        search.IndexerRunning = false;
    }

    private async Task RebuildAsync(CancellationToken ct)
    {
        await search.Writing.WaitAsync(ct);
        using var release = new Releaser(search.Writing);
        await using var scope = scopes.CreateAsyncScope();
        var count = await LuceneRebuild.RunAsync(search, scope.ServiceProvider.GetRequiredService<ParPortalDbContext>(),
            scope.ServiceProvider.GetRequiredService<SearchDocuments>(), ct);
        if (scope.ServiceProvider.GetService<IOutputCacheStore>() is { } pages)
        {
            // Search pages cached before or during the rebuild showed an incomplete index (the tag covers every query).
            await pages.EvictByTagAsync(CacheTags.Search, ct);
        }
        log.LogInformation("Search index rebuilt: {Count} documents.", count);
    }

    /// <summary>Applies one batch of outbox rows; says how many, and whether a row asked for a rebuild.</summary>
    private async Task<(int Applied, bool Rebuild)> DrainAsync(CancellationToken ct)
    {
        await search.Writing.WaitAsync(ct);
        using var release = new Releaser(search.Writing);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParPortalDbContext>();
        var mark = search.Index.OutboxMark;
        var rows = await db.SearchOutbox.AsNoTracking().Where(r => r.Id > mark).OrderBy(r => r.Id)
            .Take(Math.Max(1, options.Value.IndexBatchSize)).ToListAsync(ct);
        if (rows.Count == 0)
        {
            // Rows at or below the mark were applied by a process that stopped before deleting them.
            await db.SearchOutbox.Where(r => r.Id <= mark).ExecuteDeleteAsync(ct);
            return (0, false);
        }
        if (rows.Any(r => r.ContentItemId == Guid.Empty))
        {
            return (0, true);
        }
        var items = rows.Select(r => r.ContentItemId).Distinct().ToList();
        var documents = await IndexedVersions.ForItemsAsync(db, scope.ServiceProvider.GetRequiredService<SearchDocuments>(), items, ct);
        var last = rows[^1].Id;
        search.Index.Replace(items, documents);
        search.Index.Commit(last, complete: true);
        await db.SearchOutbox.Where(r => r.Id <= last).ExecuteDeleteAsync(ct);
        search.Advance(last);
        log.LogInformation("Search index: {Changes} changes of {Items} items applied (outbox {Last}).", rows.Count, items.Count, last);
        return (rows.Count, false);
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
