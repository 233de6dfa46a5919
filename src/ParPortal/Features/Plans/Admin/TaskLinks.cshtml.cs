using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Content;
using ParPortal.Features.Plans;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans.Admin;

/// <summary>
/// The "counts toward" picker on its own page and its POST handler (the item page renders the same partial and
/// posts here). Editors only: linking decides what the office reports as evidence.
/// </summary>
[Authorize(Policy = Permissions.EditAllContent)]
public sealed class TaskLinksModel(TaskLinkPicker picker) : PageModel
{
    public TaskLinksView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var view = await picker.LoadAsync(id, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string[]? tasks, CancellationToken ct)
    {
        var values = (tasks ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        var view = await picker.LoadAsync(id, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        try
        {
            var changed = await picker.SaveAsync(view, values, User.Identity?.Name ?? "?", ct);
            TempData["Notice"] = changed == 0 ? "Liên kết nhiệm vụ không thay đổi." : "Đã lưu liên kết nhiệm vụ.";
        }
        catch (ContentValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }

            return Page();
        }
        catch (ContentRuleException e)
        {
            ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
            return Page();
        }

        return Redirect($"/admin/content/{id}");
    }
}
