using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Units;
using ParPortal.Features.Users;
using ParPortal.Time;
using ParPortal.Text;

namespace ParPortal.Features.Units.Admin;

/// <summary>Every unit with its dates, parent and successors; active ones first.</summary>
[Authorize(Policy = Permissions.ManageUnits)]
public sealed class IndexModel(ParPortalDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(clock);
        var all = await db.Units.AsNoTracking().Include(u => u.Parent).Include(u => u.Successors).ToListAsync(ct);
        Units = all.OrderBy(u => !u.IsActiveOn(Today)).ThenBy(u => u.Name, VietnameseOrder.Comparer).ToList();
    }
}
