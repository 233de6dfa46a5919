using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Data;
using ParPortal.Features.Audit;
using ParPortal.Features.Units;
using ParPortal.Features.Users;

namespace ParPortal.Features.Users.Admin;

/// <summary>Creates an account with its roles, unit and an initial password that meets the password policy.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class CreateModel(ParPortalDbContext db, UserManager<PortalUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await UserForm.UnitsAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Roles = Input.Roles.Where(Roles.All.Contains).Distinct().ToList();
        if (Input.Roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", "Hãy chọn ít nhất một vai trò.");
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Hãy nhập mật khẩu ban đầu.");
        }

        if (Input.Roles.Contains(Roles.Contributor) && Input.UnitId is null)
        {
            ModelState.AddModelError("Input.UnitId", "Cộng tác viên phải thuộc một đơn vị.");
        }

        if (Input.UnitId is { } unitId && await db.Units.FindAsync([unitId], ct) is null)
        {
            ModelState.AddModelError("Input.UnitId", "Không có đơn vị này.");
        }

        if (ModelState.IsValid)
        {
            var user = new PortalUser
            {
                UserName = Input.UserName.Trim(),
                DisplayName = string.IsNullOrWhiteSpace(Input.DisplayName) ? null : Input.DisplayName.Trim(),
                Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim(),
                UnitId = Input.UnitId,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, Input.Password!);
            if (created.Succeeded)
            {
                // AddToRoles saves; the entry added just before goes into the log with the roles.
                AccountAudit.Record(db, clock, User.Identity?.Name, AccountAudit.UserCreate, user.UserName, await UserForm.DescribeAsync(db, Input.Roles, user.UnitId, ct));
                await users.AddToRolesAsync(user, Input.Roles);
                TempData["Notice"] = $"Đã tạo người dùng {user.UserName}.";
                return Redirect($"/admin/users/{user.Id}");
            }

            foreach (var (field, message) in created.Errors.Select(IdentityMessages.Of))
            {
                ModelState.AddModelError(field.Length == 0 ? string.Empty : "Input." + field, message);
            }
        }

        Units = await UserForm.UnitsAsync(db, ct);
        return Page();
    }
}
