using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content.Admin;
using ParPortal.Features.Users;
using ParPortal.Time;
using ParPortal.Features.Admin;

namespace ParPortal.Features.Users.Admin.Tokens;

/// <summary>
/// Personal API tokens: create (the secret is shown once), list and revoke. Administrators (who manage users)
/// see and revoke everyone's tokens; others only their own.
/// </summary>
[Authorize(Policy = Permissions.ManageOwnApiTokens)]
public sealed class IndexModel(ParPortalDbContext db, ApiTokenService tokens, UserManager<PortalUser> users, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Name, string Prefix, string UserName, DateTime CreatedUtc, DateTime? LastUsedUtc, DateTime? ExpiresUtc, DateTime? RevokedUtc, bool Active);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool SeesAll => User.HasPermission(Permissions.ManageUsers);

    /// <summary>The new token's secret, on the response to its creation only; it is never stored in clear.</summary>
    public string? CreatedSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string? name, string? expires, CancellationToken ct)
    {
        DateTime? expiresUtc = null;
        if (!string.IsNullOrWhiteSpace(expires))
        {
            if (!FormLists.TryDate(expires, out var day))
            {
                ModelState.AddModelError("expires", "Ngày hết hạn không đúng dạng ngày.");
            }
            else
            {
                // Valid through the whole chosen day, Vietnam time.
                expiresUtc = VietnamTime.EndOfDayUtc(day);
                if (expiresUtc <= clock.GetUtcNow().UtcDateTime)
                {
                    ModelState.AddModelError("expires", "Ngày hết hạn phải ở tương lai.");
                }
            }
        }

        if (ModelState.IsValid)
        {
            try
            {
                var (_, secret) = await tokens.CreateAsync(users.GetUserId(User)!, name ?? string.Empty, expiresUtc, ct);
                // Shown in this response rather than after a redirect, so that the secret never sits in a cookie.
                CreatedSecret = secret;
                Response.Headers.CacheControl = "no-store";
            }
            catch (ContentValidationException e)
            {
                FormErrors.Add(ModelState, e);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        if (!await tokens.RevokeAsync(id, SeesAll ? null : users.GetUserId(User), User.Identity?.Name, ct))
        {
            return NotFound();
        }

        TempData["Notice"] = "Đã thu hồi mã truy cập.";
        return Redirect("/admin/tokens");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var q = db.ApiTokens.AsNoTracking();
        if (!SeesAll)
        {
            var me = users.GetUserId(User);
            q = q.Where(t => t.UserId == me);
        }

        var rows = await q.OrderByDescending(t => t.CreatedUtc)
            .Select(t => new { t.Id, t.Name, t.Prefix, UserName = t.User!.UserName!, t.CreatedUtc, t.LastUsedUtc, t.ExpiresUtc, t.RevokedUtc })
            .ToListAsync(ct);
        Rows = rows.Select(t => new Row(t.Id, t.Name, t.Prefix, t.UserName, t.CreatedUtc, t.LastUsedUtc, t.ExpiresUtc, t.RevokedUtc,
            t.RevokedUtc is null && (t.ExpiresUtc is null || t.ExpiresUtc > now))).ToList();
    }
}
