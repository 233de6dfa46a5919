using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Users;

namespace ParPortal.Features.Api;

/// <summary>The content API: list, get, create, update, delete, lifecycle, versions and restore.</summary>
public static class ContentEndpoints
{
    public static RouteGroupBuilder MapContentApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/content").WithTags("Content");
        g.MapGet("/", ListAsync).WithName("ListContent");
        g.MapGet("/{id:guid}", GetAsync).WithName("GetContent");
        g.MapPost("/", CreateAsync).RequireAuthorization(Permissions.EditOwnUnitContent).Accepts<ContentInput>("application/json");
        g.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Permissions.EditOwnUnitContent).Accepts<ContentUpdate>("application/json");
        g.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Permissions.DeleteContent);
        g.MapPost("/{id:guid}/submit", (Guid id, ContentManager m, ParPortalDbContext db, ClaimsPrincipal u, CancellationToken ct) =>
            ActAsync(id, db, u, ct, () => m.SubmitAsync(id, Actor(u), ct))).RequireAuthorization(Permissions.SubmitContent);
        g.MapPost("/{id:guid}/publish", PublishAsync).RequireAuthorization(Permissions.PublishContent).Accepts<Plans.Evidence.PublishRequest>("application/json");
        g.MapPost("/{id:guid}/unpublish", (Guid id, ContentManager m, ParPortalDbContext db, ClaimsPrincipal u, CancellationToken ct) =>
            ActAsync(id, db, u, ct, () => m.UnpublishAsync(id, Actor(u), ct))).RequireAuthorization(Permissions.PublishContent);
        g.MapPost("/{id:guid}/archive", (Guid id, ContentManager m, ParPortalDbContext db, ClaimsPrincipal u, CancellationToken ct) =>
            ActAsync(id, db, u, ct, () => m.ArchiveAsync(id, Actor(u), ct))).RequireAuthorization(Permissions.PublishContent);
        g.MapPost("/{id:guid}/schedule", ScheduleAsync).RequireAuthorization(Permissions.PublishContent).Accepts<ScheduleRequest>("application/json");
        g.MapGet("/{id:guid}/versions", VersionsAsync).RequireAuthorization(Permissions.ViewAdmin);
        g.MapPost("/{id:guid}/versions/{number:int}/restore", (Guid id, int number, ContentManager m, ParPortalDbContext db, ClaimsPrincipal u, CancellationToken ct) =>
            ActAsync(id, db, u, ct, () => m.RestoreAsync(id, number, Actor(u), ct))).RequireAuthorization(Permissions.EditOwnUnitContent);
        return g;
    }

    private static async Task<IResult> ListAsync(
        ParPortalDbContext db, ClaimsPrincipal user, string? type, ContentState? status, string? topic, string? unit,
        DateOnly? from, DateOnly? to, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        if (type is not null && !ContentTypes.IsKnown(type))
        {
            throw ContentValidationException.Single("type", $"Loại nội dung “{type}” không tồn tại.");
        }

        var seesAll = user.HasPermission(Permissions.ViewAllContent);
        var seesOwn = !seesAll && user.HasPermission(Permissions.EditOwnUnitContent);
        var filter = new ContentFilter(type, status, topic, unit, from, to, q, page ?? 1, pageSize ?? 20);
        var result = await ContentQueries.ListAsync(db, filter, publishedOnly: !seesAll && !seesOwn, seesOwn ? user.UnitId() ?? -1 : null, ct);
        return Results.Ok(result);
    }

    private static async Task<IResult> GetAsync(Guid id, ParPortalDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = await ContentQueries.VersionAsync(db, id, published: false, ct);
        var canSeeDraft = latest is not null && CanEdit(user, latest.UnitId, read: true);
        var version = canSeeDraft ? latest : await ContentQueries.VersionAsync(db, id, published: true, ct);
        return version is null ? NotFound() : Results.Ok(ContentResponse.From(version));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ContentManager manager, ContentInputMapper mapper, ClaimsPrincipal user, CancellationToken ct)
    {
        var input = await ApiJson.ReadAsync<ContentInput>(request, ct);
        var version = input.NewVersion();
        await mapper.ApplyAsync(input, version, ct);
        if (!CanEdit(user, version.UnitId, read: false))
        {
            return Results.Problem(title: "Bạn chỉ được tạo nội dung của đơn vị mình.", statusCode: StatusCodes.Status403Forbidden);
        }

        var item = await manager.CreateAsync(version, input.Slug, Actor(user), ct: ct);
        var created = await ContentQueries.VersionAsync(mapper.Db, item.Id, published: false, ct);
        return Results.Created($"/api/content/{item.Id}", ContentResponse.From(created!));
    }

    private static async Task<IResult> UpdateAsync(Guid id, HttpRequest request, ContentManager manager, ContentInputMapper mapper, ParPortalDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var update = await ApiJson.ReadAsync<ContentUpdate>(request, ct);
        var current = await ContentQueries.VersionAsync(db, id, published: false, ct);
        if (current is null)
        {
            return NotFound();
        }

        if (!CanEdit(user, current.UnitId, read: false))
        {
            return Forbidden();
        }

        if (update.Content is null)
        {
            throw ContentValidationException.Single("content", "Thiếu nội dung (content).");
        }

        if (ContentManager.ContentTypeOf(update.Content.NewVersion()) != current.Item.ContentType)
        {
            throw ContentValidationException.Single("content.type", "Không đổi được loại nội dung.");
        }

        var scratch = update.Content.NewVersion();
        await mapper.ApplyAsync(update.Content, scratch, ct);
        if (!CanEdit(user, scratch.UnitId, read: false))
        {
            return Forbidden();
        }

        await manager.SaveAsync(id, update.BaseVersion, v => CopyInto(scratch, v), Actor(user), update.Content.Slug, ct);
        return Results.Ok(ContentResponse.From((await ContentQueries.VersionAsync(db, id, published: false, ct))!));
    }

    /// <summary>Publishes; an administrator may give the item's original date (see HistoricalPublication).</summary>
    private static async Task<IResult> PublishAsync(
        Guid id, HttpRequest request, ContentManager m, ParPortalDbContext db, TimeProvider clock, ClaimsPrincipal u, CancellationToken ct)
    {
        var body = await Plans.Evidence.HistoricalPublication.ReadAsync(request, ct);
        IResult? refused = null;
        var result = await ActAsync(id, db, u, ct, async () => refused = await Plans.Evidence.HistoricalPublication.PublishAsync(id, body, m, db, clock, u, ct));
        return refused ?? result;
    }

    private static async Task<IResult> DeleteAsync(Guid id, ContentManager manager, ClaimsPrincipal user, CancellationToken ct)
    {
        await manager.DeleteAsync(id, Actor(user), ct);
        return Results.NoContent();
    }

    private static async Task<IResult> ScheduleAsync(Guid id, HttpRequest request, ContentManager manager, ClaimsPrincipal user, CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync<ScheduleRequest>(request, ct);
        await manager.ScheduleAsync(id, body.PublishAt, body.UnpublishAt, Actor(user), ct);
        return Results.NoContent();
    }

    private static async Task<IResult> VersionsAsync(Guid id, ParPortalDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = await ContentQueries.VersionAsync(db, id, published: false, ct);
        if (latest is null)
        {
            return NotFound();
        }

        if (!CanEdit(user, latest.UnitId, read: true))
        {
            return Forbidden();
        }

        var rows = await db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == id).OrderByDescending(v => v.VersionNumber)
            .Select(v => new VersionSummary(v.VersionNumber, v.State, v.IsLatest, v.IsPublished, v.Title, v.CreatedUtc, v.CreatedBy, v.PublishedUtc, v.ChangeNote))
            .ToListAsync(ct);
        return Results.Ok(rows);
    }

    private static async Task<IResult> ActAsync(Guid id, ParPortalDbContext db, ClaimsPrincipal user, CancellationToken ct, Func<Task> act)
    {
        var latest = await ContentQueries.VersionAsync(db, id, published: false, ct);
        if (latest is null)
        {
            return NotFound();
        }

        if (!CanEdit(user, latest.UnitId, read: false))
        {
            return Forbidden();
        }

        await act();
        return Results.Ok(ContentResponse.From((await ContentQueries.VersionAsync(db, id, published: false, ct))!));
    }

    /// <summary>Editors act on anything; contributors only on their own unit's items.</summary>
    internal static bool CanEdit(ClaimsPrincipal user, int? unitId, bool read) =>
        user.HasPermission(Permissions.EditAllContent) ||
        (read && user.HasPermission(Permissions.ViewAllContent)) ||
        (user.HasPermission(Permissions.EditOwnUnitContent) && unitId is not null && unitId == user.UnitId());

    internal static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "api";

    /// <summary>Copies the fields that an input set on a scratch version into the new version, keeping its identity.</summary>
    internal static void CopyInto(ContentVersion from, ContentVersion to)
    {
        foreach (var p in from.GetType().GetProperties().Where(p => p.CanWrite && p.DeclaringType != typeof(ContentVersion)))
        {
            p.SetValue(to, p.GetValue(from));
        }

        (to.Title, to.Summary, to.Unit, to.UnitId, to.Topics) = (from.Title, from.Summary, from.Unit, from.UnitId, from.Topics);
    }

    private static IResult NotFound() => Results.Problem(title: "Không tìm thấy nội dung.", statusCode: StatusCodes.Status404NotFound);

    private static IResult Forbidden() => Results.Problem(title: "Bạn không có quyền với nội dung này.", statusCode: StatusCodes.Status403Forbidden);
}

