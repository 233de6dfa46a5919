using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Bench.QuotaBaseline;

/// <summary>One run of the engine over one plan; holds the compiled state so that rules share it.</summary>
internal sealed partial class PlanComputation
{
    private readonly PlanDefinition _plan;
    private readonly QuotaItemIndex _index;
    private readonly UnitGraph _units;
    private readonly ProcedureCoverage _coverage;
    private readonly DateOnly _asOf;
    private readonly (string Label, DateRange Range)? _period;
    private readonly DateRange _year;

    public PlanComputation(
        PlanDefinition plan,
        QuotaItemIndex index,
        UnitGraph units,
        ProcedureCoverage coverage,
        DateOnly asOf,
        (string Label, DateRange Range)? period)
    {
        _plan = plan;
        _index = index;
        _units = units;
        _coverage = coverage;
        _asOf = asOf;
        _period = period;
        _year = new DateRange(new DateOnly(plan.Year, 1, 1), new DateOnly(plan.Year, 12, 31));
    }

    public PlanProgress Run()
    {
        var tasks = new List<TaskProgress>(_plan.Tasks.Count);
        foreach (var task in _plan.Tasks)
        {
            var rules = new List<RuleProgress>(task.Rules.Count);
            for (var i = 0; i < task.Rules.Count; i++)
            {
                rules.Add(Evaluate(task, task.Rules[i], i + 1));
            }
            var evidence = rules
                .SelectMany(r => r.Items)
                .GroupBy(c => c.Id)
                .Select(g => g.First())
                .OrderBy(c => c.PublishedAt)
                .ToList();
            tasks.Add(new TaskProgress
            {
                Code = task.Code,
                GroupCode = task.GroupCode,
                Content = task.Content,
                LeadUnit = task.LeadUnit,
                Timing = task.Timing,
                EvidenceKind = task.EvidenceKind,
                Status = rules.Count == 0 ? QuotaStatus.Regular : QuotaEngine.Combine(rules.Select(r => r.Status)),
                Rules = rules,
                Evidence = evidence,
            });
        }

        return new PlanProgress
        {
            PlanNumber = _plan.Number,
            PlanTitle = _plan.Title,
            Year = _plan.Year,
            AsOf = _asOf,
            PeriodLabel = _period?.Label,
            PeriodWindow = _period?.Range,
            Tasks = tasks,
            Matrix = BuildMatrix(tasks),
            DueNext = BuildDueNext(tasks),
        };
    }

    private RuleProgress Evaluate(PlanTask task, QuotaRule rule, int index) => rule switch
    {
        CountRule count => EvaluateCount(task, count, index),
        PerUnitRule perUnit => EvaluatePerUnit(task, perUnit, index),
        DeliverableRule deliverable => EvaluateDeliverable(task, deliverable, index),
        CoverageRule coverage => EvaluateCoverage(coverage, index),
        RegularRule regular => EvaluateRegular(task, regular, index),
        _ => throw new NotSupportedException($"Quy tắc không hỗ trợ: {rule.GetType().Name}."),
    };

    private RuleProgress EvaluateCount(PlanTask task, CountRule rule, int index)
    {
        if (!TryClip(rule.Window, out var window, out var required, rule.Min, rule, index, out var notApplicable))
        {
            return notApplicable;
        }
        var filter = new ItemFilter(_index, _units, rule.Types, rule.Topics, rule.Units, rule.DocumentKinds);
        var items = Collect(task, rule.LinkedOnly ? null : filter, window);
        return new RuleProgress
        {
            Index = index,
            Kind = rule.KindName,
            Note = rule.Note,
            Window = window,
            Required = required,
            Done = items.Count,
            Status = QuotaEngine.PaceStatus(items.Count, required, window, _asOf),
            Items = items,
        };
    }

    private RuleProgress EvaluatePerUnit(PlanTask task, PerUnitRule rule, int index)
    {
        if (!TryClip(rule.Window, out var window, out var required, rule.Min, rule, index, out var notApplicable))
        {
            return notApplicable;
        }
        var filter = new ItemFilter(_index, _units, rule.Types, rule.Topics, rule.Units, rule.DocumentKinds);
        var candidates = Collect(task, rule.LinkedOnly ? null : filter, window);
        var set = rule.UnitSet.Distinct(StringComparer.Ordinal).ToList();
        var counts = set.ToDictionary(u => u, _ => 0, StringComparer.Ordinal);
        var evidence = new List<CountedItem>();
        foreach (var item in candidates)
        {
            var credited = false;
            if (item.UnitCode is { } unit)
            {
                foreach (var target in _units.Closure(unit))
                {
                    if (counts.TryGetValue(target, out var n))
                    {
                        counts[target] = n + 1;
                        credited = true;
                    }
                }
            }
            // A linked item is evidence for the task even when its unit is outside the set.
            if (credited || item.Reason != CountReason.Filter)
            {
                evidence.Add(item);
            }
        }
        var rows = set
            .Select(u => new UnitProgress(u, _units.NameOf(u), counts[u], required, QuotaEngine.PaceStatus(counts[u], required, window, _asOf)))
            .ToList();
        var done = rows.Sum(r => Math.Min(r.Done, required));
        // The rule is as good as its weakest unit: one silent unit must not hide behind busy ones.
        var status = rows.Count == 0 ? QuotaStatus.Met : QuotaEngine.Combine(rows.Select(r => r.Status));
        return new RuleProgress
        {
            Index = index,
            Kind = rule.KindName,
            Note = rule.Note,
            Window = window,
            Required = required * rows.Count,
            Done = done,
            Status = status,
            Items = evidence,
            Units = rows,
        };
    }

