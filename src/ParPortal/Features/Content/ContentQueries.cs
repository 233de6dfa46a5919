using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Time;

namespace ParPortal.Features.Content;

/// <summary>Filters for content lists, shared by the API and the admin list.</summary>
public sealed record ContentFilter(
    string? Type = null,
    ContentState? Status = null,
    string? Topic = null,
    string? Unit = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Query = null,
    int Page = 1,
    int PageSize = 20);

/// <summary>One row of a content list.</summary>
public sealed record ContentSummary(
    Guid Id, string Type, string Slug, string Title, string? Summary, ContentState State, int LatestVersion, int? PublishedVersion,
    string? UnitCode, string? UnitName, DateTime ModifiedUtc, DateTime? PublishedUtc, DateTime? ScheduledPublishUtc, DateTime? ScheduledUnpublishUtc);

/// <summary>Read-side queries over content. Lists project straight to rows, one query plus one count.</summary>
public static class ContentQueries
{
    public const int MaxPageSize = 100;

    /// <param name="publishedOnly">True for anonymous callers: only published versions are visible.</param>
    /// <param name="unitScope">When set, only items of this unit (contributors see their own unit).</param>
    public static async Task<Paged<ContentSummary>> ListAsync(ParPortalDbContext db, ContentFilter f, bool publishedOnly, int? unitScope, CancellationToken ct)
    {
        var paging = PageRequest.Of(f.Page, f.PageSize, 20, MaxPageSize);
        var q = db.ContentVersions.AsNoTracking().Where(v => publishedOnly ? v.IsPublished : v.IsLatest);
        if (!string.IsNullOrEmpty(f.Type))
        {
            q = q.Where(v => v.Item.ContentType == f.Type);
        }

        if (f.Status is { } s)
        {
            q = s == ContentState.Published ? q.Where(v => v.Item.PublishedVersionNumber != null) : q.Where(v => v.State == s);
        }

        if (!string.IsNullOrEmpty(f.Topic))
        {
            q = q.Where(v => v.Topics.Any(t => t.Slug == f.Topic));
        }

        if (!string.IsNullOrEmpty(f.Unit))
        {
            q = q.Where(v => v.Unit != null && v.Unit.Code == f.Unit);
        }

        if (unitScope is { } unitId)
        {
            q = q.Where(v => v.UnitId == unitId);
        }

        if (f.From is { } from)
        {
            var fromUtc = VietnamTime.StartOfDayUtc(from);
            q = q.Where(v => (v.PublishedUtc ?? v.CreatedUtc) >= fromUtc);
        }

        if (f.To is { } to)
        {
            var toUtc = VietnamTime.EndOfDayUtc(to);
            q = q.Where(v => (v.PublishedUtc ?? v.CreatedUtc) < toUtc);
        }

        // The admin's title filter, diacritics optional; the full-text search lives in Features/Search.
        q = q.WhereTitleMatches(f.Query);

        var total = await q.CountAsync(ct);
        var rows = await q
            .OrderByDescending(v => v.PublishedUtc ?? v.CreatedUtc)
            .ThenBy(v => v.Id)
            .Skip(paging.Skip).Take(paging.Size)
            .Select(v => new ContentSummary(
                v.ContentItemId, v.Item.ContentType, v.Item.Slug, v.Title, v.Summary, v.State, v.Item.LatestVersionNumber,
                v.Item.PublishedVersionNumber, v.Unit != null ? v.Unit.Code : null, v.Unit != null ? v.Unit.Name : null,
                v.CreatedUtc, v.PublishedUtc, v.Item.ScheduledPublishUtc, v.Item.ScheduledUnpublishUtc))
            .ToListAsync(ct);
        return new Paged<ContentSummary>(rows, total, paging.Number, paging.Size);
    }

    /// <summary>The latest or the published version of an item, with its unit and topics.</summary>
    /// <remarks>
    /// Topics in a query of their own (<c>AsSplitQuery</c>), as wherever versions are read with their topics: in one
    /// query EF joins a subquery over every topic link, which SQLite materializes (20 ms at 10,000 items, several
    /// times per save; docs/decisions.md). A split query needs an order even for one row (EF warns otherwise): the
    /// order by id is free, and split queries below use it too.
    /// </remarks>
    public static Task<ContentVersion?> VersionAsync(ParPortalDbContext db, Guid id, bool published, CancellationToken ct) =>
        db.ContentVersions.AsNoTracking().Include(v => v.Item).Include(v => v.Unit).Include(v => v.Topics).AsSplitQuery()
            .Where(v => v.ContentItemId == id && (published ? v.IsPublished : v.IsLatest))
            .OrderBy(v => v.Id).SingleOrDefaultAsync(ct);
}
