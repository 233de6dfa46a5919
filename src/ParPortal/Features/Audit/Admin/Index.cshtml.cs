using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Audit;
using ParPortal.Features.Content;
using ParPortal.Features.Users;
using ParPortal.Time;

using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Audit.Admin;

/// <summary>The audit log, newest first, filtered by user, action, content type and a date range (Vietnam days).</summary>
[Authorize(Policy = Permissions.ViewAuditLog)]
public sealed class IndexModel(ParPortalDbContext db, ContentTypeRegistry types) : PageModel
{
    public const int PageSize = 50;

    public string? UserName { get; private set; }

    public string? Action { get; private set; }

    public string? Type { get; private set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public Paged<AuditEntry> Result { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public async Task OnGetAsync(string? user, string? action, string? type, DateOnly? from, DateOnly? to, int page = 1, CancellationToken ct = default)
    {
        (UserName, Action, Type, From, To) = (Blank(user), Blank(action), types.IsKnown(type) ? type : null, from, to);
        var q = db.AuditLog.AsNoTracking();
        if (UserName is not null)
        {
            q = q.Where(a => a.UserName == UserName);
        }

        if (Action is not null)
        {
            q = q.Where(a => a.Action == Action);
        }

        if (Type is not null)
        {
            q = q.Where(a => a.ContentType == Type);
        }

        // The dates are days in Vietnam time, as editors read them.
        if (From is { } f)
        {
            var fromUtc = VietnamTime.StartOfDayUtc(f);
            q = q.Where(a => a.TimestampUtc >= fromUtc);
        }

        if (To is { } t)
        {
            var toUtc = VietnamTime.EndOfDayUtc(t);
            q = q.Where(a => a.TimestampUtc < toUtc);
        }

        var paging = PageRequest.Of(page, PageSize, PageSize, PageSize);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.TimestampUtc).ThenByDescending(a => a.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
        Result = new Paged<AuditEntry>(rows, total, paging.Number, PageSize);
        Actions = await db.AuditLog.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