    private RuleProgress EvaluateDeliverable(PlanTask task, DeliverableRule rule, int index)
    {
        var window = new DateRange(rule.NotBefore ?? _year.Start, rule.DueDate);
        // A deliverable is a one-off: it is not pro-rated, only dropped when it has nothing to do with the period.
        if (_period is { } period && window.Intersect(period.Range) is null)
        {
            return NotApplicable(rule, index, window);
        }
        var filter = new ItemFilter(_index, _units, rule.Types, rule.Topics, rule.Units, rule.DocumentKinds);
        var items = Collect(task, filter, window);
        var status = items.Count > 0 ? QuotaStatus.Met
            : _asOf < window.Start ? QuotaStatus.NotStarted
            : _asOf > window.End ? QuotaStatus.Overdue
            : QuotaStatus.OnTrack;
        return new RuleProgress
        {
            Index = index,
            Kind = rule.KindName,
            Note = rule.Note,
            Window = window,
            Required = 1,
            Done = items.Count,
            Status = status,
            Items = items,
        };
    }

    private RuleProgress EvaluateCoverage(CoverageRule rule, int index)
    {
        var window = rule.Window.Resolve(_plan.Year) ?? _year;
        if (_period is { } period && window.Intersect(period.Range) is null)
        {
            return NotApplicable(rule, index, window);
        }
        var total = Math.Max(0, _coverage.Total);
        var done = Math.Clamp(_coverage.PublishedAndCurrent, 0, total);
        var required = (int)Math.Ceiling(total * rule.Percent / 100m);
        var percent = total == 0 ? 100m : Math.Round(done * 100m / total, 1);
        // Coverage is a snapshot, not an accumulation, so pace does not apply: below target is behind.
        var status = done >= required ? QuotaStatus.Met
            : _asOf < window.Start ? QuotaStatus.NotStarted
            : _asOf > window.End ? QuotaStatus.Overdue
            : QuotaStatus.Behind;
        return new RuleProgress
        {
            Index = index,
            Kind = rule.KindName,
            Note = rule.Note,
            Window = window,
            Required = required,
            Done = done,
            Percent = percent,
            Status = status,
        };
    }

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
        var filter = new ItemFilter(_index, _units, rule.Types, rule.Topics, rule.Units, rule.DocumentKinds);
        var items = Collect(task, rule.LinkedOnly ? null : filter, window);
        var end = _asOf < window.End ? _asOf : window.End;

        var months = new List<MonthActivity>();
        for (var month = new DateOnly(window.Start.Year, window.Start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            var count = items.Count(i => i.LocalDate.Year == month.Year && i.LocalDate.Month == month.Month);
            months.Add(new MonthActivity(month.Year, month.Month, count));
        }

        var silences = new List<Silence>();
        var previous = window.Start.DayNumber - 1;
        foreach (var day in items.Select(i => i.LocalDate.DayNumber).Distinct().Order())
        {
            var gap = day - previous - 1;
            if (gap > rule.MaxSilenceDays)
            {
                silences.Add(new Silence(DateOnly.FromDayNumber(previous + 1), DateOnly.FromDayNumber(day - 1), gap, Ongoing: false));
            }
            previous = day;
        }
        var tail = end.DayNumber - previous;
        if (tail > rule.MaxSilenceDays)
        {
            silences.Add(new Silence(DateOnly.FromDayNumber(previous + 1), end, tail, Ongoing: true));
        }

        var status = silences.Count > 0 ? QuotaStatus.Behind
            : _asOf > window.End ? QuotaStatus.Met
            : QuotaStatus.OnTrack;
        return new RuleProgress
        {
            Index = index,
            Kind = rule.KindName,
            Note = rule.Note,
            Window = window,
            Done = items.Count,
            Status = status,
            Items = items,
            Months = months,
            Silences = silences,
        };
    }
}
