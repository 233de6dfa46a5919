using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ParPortal.Data;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans.Admin;

/// <summary>
/// One plan at a glance, as of a date, for the whole year or a reporting period: per task what is done against what
/// is required, its status and what is needed next in words; the units × tasks table; what falls due. Each task's
/// rules and evidence are on its own page (<see cref="TaskModel"/>).
/// </summary>
[Authorize(Policy = Permissions.ViewDashboard)]
public sealed class PlanModel(PlanProgressService plans, ParPortalDbContext db) : DashboardPageModel(plans, db)
{
    public async Task<IActionResult> OnGetAsync(Guid planId, string? asOf, string? period, CancellationToken ct) =>
        await LoadAsync(planId, asOf, period, ct) ?? Page();
}
