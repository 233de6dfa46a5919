using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Content.Versions;
using ParPortal.Features.RichText;

namespace ParPortal.Features.Content.Admin;

/// <summary>
/// Two versions of an item side by side: title, summary and body word by word, every other field as its changes.
/// Without numbers it compares the published version (or the one before the latest) with the latest.
/// </summary>
public sealed class CompareModel(ParPortalDbContext db, ContentTypeRegistry types, HtmlSanitizer sanitizer) : PageModel
{
    public VersionComparison Comparison { get; private set; } = null!;

    public IReadOnlyList<int> Numbers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int? from, int? to, CancellationToken ct)
    {
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return NotFound();
        }

        var newer = to ?? item.LatestVersionNumber;
        var older = from ?? (item.PublishedVersionNumber is { } p && p != newer ? p : newer - 1);
        var a = await VersionQueries.LoadAsync(db, id, Math.Max(1, older), ct);
        var b = await VersionQueries.LoadAsync(db, id, newer, ct);
        if (a is null || b is null)
        {
            return NotFound();
        }

        // Both versions are checked: a contributor must not read, through an old version, an item moved to their unit.
        if (!User.CanEdit(types.Of(a), a.UnitId, read: true) || !User.CanEdit(types.Of(b), b.UnitId, read: true))
        {
            return Forbid();
        }

        Comparison = VersionComparison.Of(a, b, sanitizer.ToPlainText);
        Numbers = await db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == id)
            .OrderByDescending(v => v.VersionNumber).Select(v => v.VersionNumber).ToListAsync(ct);
        return Page();
    }
}
