using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ParPortal.Data;
using ParPortal.Features.Search.Postgres;

namespace ParPortal.Features.Search.Integration;

/// <summary>
/// PostgreSQL: creates or upgrades the index table after migrations, and rebuilds it when its rows predate the
/// current layout. (SQLite's Lucene index is checked and rebuilt in the background by the indexer.)
/// </summary>
internal sealed class SearchInitializer(PostgresSearchIndex postgres, SearchRebuilder rebuilder, ILogger<SearchInitializer> log) : IDatabaseInitializer
{
    public async Task InitializeAsync(ParPortalDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        await db.Database.OpenConnectionAsync(ct);
        bool stale;
        try
        {
            stale = await postgres.EnsureSchemaAsync(db.Database.GetDbConnection(), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        if (stale)
        {
            log.LogInformation("The search index predates the current layout; rebuilding it.");
            await rebuilder.RebuildAsync(ct);
        }
    }
}
