using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Text;

namespace ParPortal.Features.Content;

/// <summary>
/// Fills <see cref="ContentVersion.TitleKey"/> of versions saved before the column existed (the migration adds it
/// empty, and SQL cannot fold Vietnamese the way our code does). Runs at start-up until no row is left, a thousand
/// at a time; on a site already filled it is one query that finds nothing.
/// </summary>
internal sealed class TitleKeyBackfill : IDatabaseInitializer
{
    public async Task InitializeAsync(ParPortalDbContext db, CancellationToken ct)
    {
        while (true)
        {
            var rows = await db.ContentVersions.AsNoTracking().Where(v => v.TitleKey == "")
                .OrderBy(v => v.Id).Select(v => new { v.Id, v.Title }).Take(1000).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return;
            }
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                // A title without a single word still gets a key (" "), so the loop ends.
                var key = VietnameseText.SearchKey(row.Title) is { Length: > 0 } k ? k : " ";
                await db.ContentVersions.Where(v => v.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.TitleKey, key), ct);
            }
            await tx.CommitAsync(ct);
        }
    }
}
