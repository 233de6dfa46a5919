using Microsoft.AspNetCore.Mvc;
using ParPortal.Features.Feedback.Workflow;
using ParPortal.Features.Users;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>
/// The overdue flag on the admin home and the plan dashboard: how many open questions are past their due day (all of
/// them for those who see all content, the own unit's for a contributor), linking to the queue filtered to them.
/// </summary>
public sealed class FeedbackOverdueViewComponent(FeedbackQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = UserClaimsPrincipal;
        if (!user.HasPermission(Permissions.ViewAllContent) && !user.HasPermission(Permissions.EditOwnUnitContent))
        {
            return Content(string.Empty);
        }

        int? unit = user.HasPermission(Permissions.ViewAllContent) ? null : user.UnitId() ?? -1;
        var overdue = await queries.OverdueCountAsync(unit, HttpContext.RequestAborted);
        return View("~/Features/Feedback/Admin/_Overdue.cshtml", overdue);
    }
}