/// <summary>An update: the version the caller edited (for the conflict check) and the new content.</summary>
public sealed record ContentUpdate(int BaseVersion, ContentInput? Content);

public sealed record ScheduleRequest(DateTimeOffset? PublishAt, DateTimeOffset? UnpublishAt);

public sealed record VersionSummary(int Number, ContentState State, bool IsLatest, bool IsPublished, string Title, DateTime CreatedUtc, string? CreatedBy, DateTime? PublishedUtc, string? ChangeNote);

/// <summary>An item as the API returns it.</summary>
public sealed record ContentResponse(
    Guid Id, string Type, string Slug, ContentState State, int Version, bool IsPublished, int LatestVersion, int? PublishedVersion,
    DateTime CreatedUtc, DateTime ModifiedUtc, DateTime? PublishedUtc, DateTime? ScheduledPublishUtc, DateTime? ScheduledUnpublishUtc, ContentInput Content)
{
    public static ContentResponse From(ContentVersion v) => new(
        v.ContentItemId, v.Item.ContentType, v.Item.Slug, v.State, v.VersionNumber, v.IsPublished, v.Item.LatestVersionNumber,
        v.Item.PublishedVersionNumber, v.Item.CreatedUtc, v.CreatedUtc, v.PublishedUtc, v.Item.ScheduledPublishUtc,
        v.Item.ScheduledUnpublishUtc, ContentInputMapper.Read(v, v.Item.Slug));
}
