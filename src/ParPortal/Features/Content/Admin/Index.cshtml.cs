using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Features.Users;

using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Content.Admin;

/// <summary>The admin content list: every type, filtered by type, state, unit, topic and title.</summary>
public sealed class IndexModel(ParPortalDbContext db, ContentTypeRegistry types) : PageModel
{
    public ContentFilter Filter { get; private set; } = new();

    public Paged<ContentSummary> Result { get; private set; } = new([], 0, 1, 20);

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public async Task OnGetAsync(string? type, ContentState? status, string? unit, string? topic, string? q, int page = 1, CancellationToken ct = default)
    {
        Filter = new ContentFilter(types.IsKnown(type) ? type : null, status, topic, unit, null, null, q, page, 20);
        // Contributors see their own unit's items; editors and the office see everything.
        int? scope = User.HasPermission(Permissions.ViewAllContent) ? null : User.UnitId() ?? -1;
        Result = await ContentQueries.ListAsync(db, Filter, publishedOnly: false, scope, ct);
        Units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
        Topics = await db.Topics.AsNoTracking().Where(t => t.MergedIntoId == null).OrderBy(t => t.SortOrder).ToListAsync(ct);
    }
}
