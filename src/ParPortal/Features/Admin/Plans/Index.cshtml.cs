using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Features.Plans;
using ParPortal.Features.Users;

// Not "Admin.Plans": that namespace would shadow ParPortal.Features.Plans for the Admin.Content pages (Plans.PlanInput).
namespace ParPortal.Features.Admin.Dashboard;

/// <summary>The dashboard's entry: every plan, the newest first, each linking to its progress page.</summary>
[Authorize(Policy = Permissions.ViewDashboard)]
public sealed class IndexModel(PlanProgressService plans) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Plans = await plans.ListAsync(ct);
}
