using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Model;
using ParPortal.Time;

namespace ParPortal.Features.Plans;

/// <summary>A task the item may count toward.</summary>
public sealed record TaskLinkOption(string Code, string Content, bool Linked);

/// <summary>A published plan and its open tasks.</summary>
public sealed record TaskLinkPlan(Guid PlanId, string Title, int Year, IReadOnlyList<TaskLinkOption> Tasks);

/// <summary>What the "counts toward" picker shows for one item.</summary>
public sealed record TaskLinksView(Guid ItemId, DateOnly CountsOn, IReadOnlyList<TaskLinkPlan> Plans)
{
    /// <summary>The form value of a task checkbox: plan id and task code.</summary>
    public static string Value(Guid planId, string code) => $"{planId:N}|{code}";
}

/// <summary>
/// The "counts toward" picker: which tasks of published plans an item may be linked to, and saving the choice
/// through <see cref="ContentManager.SetTaskLinksAsync"/>. A task is open for an item when one of its rules has a
/// window containing the date the item counts at (its first publication, else today): a link outside every window
/// would never count, so offering it would mislead. Tasks already linked are always shown so they can be unlinked.
/// </summary>
public sealed class TaskLinkPicker(ParPortalDbContext db, ContentManager manager, TimeProvider clock)
{
    public async Task<TaskLinksView?> LoadAsync(Guid itemId, CancellationToken ct = default)
    {
        var item = await db.ContentItems.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { i.ContentType, i.FirstPublishedUtc }).FirstOrDefaultAsync(ct);
        if (item is null)
        {
            return null;
        }

        var day = item.FirstPublishedUtc is { } first
            ? VietnamTime.LocalDate(new DateTimeOffset(DateTime.SpecifyKind(first, DateTimeKind.Utc)))
            : VietnamTime.LocalDate(clock.GetUtcNow());
        if (item.ContentType == ContentTypes.Plan)
        {
            return new TaskLinksView(itemId, day, []);
        }

        var plans = await db.Plans.AsNoTracking().Where(p => p.IsPublished)
            .OrderByDescending(p => p.Year).ThenBy(p => p.Title)
            .Select(p => new { p.ContentItemId, p.Title, p.Year, p.DefinitionJson })
            .ToListAsync(ct);
        var links = await db.TaskLinks.AsNoTracking().Where(l => l.ContentItemId == itemId)
            .Select(l => new { l.PlanItemId, l.TaskCode }).ToListAsync(ct);

        var result = new List<TaskLinkPlan>();
        foreach (var p in plans)
        {
            var definition = PlanJson.Deserialize(p.DefinitionJson);
            var linked = links.Where(l => l.PlanItemId == p.ContentItemId).Select(l => l.TaskCode).ToHashSet(StringComparer.Ordinal);
            var tasks = definition.Tasks
                .Where(t => linked.Contains(t.Code) || PlanSpan.TaskAccepts(definition, t, day))
                .Select(t => new TaskLinkOption(t.Code, t.Content, linked.Contains(t.Code)))
                .ToList();
            if (tasks.Count > 0)
            {
                result.Add(new TaskLinkPlan(p.ContentItemId, p.Title, p.Year, tasks));
            }
        }

        return new TaskLinksView(itemId, day, result);
    }

    /// <summary>
    /// Saves the checked tasks (form values "planId|code"). Only plans whose selection changed are written, each in
    /// its own audited transaction. A value naming a task the picker does not offer is a validation error on
    /// <c>tasks</c> and nothing is saved.
    /// </summary>
    public async Task<int> SaveAsync(TaskLinksView view, IReadOnlyCollection<string> values, string actor, CancellationToken ct = default)
    {
        var offered = view.Plans.SelectMany(p => p.Tasks.Select(t => TaskLinksView.Value(p.PlanId, t.Code))).ToHashSet(StringComparer.Ordinal);
        var unknown = values.FirstOrDefault(v => !offered.Contains(v));
        if (unknown is not null)
        {
            throw ContentValidationException.Single("tasks", "Nhiệm vụ được chọn không thuộc kế hoạch đang thực hiện hoặc đã hết thời hạn tính.");
        }

        var changed = 0;
        foreach (var plan in view.Plans)
        {
            var chosen = plan.Tasks.Where(t => values.Contains(TaskLinksView.Value(plan.PlanId, t.Code))).Select(t => t.Code).ToList();
            var before = plan.Tasks.Where(t => t.Linked).Select(t => t.Code).ToList();
            if (chosen.Order(StringComparer.Ordinal).SequenceEqual(before.Order(StringComparer.Ordinal)))
            {
                continue;
            }

            await manager.SetTaskLinksAsync(view.ItemId, plan.PlanId, chosen, actor, ct);
            changed++;
        }

        return changed;
    }
}
