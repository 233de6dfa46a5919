using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Quotas.Engine;

/// <summary>
/// One run of the engine over one plan; holds the compiled state so that rules share it. The rule kinds are
/// evaluated in <c>PlanComputation.Rules.cs</c> and <c>PlanComputation.Regular.cs</c>, deliverables are shared out in
/// <see cref="DeliverableAllocation"/>, the units × tasks table is made by <see cref="UnitTaskMatrixBuilder"/>.
/// </summary>
internal sealed partial class PlanComputation
{
    private readonly PlanDefinition _plan;
    private readonly QuotaItemIndex _index;
    private readonly UnitGraph _units;
    private readonly IReadOnlyList<ProcedureHistory> _procedures;
    private readonly (string Label, DateRange Range)? _period;
    private readonly DateRange _year;
    private readonly string? _agency;

    /// <summary>The date statuses are judged at: the as-of date, or the end of the period when that came first.</summary>
    private readonly DateOnly _asOf;

    /// <summary>
    /// The reporting period being computed ended before the as-of date: its quotas are judged (met, missed,
    /// overdue), never paced.
    /// </summary>
    private readonly bool _closed;

    public PlanComputation(
        PlanDefinition plan,
        QuotaItemIndex index,
        UnitGraph units,
        IReadOnlyList<ProcedureHistory> procedures,
        DateOnly asOf,
        (string Label, DateRange Range)? period)
    {
        _plan = plan;
        _index = index;
        _units = units;
        _procedures = procedures;
        _period = period;
        _year = new DateRange(new DateOnly(plan.Year, 1, 1), new DateOnly(plan.Year, 12, 31));
        _agency = string.IsNullOrWhiteSpace(plan.IssuingUnit) ? null : plan.IssuingUnit;
        _closed = period is { } p && asOf > p.Range.End;
        _asOf = period is { } q && asOf > q.Range.End ? q.Range.End : asOf;
    }

