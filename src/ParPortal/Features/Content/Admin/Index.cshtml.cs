using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Features.Users;
using ParPortal.Text;

namespace ParPortal.Features.Content.Admin;

/// <summary>
/// The admin content list: every type, filtered by type, state, unit, topic and title, with publish and unpublish
/// of the checked items. The filters are kept (in a cookie of the admin, for the session): coming back to the list
/// from an item shows the same filtered page. Bulk actions go through <see cref="ContentManager"/> item by item, each
/// with its own permission check, and the notice says what was done and what was refused.
/// </summary>
public sealed class IndexModel(ParPortalDbContext db, ContentTypeRegistry types, ContentManager manager) : PageModel
{
    /// <summary>The cookie that keeps the list's last query string.</summary>
    public const string FilterCookie = "parportal.content-filter";

    public ContentFilter Filter { get; private set; } = new();

    public Paged<ContentSummary> Result { get; private set; } = new([], 0, 1, 20);

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    /// <summary>True when the filters shown came from the kept cookie or a filtered link (so "clear filters" is offered).</summary>
    public bool Filtered => Request.QueryString.HasValue;

    public async Task<IActionResult> OnGetAsync(string? type, ContentState? status, string? unit, string? topic, string? q, bool clear = false, int page = 1, CancellationToken ct = default)
    {
        if (clear)
        {
            Response.Cookies.Delete(FilterCookie, CookieOptions());
            return Redirect("/admin/content");
        }

        if (!Request.QueryString.HasValue && Request.Cookies[FilterCookie] is { Length: > 1 } kept && kept.StartsWith('?'))
        {
            return Redirect("/admin/content" + kept);
        }

        if (Request.QueryString.HasValue)
        {
            Response.Cookies.Append(FilterCookie, Request.QueryString.Value!, CookieOptions());
        }

        Filter = new ContentFilter(types.IsKnown(type) ? type : null, status, topic, unit, null, null, q, page, 20);
        // Contributors see their own unit's items; editors and the office see everything.
        int? scope = User.HasPermission(Permissions.ViewAllContent) ? null : User.UnitId() ?? -1;
        Result = await ContentQueries.ListAsync(db, Filter, publishedOnly: false, scope, ct);
        Units = (await db.Units.AsNoTracking().ToListAsync(ct)).By(u => u.Name).ToList();
        Topics = await db.Topics.AsNoTracking().Where(t => t.MergedIntoId == null).OrderBy(t => t.SortOrder).ToListAsync(ct);
        return Page();
    }

    /// <summary>Publishes or unpublishes the checked items, each through the content manager after its own checks.</summary>
    public async Task<IActionResult> OnPostBulkAsync(string? act, List<Guid> ids, CancellationToken ct)
    {
        var back = Request.Cookies[FilterCookie] is { Length: > 1 } kept && kept.StartsWith('?') ? "/admin/content" + kept : "/admin/content";
        if (act is not ("publish" or "unpublish") || ids.Count == 0)
        {
            TempData["Notice"] = "Hãy chọn ít nhất một mục và một thao tác.";
            return Redirect(back);
        }

        var done = new List<string>();
        var refused = new List<string>();
        foreach (var id in ids.Distinct().Take(ContentQueries.MaxPageSize))
        {
            var latest = await ContentQueries.VersionAsync(db, id, published: false, ct);
            if (latest is null)
            {
                continue;
            }

            if (!User.HasPermission(Permissions.PublishContent) || !User.CanEdit(types.Of(latest), latest.UnitId))
            {
                refused.Add($"“{latest.Title}”: bạn không có quyền.");
                continue;
            }

            try
            {
                await (act == "publish" ? manager.PublishAsync(id, User.ActorName(), ct) : manager.UnpublishAsync(id, User.ActorName(), ct));
                done.Add(latest.Title);
            }
            catch (ContentRuleException e)
            {
                refused.Add($"“{latest.Title}”: {e.Message}");
            }
        }

        var verb = act == "publish" ? "xuất bản" : "gỡ xuất bản";
        TempData["Notice"] = $"Đã {verb} {done.Count} mục." + (refused.Count == 0 ? string.Empty : $" Không {verb} được {refused.Count} mục: " + string.Join(" ", refused));
        return Redirect(back);
    }

    private CookieOptions CookieOptions() => new()
    {
        Path = "/admin/content",
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = Request.IsHttps,
        IsEssential = true,
    };
}
