using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Audit;
using ParPortal.Features.Users;

namespace ParPortal.Features.Admin.Home;

/// <summary>One line of an admin home list: the item, its type, state, unit, who touched it last and when.</summary>
public sealed record HomeItem(Guid Id, string Type, string Title, ContentState State, string? UnitName, string? By, DateTime At);

/// <summary>
/// What the admin home lists for one person, by what their role lets them do: their own drafts; what waits for
/// their review (editors) or what they sent for review (contributors); scheduled publications; the latest
/// publications; recent activity. Contributors see their own unit's items only, as everywhere in the admin. Each
/// list is one small query over the latest versions (indexed by IsLatest) or the audit log.
/// </summary>
public sealed class AdminHome(ParPortalDbContext db)
{
    /// <summary>Lines per list: the home is a summary, each list links to the full, filtered content list.</summary>
    public const int Size = 6;

    public async Task<HomeLists> LoadAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.Identity?.Name ?? string.Empty;
        var sees = user.HasPermission(Permissions.ViewAllContent);
        int? unit = sees ? null : user.UnitId() ?? -1;
        var latest = db.ContentVersions.AsNoTracking().Where(v => v.IsLatest && (unit == null || v.UnitId == unit));
        var writes = user.HasPermission(Permissions.EditOwnUnitContent);
        var reviews = user.HasPermission(Permissions.PublishContent);

        var drafts = writes ? await ItemsAsync(latest.Where(v => v.State == ContentState.Draft && v.CreatedBy == me).OrderByDescending(v => v.CreatedUtc), ct) : [];
        var inReview = reviews
            ? await ItemsAsync(latest.Where(v => v.State == ContentState.InReview).OrderBy(v => v.CreatedUtc), ct)
            : writes ? await ItemsAsync(latest.Where(v => v.State == ContentState.InReview && v.CreatedBy == me).OrderByDescending(v => v.CreatedUtc), ct) : [];
        var scheduled = await ItemsAsync(
            latest.Where(v => v.Item.ScheduledPublishUtc != null || v.Item.ScheduledUnpublishUtc != null)
                .OrderBy(v => v.Item.ScheduledPublishUtc ?? v.Item.ScheduledUnpublishUtc),
            ct,
            scheduledTime: true);
        var published = await ItemsAsync(
            db.ContentVersions.AsNoTracking().Where(v => v.IsPublished && (unit == null || v.UnitId == unit)).OrderByDescending(v => v.PublishedUtc),
            ct,
            publishedTime: true);

        // Everyone sees their own actions; those who may read the audit log see everybody's.
        var audit = db.AuditLog.AsNoTracking().Where(a => a.ContentItemId != null);
        if (!user.HasPermission(Permissions.ViewAuditLog))
        {
            audit = audit.Where(a => a.UserName == me);
        }

        var activity = await audit.OrderByDescending(a => a.Id).Take(Size).ToListAsync(ct);
        return new HomeLists(drafts, inReview, reviews, scheduled, published, activity);
    }

    private static async Task<IReadOnlyList<HomeItem>> ItemsAsync(IQueryable<Features.Content.ContentVersion> query, CancellationToken ct, bool scheduledTime = false, bool publishedTime = false)
    {
        var rows = await query.Take(Size)
            .Select(v => new
            {
                v.ContentItemId, v.Item.ContentType, v.Title, v.State, Unit = v.Unit == null ? null : v.Unit.Name, v.CreatedBy, v.CreatedUtc,
                v.PublishedUtc, v.Item.ScheduledPublishUtc, v.Item.ScheduledUnpublishUtc,
            })
            .ToListAsync(ct);
        return rows.ConvertAll(r => new HomeItem(r.ContentItemId, r.ContentType, r.Title, r.State, r.Unit, r.CreatedBy,
            scheduledTime ? (r.ScheduledPublishUtc ?? r.ScheduledUnpublishUtc)!.Value : publishedTime ? r.PublishedUtc ?? r.CreatedUtc : r.CreatedUtc));
    }
}

/// <param name="Reviews">True when <see cref="InReview"/> is what waits for this person's review, false when it is what they sent.</param>
public sealed record HomeLists(
    IReadOnlyList<HomeItem> MyDrafts,
    IReadOnlyList<HomeItem> InReview,
    bool Reviews,
    IReadOnlyList<HomeItem> Scheduled,
    IReadOnlyList<HomeItem> Published,
    IReadOnlyList<AuditEntry> Activity);

/// <summary>What the home's list partial shows: the heading (and its id), the items, the text when empty, the link to all.</summary>
public sealed record HomeListView(string Id, string Title, IReadOnlyList<HomeItem> Items, string Empty, string? AllUrl);
