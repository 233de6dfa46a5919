using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Features.Plans;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans.Admin;

/// <summary>The dashboard's entry: every plan, the newest first, each linking to its progress page.</summary>
[Authorize(Policy = Permissions.ViewDashboard)]
public sealed class IndexModel(PlanProgressService plans) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Plans = await plans.ListAsync(ct);
}
