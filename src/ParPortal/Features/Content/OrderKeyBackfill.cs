using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Procedures;
using ParPortal.Text;

namespace ParPortal.Features.Content;

/// <summary>
/// Fills the order keys (<see cref="ContentVersion.TitleOrder"/>, <see cref="ProcedureVersion.FieldOrder"/>) of versions
/// saved before the columns existed, as <see cref="TitleKeyBackfill"/> fills the search keys: a thousand at a time at
/// start-up; on a site already filled it is two queries that find nothing. The migration leaves a procedure's field key
/// empty or null (the column is shared with other types). A key is never empty ("00" for no text), so the loops end.
/// </summary>
internal sealed class OrderKeyBackfill : IDatabaseInitializer
{
    public async Task InitializeAsync(ParPortalDbContext db, CancellationToken ct)
    {
        while (await db.ContentVersions.AsNoTracking().Where(v => v.TitleOrder == "").OrderBy(v => v.Id)
                   .Select(v => new { v.Id, v.Title }).Take(1000).ToListAsync(ct) is { Count: > 0 } rows)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                var key = VietnameseOrder.Key(row.Title);
                await db.ContentVersions.Where(v => v.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.TitleOrder, key), ct);
            }
            await tx.CommitAsync(ct);
        }
        while (await db.Procedures.AsNoTracking().Where(v => string.IsNullOrEmpty(v.FieldOrder)).OrderBy(v => v.Id)
                   .Select(v => new { v.Id, v.Field }).Take(1000).ToListAsync(ct) is { Count: > 0 } rows)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                var key = VietnameseOrder.Key(row.Field);
                await db.Procedures.Where(v => v.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.FieldOrder, key), ct);
            }
            await tx.CommitAsync(ct);
        }
    }
}
