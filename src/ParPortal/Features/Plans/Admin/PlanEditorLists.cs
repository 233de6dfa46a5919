using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Plans.Admin;

/// <summary>What the plan editor's pickers offer: units, topics, content types and document kinds of the site.</summary>
public sealed record PlanEditorLists(
    IReadOnlyList<(string Code, string Name)> Units,
    IReadOnlyList<(string Slug, string Name)> Topics,
    IReadOnlyList<(string Name, string Display)> Types,
    IReadOnlyList<string> DocumentKinds);

/// <summary>Loads <see cref="PlanEditorLists"/> once per request, for the editor's partial views.</summary>
public sealed class PlanEditorData(ParPortalDbContext db, ContentTypeRegistry types)
{
    private PlanEditorLists? _lists;

    public async Task<PlanEditorLists> ListsAsync(CancellationToken ct = default)
    {
        if (_lists is not null)
        {
            return _lists;
        }

        var units = await db.Units.AsNoTracking().OrderBy(u => u.ValidTo != null).ThenBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(ct);
        var topics = await db.Topics.AsNoTracking().Where(t => t.MergedIntoId == null).OrderBy(t => t.SortOrder).Select(t => new { t.Slug, t.Name }).ToListAsync(ct);
        var kinds = await db.Documents.AsNoTracking().Select(d => d.DocumentType).Distinct().ToListAsync(ct);
        return _lists = new PlanEditorLists(
            units.Select(u => (u.Code, u.Name)).ToList(),
            topics.Select(t => (t.Slug, t.Name)).ToList(),
            types.All.Where(t => t.Name != ParPortal.Content.ContentTypes.Plan).Select(t => (t.Name, t.DisplayName)).ToList(),
            kinds.Concat(Quotas.Import.QuotaPhrases.DocumentKinds).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }
}
