using ParPortal.Quotas.Progress;

namespace ParPortal.Quotas.Engine;

/// <summary>
/// Monthly activity and silences of a regular rule in one pass over its evidence, which is already in day order.
/// Silences are flagged only against a limit the plan states (none when the rule has no limit).
/// </summary>
internal static class RegularActivity
{
    public static (List<MonthActivity> Months, List<Silence> Silences) Measure(
        QuotaItemIndex index, EvidenceSet items, DateOnly start, DateOnly end, int? maxSilenceDays)
    {
        var months = new List<MonthActivity>();
        var silences = new List<Silence>();
        var limit = maxSilenceDays ?? int.MaxValue;
        var previous = start.DayNumber - 1;
        var i = 0;
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            var nextMonth = month.AddMonths(1).DayNumber;
            var count = 0;
            for (; i < items.Count && index.Days[items.Positions[i]] < nextMonth; i++)
            {
                var day = index.Days[items.Positions[i]];
                count++;
                if (day == previous)
                {
                    continue;
                }
                var gap = day - previous - 1;
                if (gap > limit)
                {
                    silences.Add(new Silence(DateOnly.FromDayNumber(previous + 1), DateOnly.FromDayNumber(day - 1), gap, Ongoing: false));
                }
                previous = day;
            }
            months.Add(new MonthActivity(month.Year, month.Month, count));
        }
        var tail = end.DayNumber - previous;
        if (tail > limit)
        {
            silences.Add(new Silence(DateOnly.FromDayNumber(previous + 1), end, tail, Ongoing: true));
        }
        return (months, silences);
    }
}
