using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Text;

namespace ParPortal.Features.Content;

/// <summary>
/// Fills the order keys (<see cref="ContentVersion.TitleOrder"/>, <see cref="Procedures.ProcedureVersion.FieldOrder"/>)
/// of versions saved before the columns existed, as <see cref="TitleKeyBackfill"/> fills the search keys. The
/// migration leaves a procedure's field key empty or null (the column is shared with other types). A key is never
/// empty ("00" for no text), so the loops end.
/// </summary>
internal sealed class OrderKeyBackfill : IDatabaseInitializer
{
    public async Task InitializeAsync(ParPortalDbContext db, CancellationToken ct)
    {
        await KeyBackfill.FillAsync(db,
            () => db.ContentVersions.AsNoTracking().Where(v => v.TitleOrder == "").OrderBy(v => v.Id)
                .Select(v => new KeyBackfill.Row(v.Id, v.Title)).Take(KeyBackfill.Batch).ToListAsync(ct),
            (id, text) => db.ContentVersions.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.TitleOrder, VietnameseOrder.Key(text)), ct),
            ct);
        await KeyBackfill.FillAsync(db,
            () => db.Procedures.AsNoTracking().Where(v => string.IsNullOrEmpty(v.FieldOrder)).OrderBy(v => v.Id)
                .Select(v => new KeyBackfill.Row(v.Id, v.Field)).Take(KeyBackfill.Batch).ToListAsync(ct),
            (id, text) => db.Procedures.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.FieldOrder, VietnameseOrder.Key(text)), ct),
            ct);
    }
}

/// <summary>
/// Fills a computed key column for rows saved before it existed: reads a batch of rows still without it, writes each
/// row's key in one transaction, until no row is left. On a site already filled it is one query that finds nothing.
/// </summary>
internal static class KeyBackfill
{
    public const int Batch = 1000;

    public sealed record Row(Guid Id, string Text);

    /// <param name="next">The next batch of rows without their key (the written ones no longer match).</param>
    /// <param name="write">Writes one row's key from its text.</param>
    public static async Task FillAsync(ParPortalDbContext db, Func<Task<List<Row>>> next, Func<Guid, string, Task<int>> write, CancellationToken ct)
    {
        while (await next() is { Count: > 0 } rows)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                await write(row.Id, row.Text);
            }
            await tx.CommitAsync(ct);
        }
    }
}
