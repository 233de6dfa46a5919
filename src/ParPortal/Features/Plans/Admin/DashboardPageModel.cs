using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Users;
using ParPortal.Quotas.Model;

namespace ParPortal.Features.Plans.Admin;

/// <summary>
/// What the plan's overview and a task's page share: the as-of date and period from the query (a bad value is shown
/// as an error and the default used), the computation, and the contributor's scope (their unit, its predecessors and
/// sub-units; the office and editors see every unit). Bad input → not found → forbidden, as every admin page.
/// </summary>
public abstract class DashboardPageModel(PlanProgressService plans, ParPortalDbContext db) : PageModel
{
    public PlanDashboard Dashboard { get; private set; } = null!;

    public PlanDefinition Plan { get; private set; } = null!;

    public Guid PlanId { get; private set; }

    public DateOnly AsOf { get; private set; }

    public string? Period { get; private set; }

    /// <summary>The contributor's unit name when the page shows only that unit's part.</summary>
    public string? ScopeUnitName { get; private set; }

    /// <summary>"period=…&amp;asOf=…", for links that keep the page's choice.</summary>
    public string Query => (Period is null ? string.Empty : "period=" + Uri.EscapeDataString(Period) + "&") + "asOf=" + Dashboard.Progress.AsOf.ToString("yyyy-MM-dd");

    /// <summary>Computes the page's progress; an action result when the page cannot be shown.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid planId, string? asOf, string? period, CancellationToken ct)
    {
        PlanId = planId;
        Period = string.IsNullOrWhiteSpace(period) ? null : period;
        try
        {
            AsOf = PlanEndpoints.ParseAsOf(asOf) ?? plans.Today;
        }
        catch (ContentValidationException e)
        {
            ModelState.AddModelError("asOf", e.Errors["asOf"][0]);
            AsOf = plans.Today;
        }

        PlanProgressResult? result;
        try
        {
            result = await plans.ComputeAsync(planId, AsOf, Period, ct);
        }
        catch (ContentValidationException e)
        {
            ModelState.AddModelError("period", e.Errors["period"][0]);
            Period = null;
            result = await plans.ComputeAsync(planId, AsOf, null, ct);
        }

        if (result is null)
        {
            return NotFound();
        }

        IReadOnlySet<string>? scope = null;
        if (!User.HasPermission(Permissions.ViewAllContent))
        {
            var unitId = User.UnitId();
            var unit = unitId is null ? null : await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Code, u.Name }).FirstOrDefaultAsync(ct);
            if (unit is null)
            {
                // A contributor without a unit has no part of any plan to see.
                return Forbid();
            }

            scope = PlanDashboard.UnitScope(unit.Code, result.Input.Units);
            ScopeUnitName = unit.Name;
        }

        Plan = result.Plan.Definition;
        Dashboard = PlanDashboard.Build(result.Progress, Plan, result.Input.Units, scope);
        return null;
    }
}
