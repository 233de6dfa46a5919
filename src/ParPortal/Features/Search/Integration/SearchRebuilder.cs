using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParPortal.Data;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Postgres;

namespace ParPortal.Features.Search.Integration;

/// <summary>
/// Rebuilds the whole index from the content tables (the <c>search rebuild</c> verb, benchmarks, tests). PostgreSQL:
/// in one transaction, so readers keep the old index until it commits. SQLite: the Lucene index is rebuilt here when
/// this process can open it; when the running site holds it, a rebuild request is queued in the outbox and the site's
/// indexer does it within a second.
/// </summary>
public sealed class SearchRebuilder(ParPortalDbContext db, EmbeddedSearch embedded, PostgresSearchIndex postgres, SearchDocuments documents)
{
    /// <summary>Documents indexed, or null when the rebuild was handed to the running site.</summary>
    public async Task<int?> RebuildAsync(CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            return await RebuildPostgresAsync(ct);
        }
        try
        {
            embedded.OpenNeedsRebuild();
        }
        catch (LockObtainFailedException)
        {
            db.SearchOutbox.Add(new SearchOutboxEntry { ContentItemId = Guid.Empty, EnqueuedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(ct);
            return null;
        }
        await embedded.Writing.WaitAsync(ct);
        try
        {
            return await LuceneRebuild.RunAsync(embedded, db, documents, ct);
        }
        finally
        {
            embedded.Writing.Release();
        }
    }

    private async Task<int> RebuildPostgresAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        await postgres.EnsureSchemaAsync(connection, ct);
        var count = 0;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var transaction = tx.GetDbTransaction();
            await postgres.ClearAsync(connection, transaction, ct);
            await foreach (var page in IndexedVersions.AllAsync(db, documents, ct))
            {
                await postgres.UpsertAsync(connection, transaction, page, ct);
                count += page.Count;
            }
            await tx.CommitAsync(ct);
        }
        await postgres.AnalyzeAsync(connection, ct);
        return count;
    }
}
