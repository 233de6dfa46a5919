using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Api;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Users;

namespace ParPortal.Features.Content.Api;

/// <summary>
/// The content API: list, get, create, update, delete, lifecycle, versions and restore. Handlers follow the house
/// order: bad input → not found → forbidden → act. Which types a caller may write comes from the type's registration
/// (<see cref="ContentTypeDefinition.EditPermission"/>), checked with <see cref="ContentPermissions"/>.
/// </summary>
public static class ContentEndpoints
{
    public static RouteGroupBuilder MapContentApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/content").WithTags("Content");
        // Routes on one item declare what they do to it (ContentAccess); the filter checks it before the handler.
        g.AddEndpointFilter<ContentAccessEndpointFilter>();
        var read = new ContentAccessAttribute(ContentAccessKind.Read);
        var edit = new ContentAccessAttribute(ContentAccessKind.Edit);
        // Anyone may list and read published content; drafts are shown only to those who may read them.
        g.MapGet("/", ListAsync).WithName("ListContent").AllowAnonymous();
        g.MapGet("/{id:guid}", GetAsync).WithName("GetContent").AllowAnonymous();
        // Writing needs an admin account; what it may write (its unit, or plans) is decided per type in the handler.
        g.MapPost("/", CreateAsync).RequireAuthorization(Permissions.ViewAdmin).Accepts<ContentInput>("application/json");
        g.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Permissions.ViewAdmin).WithMetadata(edit).Accepts<ContentUpdate>("application/json");
        g.MapDelete("/{id:guid}", (Guid id, ContentManager m, ParPortalDbContext db, ContentTypeRegistry t, ClaimsPrincipal u, CancellationToken ct) =>
            ActAsync(id, db, t, ct, () => m.DeleteAsync(id, u.ActorName(), ct), deleted: true)).RequireAuthorization(Permissions.DeleteContent).WithMetadata(edit);
        g.MapPost("/{id:guid}/submit", (Guid id, ContentManager m, ParPortalDbContext db, ContentTypeRegistry t, ClaimsPrincipal u, CancellationToken ct) =>
            ActAsync(id, db, t, ct, () => m.SubmitAsync(id, u.ActorName(), ct))).RequireAuthorization(Permissions.SubmitContent).WithMetadata(edit);
        // The body is optional (an administrator may give the original date): a publish without one must not be a 415.
        g.MapPost("/{id:guid}/publish", PublishAsync).RequireAuthorization(Permissions.PublishContent).WithMetadata(edit).Accepts<Plans.Evidence.PublishRequest>(isOptional: true, "application/json");
        g.MapPost("/{id:guid}/unpublish", (Guid id, ContentManager m, ParPortalDbContext db, ContentTypeRegistry t, ClaimsPrincipal u, CancellationToken ct) =>
            ActAsync(id, db, t, ct, () => m.UnpublishAsync(id, u.ActorName(), ct))).RequireAuthorization(Permissions.PublishContent).WithMetadata(edit);
        g.MapPost("/{id:guid}/archive", (Guid id, ContentManager m, ParPortalDbContext db, ContentTypeRegistry t, ClaimsPrincipal u, CancellationToken ct) =>
            ActAsync(id, db, t, ct, () => m.ArchiveAsync(id, u.ActorName(), ct))).RequireAuthorization(Permissions.PublishContent).WithMetadata(edit);
        g.MapPost("/{id:guid}/schedule", ScheduleAsync).RequireAuthorization(Permissions.PublishContent).WithMetadata(edit).Accepts<ScheduleRequest>("application/json");
        g.MapGet("/{id:guid}/versions", VersionsAsync).RequireAuthorization(Permissions.ViewAdmin).WithMetadata(read);
        // Restoring writes the old version's fields, its unit included: the caller must be allowed that unit too.
        g.MapPost("/{id:guid}/versions/{number:int}/restore", (Guid id, int number, ContentManager m, ParPortalDbContext db, ContentTypeRegistry t, ClaimsPrincipal u, CancellationToken ct) =>
            ActAsync(id, db, t, ct, () => m.RestoreAsync(id, number, u.ActorName(), ct, old => u.CanEdit(t.Of(old), old.UnitId)))).RequireAuthorization(Permissions.ViewAdmin).WithMetadata(edit);
        return g;
    }

    private static async Task<IResult> ListAsync(
        ParPortalDbContext db, ContentTypeRegistry types, ClaimsPrincipal user, string? type, ContentState? status, string? topic, string? unit,
        DateOnly? from, DateOnly? to, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        if (type is not null)
        {
            types.Require(type);
        }

        var seesAll = user.HasPermission(Permissions.ViewAllContent);
        var seesOwn = !seesAll && user.HasPermission(Permissions.EditOwnUnitContent);
        var filter = new ContentFilter(type, status, topic, unit, from, to, q, page ?? 1, pageSize ?? 20);
        var result = await ContentQueries.ListAsync(db, filter, publishedOnly: !seesAll && !seesOwn, seesOwn ? user.UnitId() ?? -1 : null, ct);
        return Results.Ok(result);
    }

    private static async Task<IResult> GetAsync(Guid id, ParPortalDbContext db, ContentTypeRegistry types, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = await ContentQueries.VersionAsync(db, id, published: false, ct);
        var canSeeDraft = latest is not null && user.CanEdit(types.Of(latest), latest.UnitId, read: true);
        var version = canSeeDraft ? latest : await ContentQueries.VersionAsync(db, id, published: true, ct);
        return version is null ? NotFound() : Results.Ok(ContentResponse.From(version, types));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ContentManager manager, ContentInputMapper mapper, ContentTypeRegistry types,
        ParPortalDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var input = await ApiJson.ReadAsync<ContentInput>(request, ct);
        var version = await mapper.ToVersionAsync(input, ct);
        if (!user.CanEdit(types.Of(version), version.UnitId))
        {
            return Forbidden("Bạn không có quyền tạo nội dung này (chỉ được tạo nội dung của đơn vị mình, và loại nội dung mình được giao).");
        }

        var item = await manager.CreateAsync(version, input.Slug, user.ActorName(), ct: ct);
        var created = await ContentQueries.VersionAsync(db, item.Id, published: false, ct);
        return Results.Created($"/api/content/{item.Id}", ContentResponse.From(created!, types, mapper.SanitizerNotices));
    }

    private static async Task<IResult> UpdateAsync(Guid id, HttpRequest request, ContentManager manager, ContentInputMapper mapper, ContentTypeRegistry types,
        ParPortalDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var update = await ApiJson.ReadAsync<ContentUpdate>(request, ct);
        var current = await ContentQueries.VersionAsync(db, id, published: false, ct);
        if (current is null)
        {
            return NotFound();
        }

        var type = types.Of(current);
        if (update.Content is null)
        {
            throw ContentValidationException.Single("content", "Thiếu nội dung (content).");
        }

        if (update.Content.GetType() != type.InputType)
        {
            throw ContentValidationException.Single("content.type", "Không đổi được loại nội dung.");
        }

        var scratch = await mapper.ToVersionAsync(update.Content, ct);
        // Moving an item to a unit the caller may not write is refused like writing there.
        if (!user.CanEdit(type, scratch.UnitId))
        {
            return Forbidden("Bạn chỉ được lưu nội dung của đơn vị mình.");
        }

        await manager.SaveAsync(id, update.BaseVersion, scratch, user.ActorName(), update.Content.Slug, ct);
        return Results.Ok(ContentResponse.From((await ContentQueries.VersionAsync(db, id, published: false, ct))!, types, mapper.SanitizerNotices));
    }

    private static async Task<IResult> ScheduleAsync(Guid id, HttpRequest request, ContentManager manager, ParPortalDbContext db, ContentTypeRegistry types,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync<ScheduleRequest>(request, ct);
        return await ActAsync(id, db, types, ct, () => manager.ScheduleAsync(id, body.PublishAt, body.UnpublishAt, user.ActorName(), ct), noContent: true);
    }

    private static async Task<IResult> VersionsAsync(Guid id, ParPortalDbContext db, CancellationToken ct)
    {
        var rows = await db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == id).OrderByDescending(v => v.VersionNumber)
            .Select(v => new VersionSummary(v.VersionNumber, v.State, v.IsLatest, v.IsPublished, v.Title, v.CreatedUtc, v.CreatedBy, v.PublishedUtc, v.ChangeNote))
            .ToListAsync(ct);
        return Results.Ok(rows);
    }

    /// <summary>Publishes; an administrator may give the item's original date (see Plans.Evidence.HistoricalPublication).</summary>
    private static async Task<IResult> PublishAsync(
        Guid id, HttpRequest request, ContentManager m, ParPortalDbContext db, ContentTypeRegistry t, TimeProvider clock, ClaimsPrincipal u, CancellationToken ct)
    {
        var body = await Plans.Evidence.HistoricalPublication.ReadAsync(request, ct);
        IResult? refused = null;
        var result = await ActAsync(id, db, t, ct, async () => refused = await Plans.Evidence.HistoricalPublication.PublishAsync(id, body, m, db, clock, u, ct));
        return refused ?? result;
    }

    /// <summary>
    /// Runs a lifecycle action on an item (the access filter has checked that the caller may change it), and answers
    /// with the item as it now is.
    /// </summary>
    private static async Task<IResult> ActAsync(Guid id, ParPortalDbContext db, ContentTypeRegistry types, CancellationToken ct, Func<Task> act,
        bool deleted = false, bool noContent = false)
    {
        await act();
        if (deleted || noContent)
        {
            return Results.NoContent();
        }

        return Results.Ok(ContentResponse.From((await ContentQueries.VersionAsync(db, id, published: false, ct))!, types));
    }

    private static IResult NotFound() => Results.Problem(title: "Không tìm thấy nội dung.", statusCode: StatusCodes.Status404NotFound);

    private static IResult Forbidden(string title = "Bạn không có quyền với nội dung này.") => Results.Problem(title: title, statusCode: StatusCodes.Status403Forbidden);
}
