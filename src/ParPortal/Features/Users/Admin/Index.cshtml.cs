using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Users;

namespace ParPortal.Features.Users.Admin;

/// <summary>Every account with its roles, unit and whether it is locked.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class IndexModel(ParPortalDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(string Id, string UserName, string? DisplayName, string? Email, string? UnitName, IReadOnlyList<string> Roles, bool Locked);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().Include(u => u.Unit).OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        Rows = users.Select(u => new Row(u.Id, u.UserName!, u.DisplayName, u.Email, u.Unit?.Name, byUser[u.Id].Order().ToList(), u.LockoutEnd > now)).ToList();
    }
}
