using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Procedures;

/// <summary>
/// Refuses a second procedure with a code another procedure already has (the national code names one procedure;
/// the spreadsheet import matches rows to items by it, and a duplicate would make it update either at random).
/// It runs inside the content transaction after the change is written, whatever path saved it (API, admin form,
/// recipe, restore), so a refused save leaves nothing behind.
/// </summary>
internal sealed class ProcedureCodeGuard(ParPortalDbContext db) : IContentBatchHandler
{
    public Task HandleAsync(ContentChange change, CancellationToken ct) => HandleManyAsync([change], ct);

    public async Task HandleManyAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct)
    {
        var written = changes
            .Where(c => c.Event is ContentEvent.Saved or ContentEvent.Published && c.Latest is ProcedureVersion)
            .Select(c => (c.Item.Id, ((ProcedureVersion)c.Latest!).Code))
            .ToList();
        if (written.Count == 0)
        {
            return;
        }

        var codes = written.Select(w => w.Code).Distinct(StringComparer.Ordinal).ToList();
        var holders = await db.Procedures.AsNoTracking()
            .Where(p => p.IsLatest && codes.Contains(p.Code))
            .Select(p => new { p.Code, p.ContentItemId, p.Title })
            .ToListAsync(ct);
        foreach (var (id, code) in written)
        {
            if (holders.FirstOrDefault(h => h.Code == code && h.ContentItemId != id) is { } other)
            {
                throw ContentValidationException.Single("code", $"Mã thủ tục “{code}” đã được dùng cho thủ tục “{other.Title}”.");
            }
        }
    }
}
