using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Text;

namespace ParPortal.Features.Feedback.Workflow;

/// <summary>One question in the moderation queue, with its deadline worked out.</summary>
public sealed record FeedbackRow(
    Guid Id, string Title, string? TrackingCode, DateOnly ReceivedOn, DateOnly DueOn, FeedbackStatus Status, int? UnitId, string? UnitName,
    bool IsOverdue, DateTime? HandledUtc, IReadOnlyList<string> Topics);

/// <summary>
/// Reads questions for the queue, the overdue flags and the statistics: the latest version of each, scoped to a unit
/// for contributors. The status and the deadline are worked out here from the state and the working calendar.
/// Questions number in the hundreds to a few thousand a year, so a period's rows are read in one query and counted in
/// memory, where the calendar is.
/// </summary>
public sealed class FeedbackQueries(ParPortalDbContext db, FeedbackDeadlines deadlines)
{
    /// <summary>The questions received in [<paramref name="from"/>, <paramref name="to"/>] (all when null), of one unit when <paramref name="unitId"/> is given.</summary>
    public async Task<List<FeedbackRow>> RowsAsync(DateOnly? from, DateOnly? to, int? unitId, bool openOnly, CancellationToken ct)
    {
        var q = db.Set<FeedbackVersion>().AsNoTracking().Where(v => v.IsLatest);
        if (from is { } f)
        {
            q = q.Where(v => v.ReceivedOn >= f);
        }

        if (to is { } t)
        {
            q = q.Where(v => v.ReceivedOn <= t);
        }

        if (unitId is { } u)
        {
            q = q.Where(v => v.UnitId == u);
        }

        if (openOnly)
        {
            q = q.Where(FeedbackStatuses.Open);
        }

        var rows = await q.OrderByDescending(v => v.ReceivedOn).ThenByDescending(v => v.CreatedUtc)
            .Select(v => new
            {
                v.ContentItemId, v.Title, v.TrackingCode, v.ReceivedOn, v.State, v.UnitId, Unit = v.Unit == null ? null : v.Unit.Name,
                v.Item.FirstPublishedUtc, v.ClosedUtc, Topics = v.Topics.Select(x => x.Name).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var status = FeedbackStatuses.Of(r.State, r.UnitId, r.FirstPublishedUtc);
            var open = FeedbackStatuses.IsOpen(status);
            var handled = status == FeedbackStatus.Answered ? r.FirstPublishedUtc : status == FeedbackStatus.Closed ? r.ClosedUtc : null;
            return new FeedbackRow(r.ContentItemId, r.Title, r.TrackingCode, r.ReceivedOn, deadlines.DueOn(r.ReceivedOn), status, r.UnitId, r.Unit,
                open && deadlines.IsOverdue(r.ReceivedOn), handled, r.Topics);
        }).ToList();
    }

    /// <summary>How many open questions are past their due day (of one unit when given).</summary>
    public async Task<int> OverdueCountAsync(int? unitId, CancellationToken ct) =>
        (await RowsAsync(null, null, unitId, openOnly: true, ct)).Count(r => r.IsOverdue);

    /// <summary>Counts by unit and by topic of the questions received in a period.</summary>
    public async Task<FeedbackStatistics> StatisticsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await RowsAsync(from, to, null, openOnly: false, ct);
        var byUnit = rows.GroupBy(r => r.UnitName ?? "(Chưa giao đơn vị)").Select(g => Count(g.Key, g)).By(r => r.Name).ToList();
        var byTopic = rows.SelectMany(r => r.Topics.Count == 0 ? ["(Chưa phân loại)"] : r.Topics.Select(t => t), (r, t) => (r, t))
            .GroupBy(x => x.t, x => x.r).Select(g => Count(g.Key, g)).By(r => r.Name).ToList();
        return new FeedbackStatistics(from, to, deadlines.WorkingDays, Count("Tổng cộng", rows), byUnit, byTopic);
    }

    private FeedbackStatsRow Count(string name, IEnumerable<FeedbackRow> rows)
    {
        var list = rows.ToList();
        var answered = list.Where(r => r.Status == FeedbackStatus.Answered).ToList();
        var onTime = answered.Count(r => r.HandledUtc is { } h && deadlines.WasOnTime(r.ReceivedOn, h));
        return new FeedbackStatsRow(
            name,
            list.Count,
            answered.Count,
            onTime,
            answered.Count - onTime,
            list.Count(r => r.Status == FeedbackStatus.Closed),
            list.Count(r => FeedbackStatuses.IsOpen(r.Status)),
            list.Count(r => r.IsOverdue));
    }
}

/// <summary>One line of the statistics: received, answered (on time, late), closed, still open, overdue.</summary>
public sealed record FeedbackStatsRow(string Name, int Received, int Answered, int AnsweredOnTime, int AnsweredLate, int Closed, int Open, int Overdue);

/// <summary>The statistics of a period, by unit and by topic.</summary>
public sealed record FeedbackStatistics(
    DateOnly From, DateOnly To, int WorkingDays, FeedbackStatsRow Total, IReadOnlyList<FeedbackStatsRow> ByUnit, IReadOnlyList<FeedbackStatsRow> ByTopic);
