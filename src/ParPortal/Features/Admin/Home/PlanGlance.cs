using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ParPortal.Data;
using ParPortal.Features.Plans;
using ParPortal.Features.Users;
using ParPortal.Quotas.Progress;

namespace ParPortal.Features.Admin.Home;

/// <summary>A task of the current plan as the admin home shows it: done / required and the status, for the person's scope.</summary>
public sealed record GlanceTask(string Code, string Content, string Done, QuotaStatus? Status);

/// <summary>The current plan at a glance: for a contributor their unit's tasks, for the office and editors the status counts; and what falls due next.</summary>
public sealed record PlanGlanceResult(Guid PlanId, string Title, string? UnitName, IReadOnlyDictionary<QuotaStatus, int> StatusCounts, IReadOnlyList<GlanceTask> UnitTasks, IReadOnlyList<DueItem> DueNext);

/// <summary>
/// The home page's view of plan progress, through <see cref="PlanProgressService"/>. The current plan is the newest
/// published plan of this year (else of the latest year). One computation is kept for a minute per plan, day and
/// unit: the home is opened often and the figures move only when something is published, which the plan page shows
/// at once.
/// </summary>
public sealed class PlanGlance(PlanProgressService plans, ParPortalDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>How many deadlines the home lists.</summary>
    public const int DueShown = 3;

    /// <summary>How many of the unit's tasks the home lists (the plan page has them all).</summary>
    public const int TasksShown = 6;

    public async Task<PlanGlanceResult?> LoadAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.HasPermission(Permissions.ViewDashboard))
        {
            return null;
        }

        var today = plans.Today;
        var current = (await plans.ListAsync(ct)).Where(p => p.IsPublished).OrderBy(p => p.Year == today.Year ? 0 : 1).ThenByDescending(p => p.Year).FirstOrDefault();
        if (current is null)
        {
            return null;
        }

        var whole = user.HasPermission(Permissions.ViewAllContent);
        var unit = whole ? null : await db.Units.AsNoTracking().Where(u => u.Id == user.UnitId()).Select(u => new { u.Code, u.Name }).FirstOrDefaultAsync(ct);
        if (!whole && unit is null)
        {
            return null;
        }

        return await cache.GetOrCreateAsync((nameof(PlanGlance), current.Id, today, unit?.Code), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            var result = await plans.ComputeAsync(current.Id, today, null, ct);
            if (result is null)
            {
                return null;
            }

            var scope = unit is null ? null : PlanDashboard.UnitScope(unit.Code, result.Input.Units);
            var dashboard = PlanDashboard.Build(result.Progress, result.Plan.Definition, result.Input.Units, scope);
            // The unit's own quotas first, the most urgent first; then tasks it has evidence for.
            var tasks = scope is null
                ? []
                : dashboard.Tasks.Where(t => t.Status is not null || t.DoneText != "0")
                    .OrderBy(t => t.Status switch { QuotaStatus.Overdue or QuotaStatus.Missed => 0, QuotaStatus.Behind => 1, QuotaStatus.NotStarted => 2, QuotaStatus.OnTrack => 3, null => 5, _ => 4 })
                    .Take(TasksShown)
                    .Select(t => new GlanceTask(t.Code, t.Content, t.DoneText, t.Status)).ToList();
            return new PlanGlanceResult(current.Id, current.Title, unit?.Name, result.Progress.StatusCounts, tasks, dashboard.DueNext.Take(DueShown).ToList());
        });
    }
}
