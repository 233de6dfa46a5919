using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Quotas.Engine;

/// <summary>"Thường xuyên" rules: activity by month, and at least one item in every reporting period.</summary>
internal sealed partial class PlanComputation
{
    private RuleProgress EvaluateRegular(PlanTask task, RegularRule rule, int index)
    {
        if (!TryClip(rule.Window, out var window, out _, 1, rule, index, out var notApplicable))
        {
            return notApplicable;
        }
        if (_asOf < window.Start)
        {
            return new RuleProgress { Index = index, Kind = rule.KindName, Note = rule.Note, Window = window, Done = 0, Status = QuotaStatus.NotStarted };
        }
        var items = Collect(task, rule.LinkedOnly ? null : Filter(rule), window);
        var end = _asOf < window.End ? _asOf : window.End;

        var (months, silences) = RegularActivity.Measure(_index, items, window.Start, end, rule.MaxSilenceDays);
        var periods = MeasurePeriods(items, window);

        var statuses = periods.Select(p => p.Status).ToList();
        if (silences.Count > 0)
        {
            statuses.Add(_closed ? QuotaStatus.Missed : QuotaStatus.Behind);
        }
        var status = QuotaEngine.Combine(statuses);
        // Regular work is never finished while its window runs: every period met so far reads "on track".
        if (status == QuotaStatus.Met && !_closed && _asOf <= window.End)
        {
            status = QuotaStatus.OnTrack;
        }
        return new RuleProgress
        {
            Index = index,
            Kind = rule.KindName,
            Note = rule.Note,
            Window = window,
            Done = items.Count,
            Status = status,
            Items = new EvidenceList(_index, items),
            Months = months,
            Silences = silences,
            Periods = periods,
        };
    }

    /// <summary>
    /// The reporting periods a regular rule must show activity in: every period of the plan that overlaps the rule's
    /// window (and, for a period's report, the reported period), clipped to both, one row per distinct range. A plan
    /// that names no periods has one: the rule's own window.
    /// </summary>
    private List<PeriodActivity> MeasurePeriods(EvidenceSet items, DateRange window)
    {
        var ranges = new List<(string Label, DateRange Range)>();
        foreach (var period in _plan.ReportingPeriods)
        {
            if (period.Window.Resolve(_plan.Year) is not { IsValid: true } range || range.Intersect(window) is not { } clipped)
            {
                continue;
            }
            if (_period is { } reported)
            {
                if (clipped.Intersect(reported.Range) is not { } inside)
                {
                    continue;
                }
                clipped = inside;
            }
            if (!ranges.Any(r => r.Range == clipped))
            {
                ranges.Add((period.Label, clipped));
            }
        }
        if (ranges.Count == 0)
        {
            ranges.Add((_period?.Label ?? "Cả thời gian thực hiện", window));
        }

        var result = new List<PeriodActivity>(ranges.Count);
        foreach (var (label, range) in ranges.OrderBy(r => r.Range.End).ThenByDescending(r => r.Range.Start))
        {
            var last = Math.Min(range.End.DayNumber, _asOf.DayNumber);
            var count = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var day = _index.Days[items.Positions[i]];
                if (day >= range.Start.DayNumber && day <= last)
                {
                    count++;
                }
            }
            // A period with activity is met; one without is not started, behind while open, missed once closed.
            var status = count > 0 ? QuotaStatus.Met
                : _asOf < range.Start ? QuotaStatus.NotStarted
                : range.End < _asOf || (_closed && range.End <= _asOf) ? QuotaStatus.Missed
                : QuotaStatus.Behind;
            result.Add(new PeriodActivity(label, range.Start, range.End, count, status));
        }
        return result;
    }
}
