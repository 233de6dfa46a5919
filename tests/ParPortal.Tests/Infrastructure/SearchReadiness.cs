using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Postgres;
using ParPortal.Hosting;

namespace ParPortal.Tests.Infrastructure;

/// <summary>Test helpers around the site's search index.</summary>
public static class SearchReadiness
{
    /// <summary>
    /// Waits until the Lucene indexer runs and no rebuild is in progress (nothing to wait for on PostgreSQL, or when
    /// a test turned the indexer off).
    /// </summary>
    public static async Task WaitAsync(IServiceProvider services, TimeSpan timeout)
    {
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider != DatabaseProvider.Sqlite
            || !services.GetRequiredService<IOptions<SearchOptions>>().Value.BackgroundIndexing)
        {
            return;
        }
        var search = services.GetRequiredService<EmbeddedSearch>();
        var deadline = DateTime.UtcNow + timeout;
        while (!search.IndexerRunning || search.IsRebuilding)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The search index was not ready in time.");
            }
            await Task.Delay(20);
        }
    }

    /// <summary>Writes documents straight into the site's index, whichever engine it runs, and makes them searchable.</summary>
    public static async Task WriteAsync(IServiceProvider services, IReadOnlyList<SearchDocument> documents)
    {
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParPortal.Data.ParPortalDbContext>();
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.OpenConnectionAsync(db.Database);
            var connection = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
            await services.GetRequiredService<PostgresSearchIndex>().UpsertAsync(connection, null, documents);
            return;
        }
        var search = services.GetRequiredService<EmbeddedSearch>();
        search.OpenNeedsRebuild();
        await search.Writing.WaitAsync();
        try
        {
            search.Index.Upsert(documents);
            search.Index.Commit(search.Index.OutboxMark, complete: true);
        }
        finally
        {
            search.Writing.Release();
        }
    }
}
