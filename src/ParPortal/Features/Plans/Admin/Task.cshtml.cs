using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ParPortal.Data;
using ParPortal.Features.Users;
using ParPortal.Quotas.Model;

namespace ParPortal.Features.Plans.Admin;

/// <summary>
/// One task of a plan: its rules read back in Vietnamese with their progress, per-unit rows and reporting periods,
/// activity by month, what is needed next, and the evidence counted (title, date, unit, why it counts).
/// </summary>
[Authorize(Policy = Permissions.ViewDashboard)]
public sealed class TaskModel(PlanProgressService plans, ParPortalDbContext db) : DashboardPageModel(plans, db)
{
    public DashboardTask Task { get; private set; } = null!;

    public PlanTask Definition { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid planId, string code, string? asOf, string? period, CancellationToken ct)
    {
        if (await LoadAsync(planId, asOf, period, ct) is { } refused)
        {
            return refused;
        }

        var task = Dashboard.Tasks.FirstOrDefault(t => t.Code == code);
        var definition = Plan.Tasks.FirstOrDefault(t => t.Code == code);
        if (task is null || definition is null)
        {
            return NotFound();
        }

        (Task, Definition) = (task, definition);
        return Page();
    }
}
