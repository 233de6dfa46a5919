using Microsoft.AspNetCore.Mvc;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans;

/// <summary>
/// Renders the "counts toward" picker (<c>Content/Admin/_TaskLinks.cshtml</c>) on the admin item page for those
/// who may link items to plan tasks (editors); nothing for others.
/// </summary>
public sealed class TaskLinksViewComponent(TaskLinkPicker picker) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid itemId)
    {
        if (!UserClaimsPrincipal.HasPermission(Permissions.EditAllContent))
        {
            return Content(string.Empty);
        }

        var view = await picker.LoadAsync(itemId, HttpContext.RequestAborted);
        return view is null ? Content(string.Empty) : View("~/Features/Content/Admin/_TaskLinks.cshtml", view);
    }
}
