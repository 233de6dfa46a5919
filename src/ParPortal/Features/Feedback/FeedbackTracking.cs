using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Feedback.Api;
using ParPortal.Features.Feedback.Deadlines;

namespace ParPortal.Features.Feedback;

/// <summary>The status a citizen sees with a tracking code (the page and the API share it): never the contact.</summary>
public static class FeedbackTracking
{
    public static async Task<FeedbackTrackingDto?> FindAsync(ParPortalDbContext db, FeedbackDeadlines deadlines, string code, CancellationToken ct)
    {
        var v = await db.Set<FeedbackVersion>().AsNoTracking().Include(x => x.Item)
            .SingleOrDefaultAsync(x => x.TrackingCode == code && x.IsLatest, ct);
        if (v is null)
        {
            return null;
        }

        var status = FeedbackStatuses.Of(v);
        var published = v.Item.PublishedVersionNumber is null
            ? null
            : await db.Set<FeedbackVersion>().AsNoTracking().SingleOrDefaultAsync(x => x.ContentItemId == v.ContentItemId && x.IsPublished, ct);
        return new FeedbackTrackingDto(
            code, status, FeedbackStatuses.Vietnamese(status), v.ReceivedOn, deadlines.DueOn(v.ReceivedOn), published?.Answer,
            status == FeedbackStatus.Closed ? v.ClosedReason : null, published is null ? null : FeedbackUrls.Item(v.Item.Slug));
    }
}
