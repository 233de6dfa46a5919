using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Features.Users;

namespace ParPortal.Features.Api;

/// <summary>Topics and units: readable by anyone, changed by those allowed to.</summary>
public static class TaxonomyEndpoints
{
    public static void MapTaxonomyApi(this RouteGroupBuilder api)
    {
        var topics = api.MapGroup("/topics").WithTags("Topics");
        topics.MapGet("/", async (ParPortalDbContext db, CancellationToken ct) =>
            Results.Ok(await db.Topics.AsNoTracking().Where(t => t.MergedIntoId == null).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
                .Select(t => new TopicDto(t.Id, t.Name, t.Slug, t.Parent != null ? t.Parent.Slug : null)).ToListAsync(ct)));
        topics.MapPost("/", async (HttpRequest request, TopicService service, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<TopicInput>(request, ct);
            var topic = await service.CreateAsync(body.Name, body.Slug, body.Parent, ct);
            return Results.Created($"/api/topics/{topic.Id}", new TopicDto(topic.Id, topic.Name, topic.Slug, body.Parent));
        }).RequireAuthorization(Permissions.ManageTopics).Accepts<TopicInput>("application/json");
        topics.MapPut("/{id:int}", async (int id, HttpRequest request, TopicService service, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<TopicInput>(request, ct);
            var topic = await service.RenameAsync(id, body.Name, ct);
            return Results.Ok(new TopicDto(topic.Id, topic.Name, topic.Slug, null));
        }).RequireAuthorization(Permissions.ManageTopics).Accepts<TopicInput>("application/json");
        topics.MapPost("/{id:int}/merge-into/{targetId:int}", async (int id, int targetId, TopicService service, CancellationToken ct) =>
        {
            await service.MergeAsync(id, targetId, ct);
            return Results.NoContent();
        }).RequireAuthorization(Permissions.ManageTopics);

        var units = api.MapGroup("/units").WithTags("Units");
        units.MapGet("/", async (ParPortalDbContext db, DateOnly? activeOn, CancellationToken ct) =>
        {
            var q = db.Units.AsNoTracking();
            if (activeOn is { } day)
            {
                q = q.Where(u => u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo >= day));
            }

            var list = await q.OrderBy(u => u.Code).Select(u => new UnitDto(u.Id, u.Code, u.Name, u.Kind, u.Parent != null ? u.Parent.Code : null,
                u.ValidFrom, u.ValidTo, u.Successors.Select(s => s.Code).ToList())).ToListAsync(ct);
            return Results.Ok(list);
        });
        units.MapPost("/", async (HttpRequest request, UnitService service, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<UnitDto>(request, ct);
            var unit = await service.UpsertAsync(body, ct);
            return Results.Created($"/api/units/{unit.Id}", body with { Id = unit.Id });
        }).RequireAuthorization(Permissions.ManageUnits).Accepts<UnitDto>("application/json");
    }
}

public sealed record TopicInput(string Name, string? Slug, string? Parent);

public sealed record TopicDto(int Id, string Name, string Slug, string? Parent);

public sealed record UnitDto(int Id, string Code, string Name, string? Kind, string? Parent, DateOnly ValidFrom, DateOnly? ValidTo, List<string>? Successors);
