using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Api;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans.Evidence;

/// <summary>One "counts toward" link of an item: a plan and one of its tasks.</summary>
public sealed record TaskLinkDto(Guid PlanId, string PlanTitle, string TaskCode, string TaskContent);

/// <summary>The body of <c>PUT /api/content/{id}/task-links</c>: the tasks of one plan the item counts toward (empty: none).</summary>
public sealed record TaskLinksUpdate(Guid PlanId, IReadOnlyList<string>? Tasks);

/// <summary>
/// An item's "counts toward" links through the API, the same rules as the admin picker (<see cref="TaskLinkPicker"/>):
/// read by those who may read the item's draft, set by editors, a task only when one of its rules can count the item
/// (its window holds the date the item counts at). Each change goes through the content manager and its audit log.
/// </summary>
public static class TaskLinkEndpoints
{
    public static RouteGroupBuilder MapTaskLinksApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/content/{id:guid}/task-links").WithTags("Content");
        g.MapGet("/", GetAsync).RequireAuthorization(Permissions.ViewAdmin);
        g.MapPut("/", PutAsync).RequireAuthorization(Permissions.EditAllContent).Accepts<TaskLinksUpdate>("application/json");
        return g;
    }

    private static async Task<IResult> GetAsync(Guid id, ParPortalDbContext db, ContentTypeRegistry types, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = await ContentQueries.VersionAsync(db, id, published: false, ct);
        if (latest is null || !user.CanEdit(types.Of(latest), latest.UnitId, read: true))
        {
            return Results.Problem(title: "Không tìm thấy nội dung.", statusCode: StatusCodes.Status404NotFound);
        }

        return Results.Ok(await ReadAsync(db, id, ct));
    }

    private static async Task<IResult> PutAsync(Guid id, HttpRequest request, TaskLinkPicker picker, ParPortalDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync<TaskLinksUpdate>(request, ct);
        var view = await picker.LoadAsync(id, ct);
        if (view is null)
        {
            return Results.Problem(title: "Không tìm thấy nội dung.", statusCode: StatusCodes.Status404NotFound);
        }

        var plan = view.Plans.FirstOrDefault(p => p.PlanId == body.PlanId);
        var tasks = (body.Tasks ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (plan is null)
        {
            if (!await db.Plans.AnyAsync(p => p.ContentItemId == body.PlanId && p.IsPublished, ct))
            {
                throw ContentValidationException.Single("planId", "Không có kế hoạch đã ban hành với mã này.");
            }

        }

        var offered = plan?.Tasks.Select(t => t.Code).ToHashSet(StringComparer.Ordinal) ?? [];
        var unknown = tasks.Where(t => !offered.Contains(t)).ToList();
        if (unknown.Count > 0)
        {
            throw ContentValidationException.Single(
                "tasks", $"Nhiệm vụ {string.Join(", ", unknown)} không thuộc kế hoạch hoặc không tính được nội dung ở ngày xuất bản của nó.");
        }

        var values = tasks.Select(t => TaskLinksView.Value(body.PlanId, t)).ToList();
        // Links to the other plans stay as they are: send them back unchanged.
        values.AddRange(view.Plans.Where(p => p.PlanId != body.PlanId).SelectMany(p => p.Tasks.Where(t => t.Linked).Select(t => TaskLinksView.Value(p.PlanId, t.Code))));
        await picker.SaveAsync(view, values, user.ActorName(), ct);
        return Results.Ok(await ReadAsync(db, id, ct));
    }

    private static async Task<List<TaskLinkDto>> ReadAsync(ParPortalDbContext db, Guid id, CancellationToken ct)
    {
        var links = await db.TaskLinks.AsNoTracking().Where(l => l.ContentItemId == id).Select(l => new { l.PlanItemId, l.TaskCode }).ToListAsync(ct);
        var planIds = links.Select(l => l.PlanItemId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.ContentItemId) && (p.IsPublished || p.IsLatest))
            .Select(p => new { p.ContentItemId, p.IsPublished, p.Title, p.DefinitionJson }).ToListAsync(ct);
        // The published definition names the tasks, else the latest (a plan never published yet).
        var byPlan = plans.GroupBy(p => p.ContentItemId).ToDictionary(g => g.Key, g =>
        {
            var chosen = g.OrderByDescending(p => p.IsPublished).First();
            var tasks = Quotas.Model.PlanJson.Deserialize(chosen.DefinitionJson).Tasks.ToDictionary(t => t.Code, t => t.Content, StringComparer.Ordinal);
            return (chosen.Title, Tasks: tasks);
        });
        return links
            .OrderBy(l => l.PlanItemId).ThenBy(l => l.TaskCode, StringComparer.Ordinal)
            .Select(l => byPlan.TryGetValue(l.PlanItemId, out var plan)
                ? new TaskLinkDto(l.PlanItemId, plan.Title, l.TaskCode, plan.Tasks.GetValueOrDefault(l.TaskCode) ?? string.Empty)
                : new TaskLinkDto(l.PlanItemId, string.Empty, l.TaskCode, string.Empty))
            .ToList();
    }
}
