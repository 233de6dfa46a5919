using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Feedback.Deadlines;

namespace ParPortal.Features.Feedback.Workflow;

/// <summary>
/// One question as staff see it (the case page and the API): its latest version, status and deadline, whether the user
/// may read it and act on it, and the contact only when they may act.
/// </summary>
public sealed record FeedbackCase(FeedbackVersion Question, FeedbackStatus Status, DateOnly DueOn, bool IsOverdue, bool MayRead, bool MayAct, FeedbackContact? Contact)
{
    /// <summary>Reads a question for a user; null when there is no such question.</summary>
    public static async Task<FeedbackCase?> ReadAsync(
        ParPortalDbContext db, ContentTypeRegistry types, FeedbackDeadlines deadlines, Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var q = await db.Set<FeedbackVersion>().AsNoTracking().Include(v => v.Item).Include(v => v.Unit).Include(v => v.Topics).AsSplitQuery()
            .OrderBy(v => v.Id).SingleOrDefaultAsync(v => v.ContentItemId == id && v.IsLatest, ct);
        if (q is null)
        {
            return null;
        }

        var type = types.Get(ContentTypes.Feedback);
        var mayAct = user.CanEdit(type, q.UnitId);
        var contact = mayAct ? await db.Set<FeedbackContact>().AsNoTracking().SingleOrDefaultAsync(c => c.ContentItemId == id, ct) : null;
        var status = FeedbackStatuses.Of(q);
        return new FeedbackCase(q, status, deadlines.DueOn(q.ReceivedOn), FeedbackStatuses.IsOpen(status) && deadlines.IsOverdue(q.ReceivedOn),
            user.CanEdit(type, q.UnitId, read: true), mayAct, contact);
    }
}
