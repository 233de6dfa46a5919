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
    // A title without a single word still gets a key (" "), so the loop ends.
    public Task InitializeAsync(ParPortalDbContext db, CancellationToken ct) =>
        KeyBackfill.FillAsync(db,
            () => db.ContentVersions.AsNoTracking().Where(v => v.TitleKey == "").OrderBy(v => v.Id)
                .Select(v => new KeyBackfill.Row(v.Id, v.Title)).Take(KeyBackfill.Batch).ToListAsync(ct),
            (id, text) =>
            {
                var key = VietnameseText.SearchKey(text) is { Length: > 0 } k ? k : " ";
                return db.ContentVersions.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.TitleKey, key), ct);
            },
            ct);
}
