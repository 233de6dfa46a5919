using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Api;
using ParPortal.Features.Users;

namespace ParPortal.Features.Topics.Api;

/// <summary>Topics: readable by anyone, changed by those who manage the taxonomy.</summary>
public static class TopicEndpoints
{
    public static void MapTopicApi(this RouteGroupBuilder api)
    {
        var topics = api.MapGroup("/topics").WithTags("Topics");
        topics.MapGet("/", async (ParPortalDbContext db, CancellationToken ct) =>
            Results.Ok((await db.Topics.AsNoTracking().Include(t => t.Parent).Where(t => t.MergedIntoId == null).ToListAsync(ct)).InEditorsOrder()
                .Select(t => new TopicDto(t.Id, t.Name, t.Slug, t.Parent?.Slug)).ToList())).AllowAnonymous();
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
    }
}
