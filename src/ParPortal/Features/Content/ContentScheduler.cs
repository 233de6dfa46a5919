using Microsoft.EntityFrameworkCore;
using ParPortal.Content;

namespace ParPortal.Features.Content;

public sealed partial class ContentManager
{
    /// <summary>
    /// Publishes and unpublishes what is due at the clock's current time. Each item is its own transaction, so one
    /// item that cannot be published (its draft was archived meanwhile) does not hold the others back.
    /// </summary>
    public async Task<int> RunDueSchedulesAsync(CancellationToken ct = default)
    {
        var now = Now;
        var due = await db.ContentItems.AsNoTracking()
            .Where(i => (i.ScheduledPublishUtc != null && i.ScheduledPublishUtc <= now) || (i.ScheduledUnpublishUtc != null && i.ScheduledUnpublishUtc <= now))
            .Select(i => new { i.Id, i.ScheduledPublishUtc, i.ScheduledUnpublishUtc, i.PublishedVersionNumber, i.LatestVersionNumber })
            .ToListAsync(ct);
        var done = 0;
        foreach (var d in due)
        {
            var publishedIsLatest = d.PublishedVersionNumber == d.LatestVersionNumber;
            var action = ScheduleDecision.Due(clock.GetUtcNow(), Utc(d.ScheduledPublishUtc), Utc(d.ScheduledUnpublishUtc), publishedIsLatest);
            try
            {
                switch (action)
                {
                    case ScheduledAction.Publish:
                        await PublishAsync(d.Id, "scheduler", ct);
                        done++;
                        break;
                    case ScheduledAction.Unpublish:
                        await UnpublishAsync(d.Id, "scheduler", ct);
                        done++;
                        break;
                }
            }
            catch (ContentRuleException)
            {
                // The item moved to a state where the schedule no longer applies; the schedule is dropped so that
                // the scheduler does not retry it every period.
                await db.ContentItems.Where(i => i.Id == d.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.ScheduledPublishUtc, (DateTime?)null), ct);
            }
        }

        return done;
    }

    private static DateTimeOffset? Utc(DateTime? t) => t is null ? null : new DateTimeOffset(DateTime.SpecifyKind(t.Value, DateTimeKind.Utc));
}
