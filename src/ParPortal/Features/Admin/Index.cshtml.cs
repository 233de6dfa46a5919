using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Features.Admin.Home;

namespace ParPortal.Features.Admin;

/// <summary>
/// The admin home for each role: what needs the person's attention first (their drafts, what waits for their
/// review or what they sent for review), then the schedule, the latest publications, their unit's plan progress and
/// what falls due next, and recent activity. Every list links to the full content list, filtered.
/// </summary>
public sealed class IndexModel(AdminHome home, PlanGlance glance) : PageModel
{
    public HomeLists Lists { get; private set; } = null!;

    public PlanGlanceResult? Plan { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Lists = await home.LoadAsync(User, ct);
        Plan = await glance.LoadAsync(User, ct);
    }
}
