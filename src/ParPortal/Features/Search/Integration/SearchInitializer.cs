using Microsoft.EntityFrameworkCore;
using ParPortal.Data;

namespace ParPortal.Features.Search.Integration;

/// <summary>Creates the engine's search tables after migrations (idempotent).</summary>
internal sealed class SearchInitializer(SearchIndexFactory indexes) : IDatabaseInitializer
{
    public async Task InitializeAsync(ParPortalDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await indexes.For(connection).EnsureSchemaAsync(connection, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
