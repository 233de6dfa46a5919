using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Admin;
using ParPortal.Features.Content;
using ParPortal.Features.Feedback.Workflow;
using ParPortal.Features.Units;
using ParPortal.Features.Users;
using ParPortal.Text;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>
/// The moderation queue: questions with their status and due day, overdue ones flagged; editors and the office see
/// all, a contributor sees the questions assigned to their unit.
/// </summary>
public sealed class IndexModel(ParPortalDbContext db, FeedbackQueries queries) : PageModel
{
    private const int PageSize = 30;

    [FromQuery(Name = "status")]
    public FeedbackStatus? Status { get; set; }

    [FromQuery(Name = "unit")]
    public int? UnitId { get; set; }

    [FromQuery(Name = "overdue")]
    public bool OverdueOnly { get; set; }

    public IReadOnlyList<FeedbackRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public PagerModel Pager { get; private set; } = null!;

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public bool SeesAll => User.HasPermission(Permissions.ViewAllContent);

    public async Task<IActionResult> OnGetAsync(int? page, CancellationToken ct)
    {
        if (!SeesAll && !User.HasPermission(Permissions.EditOwnUnitContent))
        {
            return Forbid();
        }

        var scope = SeesAll ? UnitId : User.UnitId() ?? -1;
        var rows = (await queries.RowsAsync(null, null, scope, openOnly: OverdueOnly, ct))
            .Where(r => (Status is null || r.Status == Status) && (!OverdueOnly || r.IsOverdue)).ToList();
        Total = rows.Count;
        var paging = PageRequest.Of(page, PageSize, PageSize, PageSize);
        Rows = rows.Skip(paging.Skip).Take(paging.Size).ToList();
        Pager = new PagerModel(paging.Number, paging.PageCount(Total), Request.QueryString.Value);
        Units = SeesAll ? (await db.Units.AsNoTracking().ToListAsync(ct)).By(u => u.Name).ToList() : [];
        return Page();
    }
}
