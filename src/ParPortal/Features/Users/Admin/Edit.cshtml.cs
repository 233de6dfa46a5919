using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Data;
using ParPortal.Features.Audit;
using ParPortal.Features.Units;
using ParPortal.Features.Users;

namespace ParPortal.Features.Users.Admin;

/// <summary>
/// Edits an account's roles, unit and contact details; locks, unlocks and resets its password. An administrator
/// cannot take the Administrator role from themselves or lock themselves out, so the site always keeps one.
/// </summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class EditModel(ParPortalDbContext db, UserManager<PortalUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public PortalUser? Account { get; private set; }

    public bool IsLocked { get; private set; }

    public bool IsSelf { get; private set; }

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new UserInput
        {
            UserName = Account!.UserName!,
            DisplayName = Account.DisplayName,
            Email = Account.Email,
            UnitId = Account.UnitId,
            Roles = [.. await users.GetRolesAsync(Account)],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        Input.Roles = Input.Roles.Where(Roles.All.Contains).Distinct().ToList();
        // The user name is not editable here; its binding errors do not apply.
        ModelState.Remove("Input.UserName");
        if (Input.Roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", "Hãy chọn ít nhất một vai trò.");
        }

        if (Input.Roles.Contains(Roles.Contributor) && Input.UnitId is null)
        {
            ModelState.AddModelError("Input.UnitId", "Cộng tác viên phải thuộc một đơn vị.");
        }

        if (Input.UnitId is { } unitId && await db.Units.FindAsync([unitId], ct) is null)
        {
            ModelState.AddModelError("Input.UnitId", "Không có đơn vị này.");
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var current = await users.GetRolesAsync(Account!);
        if (IsSelf && current.Contains(Roles.Administrator) && !Input.Roles.Contains(Roles.Administrator))
        {
            ModelState.AddModelError("Input.Roles", "Bạn không thể bỏ vai trò Quản trị hệ thống của chính mình.");
        }

        if (!ModelState.IsValid)
        {
            Input.UserName = Account!.UserName!;
            return Page();
        }

        Account!.DisplayName = string.IsNullOrWhiteSpace(Input.DisplayName) ? null : Input.DisplayName.Trim();
        Account.Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim();
        Account.UnitId = Input.UnitId;
        var updated = await users.UpdateAsync(Account);
        if (!updated.Succeeded)
        {
            foreach (var (field, message) in updated.Errors.Select(IdentityMessages.Of))
            {
                ModelState.AddModelError(field.Length == 0 ? string.Empty : "Input." + field, message);
            }

            Input.UserName = Account.UserName!;
            return Page();
        }

        await users.RemoveFromRolesAsync(Account, current.Except(Input.Roles));
        await users.AddToRolesAsync(Account, Input.Roles.Except(current));
        // The audit entry rides on the security-stamp update's save, so the log has it as soon as the change is live.
        AccountAudit.Record(db, clock, User.Identity?.Name, AccountAudit.UserSave, Account.UserName!, await UserForm.DescribeAsync(db, Input.Roles, Account.UnitId, ct));
        // Roles and unit live in the sign-in cookie: a new stamp makes the user's sessions pick up the change.
        await users.UpdateSecurityStampAsync(Account);
        TempData["Notice"] = "Đã lưu người dùng.";
        return Redirect($"/admin/users/{id}");
    }

    public async Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            TempData["Notice"] = "Bạn không thể tự khóa tài khoản của mình.";
            return Redirect($"/admin/users/{id}");
        }

        await users.SetLockoutEnabledAsync(Account!, true);
        await users.SetLockoutEndDateAsync(Account!, DateTimeOffset.MaxValue);
        AccountAudit.Record(db, clock, User.Identity?.Name, AccountAudit.UserLock, Account!.UserName!);
        await users.UpdateSecurityStampAsync(Account!);
        TempData["Notice"] = "Đã khóa tài khoản.";
        return Redirect($"/admin/users/{id}");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        AccountAudit.Record(db, clock, User.Identity?.Name, AccountAudit.UserUnlock, Account!.UserName!);
        await users.SetLockoutEndDateAsync(Account!, null);
        await users.ResetAccessFailedCountAsync(Account!);
        TempData["Notice"] = "Đã mở khóa tài khoản.";
        return Redirect($"/admin/users/{id}");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken ct)
    {
        // This form posts only the new password: the account form's (bound but absent) fields are not its errors.
        ModelState.Clear();
        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), "Hãy nhập mật khẩu mới.");
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var token = await users.GeneratePasswordResetTokenAsync(Account!);
            var reset = await users.ResetPasswordAsync(Account!, token, NewPassword!);
            if (reset.Succeeded)
            {
                AccountAudit.Record(db, clock, User.Identity?.Name, AccountAudit.UserPassword, Account!.UserName!);
                await db.SaveChangesAsync(ct);
                TempData["Notice"] = "Đã đặt lại mật khẩu.";
                return Redirect($"/admin/users/{id}");
            }

            foreach (var (_, message) in reset.Errors.Select(IdentityMessages.Of))
            {
                ModelState.AddModelError(nameof(NewPassword), message);
            }
        }

        Input = new UserInput { UserName = Account!.UserName!, DisplayName = Account.DisplayName, Email = Account.Email, UnitId = Account.UnitId, Roles = [.. await users.GetRolesAsync(Account)] };
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        Account = await users.FindByIdAsync(id);
        Units = await UserForm.UnitsAsync(db, ct);
        if (Account is null)
        {
            return false;
        }

        IsLocked = Account.LockoutEnd > clock.GetUtcNow();
        IsSelf = Account.Id == users.GetUserId(User);
        return true;
    }
}
