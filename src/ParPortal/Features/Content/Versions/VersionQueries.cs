using Microsoft.EntityFrameworkCore;
using ParPortal.Data;

namespace ParPortal.Features.Content.Versions;

/// <summary>Reads whole versions (with item, unit and topics) for the history, comparison and preview pages.</summary>
public static class VersionQueries
{
    /// <summary>One version of an item by its number, or null.</summary>
    public static Task<ContentVersion?> LoadAsync(ParPortalDbContext db, Guid itemId, int number, CancellationToken ct) =>
        db.ContentVersions.AsNoTracking().Include(v => v.Item).Include(v => v.Unit).Include(v => v.Topics)
            .AsSplitQuery()
            .OrderBy(v => v.Id).FirstOrDefaultAsync(v => v.ContentItemId == itemId && v.VersionNumber == number, ct);
}