    public PlanProgress Run()
    {
        var allocated = DeliverableAllocation.Allocate(this);
        var tasks = new List<TaskProgress>(_plan.Tasks.Count);
        foreach (var task in _plan.Tasks)
        {
            var rules = new List<RuleProgress>(task.Rules.Count);
            for (var i = 0; i < task.Rules.Count; i++)
            {
                rules.Add(Evaluate(task, task.Rules[i], i + 1, allocated));
            }
            // Distinct over the rules in publication order; an item counted by two rules keeps the first rule's reason.
            var evidence = EvidenceSet.Empty;
            foreach (var rule in rules)
            {
                if (rule.Items is EvidenceList list)
                {
                    evidence = evidence.Union(list.Set);
                }
            }
            tasks.Add(new TaskProgress
            {
                Code = task.Code,
                GroupCode = task.GroupCode,
                Content = task.Content,
                LeadUnit = task.LeadUnit,
                Timing = task.Timing,
                EvidenceKind = task.EvidenceKind,
                Unnumbered = task.Unnumbered,
                Status = rules.Count == 0 ? QuotaStatus.Regular : QuotaEngine.Combine(rules.Select(r => r.Status)),
                Rules = rules,
                Evidence = new EvidenceList(_index, evidence),
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
            PeriodClosed = _closed,
            Tasks = tasks,
            Matrix = new UnitTaskMatrixBuilder(_index, _units, _year, _agency).Build(tasks),
            DueNext = BuildDueNext(tasks),
        };
    }

    internal PlanDefinition Plan => _plan;

    internal QuotaItemIndex Index => _index;

    private RuleProgress Evaluate(PlanTask task, QuotaRule rule, int index, IReadOnlyDictionary<DeliverableRule, EvidenceSet> allocated) => rule switch
    {
        CountRule count => EvaluateCount(task, count, index),
        PerUnitRule perUnit => EvaluatePerUnit(task, perUnit, index),
        DeliverableRule deliverable => EvaluateDeliverable(deliverable, index, allocated),
        CoverageRule coverage => EvaluateCoverage(coverage, index),
        RegularRule regular => EvaluateRegular(task, regular, index),
        _ => throw new NotSupportedException($"Quy tắc không hỗ trợ: {rule.GetType().Name}."),
    };

    /// <summary>
    /// The status of a quota: met; else missed once the period being reported has closed; else by pace while its
    /// window is open (see <see cref="QuotaEngine.PaceStatus"/>).
    /// </summary>
    private QuotaStatus Judge(int done, int required, DateRange window) =>
        done >= required ? QuotaStatus.Met
        : _closed ? QuotaStatus.Missed
        : QuotaEngine.PaceStatus(done, required, window, _asOf);

    /// <summary>A filter for a rule's lists, held to the issuing agency when the rule names no unit.</summary>
    private ItemFilter Filter(FilteredRule rule, bool agencyScoped = true) =>
        new(_index, _units, rule.Types, rule.Topics, rule.Units, rule.DocumentKinds, rule.TitleWords, agencyScoped ? _agency : null);

    /// <summary>Matching items plus items an editor linked to the task, published in the window and by the as-of date.</summary>
    internal EvidenceSet Collect(PlanTask task, ItemFilter? filter, DateRange window)
    {
        var toDay = Math.Min(window.End.DayNumber, _asOf.DayNumber);
        if (toDay < window.Start.DayNumber)
        {
            return EvidenceSet.Empty;
        }
        // Positions are in publication order, so the window is the position range [from, to).
        var from = _index.FirstOnOrAfter(window.Start.DayNumber);
        var to = _index.FirstOnOrAfter(toDay + 1);
        var linkKey = _index.Links.Find(task.Code);
        var linked = linkKey >= 0 ? PositionBuckets.Slice(_index.ByLink[linkKey], from, to) : [];
        var matched = filter?.Select(_index, from, to) ?? [];
        return EvidenceSet.FromMatchesAndLinks(matched, linked);
    }

    /// <summary>The product window of a deliverable: [not before (default 1 January), due date].</summary>
    internal DateRange DeliverableWindow(DeliverableRule rule) => new(rule.NotBefore ?? _year.Start, rule.DueDate);

    /// <summary>Whether a deliverable concerns the period being computed (always, for the whole plan).</summary>
    internal bool Applies(DateRange window) => _period is not { } period || window.Intersect(period.Range) is not null;

    /// <summary>A deliverable's candidates: its filter (held to the agency) and the task's links, in its window.</summary>
    internal EvidenceSet DeliverableCandidates(PlanTask task, DeliverableRule rule)
    {
        var filter = new ItemFilter(_index, _units, rule.Types, rule.Topics, rule.Units, rule.DocumentKinds, rule.TitleWords, _agency);
        return Collect(task, filter, DeliverableWindow(rule));
    }

    /// <summary>Resolves a window and, for a period, clips it and pro-rates the quota (rounded up, at least 1).</summary>
    private bool TryClip(
        QuotaWindow source, out DateRange window, out int required, int min, QuotaRule rule, int index, out RuleProgress notApplicable)
    {
        var full = source.Resolve(_plan) ?? _year;
        window = full;
        required = min;
        notApplicable = null!;
        if (_period is not { } period)
        {
            return true;
        }
        if (full.Intersect(period.Range) is not { } clipped)
        {
            notApplicable = NotApplicable(rule, index, full);
            return false;
        }
        window = clipped;
        if (clipped.Days < full.Days)
        {
            required = Math.Max(1, (int)Math.Ceiling((double)min * clipped.Days / full.Days));
        }
        return true;
    }

    private static RuleProgress NotApplicable(QuotaRule rule, int index, DateRange window) => new()
    {
        Index = index,
        Kind = rule.KindName,
        Note = rule.Note,
        Window = window,
        Done = 0,
        Status = QuotaStatus.NotApplicable,
    };

    private List<DueItem> BuildDueNext(IReadOnlyList<TaskProgress> tasks)
    {
        var due = new List<DueItem>();
        foreach (var task in tasks)
        {
            foreach (var rule in task.Rules)
            {
                if (rule.Status is QuotaStatus.Met or QuotaStatus.NotApplicable)
                {
                    continue;
                }
                if (rule.Kind == "regular")
                {
                    // The open reporting period still without activity: one item is due by its end.
                    foreach (var p in rule.Periods.Where(p => p.Count == 0 && p.Status == QuotaStatus.Behind))
                    {
                        due.Add(new DueItem(p.To, task.Code, rule.Index, $"Nhiệm vụ {task.Code}: cần có hoạt động trong kỳ {p.Label}", rule.Status));
                    }
                    continue;
                }
                if (rule.Window.End < _asOf)
                {
                    continue;
                }
                var description = rule.Note ?? $"Nhiệm vụ {task.Code}: {Describe(rule)}";
                due.Add(new DueItem(rule.Window.End, task.Code, rule.Index, description, rule.Status));
            }
        }
        foreach (var period in _plan.ReportingPeriods)
        {
            if (period.ResolveDueDate(_plan.Year) is { } date && date >= _asOf)
            {
                due.Add(new DueItem(date, null, null, $"Báo cáo {period.Label}", null));
            }
        }
        return due.OrderBy(d => d.Date).ThenBy(d => d.TaskCode, StringComparer.Ordinal).ThenBy(d => d.RuleIndex).ToList();
    }

    private static string Describe(RuleProgress rule) => rule.Kind switch
    {
        "deliverable" => "sản phẩm đến hạn",
        "coverage" => $"công khai {rule.Required} thủ tục",
        "perUnit" => $"mỗi đơn vị đạt chỉ tiêu ({rule.Done}/{rule.Required})",
        _ => $"{rule.Done}/{rule.Required} tin, bài",
    };
}
