using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Quotas.Engine;

/// <summary>One run of the engine over one plan; holds the compiled state so that rules share it.</summary>
internal sealed class PlanComputation
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
            Items = new EvidenceList(_index, items),
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
        var counts = new int[set.Count];
        var credits = CreditTargets(set);
        var positions = new int[candidates.Count];
        var reasons = new CountReason[candidates.Count];
        var kept = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var position = candidates.Positions[i];
            var unit = _index.UnitOf[position];
            var targets = unit >= 0 ? credits[unit] : [];
            foreach (var target in targets)
            {
                counts[target]++;
            }
            // A linked item is evidence for the task even when its unit is outside the set.
            if (targets.Length > 0 || candidates.Reasons[i] != CountReason.Filter)
            {
                positions[kept] = position;
                reasons[kept++] = candidates.Reasons[i];
            }
        }
        var evidence = new EvidenceSet(positions, reasons, kept);
        var rows = new List<UnitProgress>(set.Count);
        for (var u = 0; u < set.Count; u++)
        {
            rows.Add(new UnitProgress(set[u], _units.NameOf(set[u]), counts[u], required, QuotaEngine.PaceStatus(counts[u], required, window, _asOf)));
        }
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
            Items = new EvidenceList(_index, evidence),
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
            Items = new EvidenceList(_index, items),
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

        var (months, silences) = RegularActivity.Measure(_index, items, window.Start, end, rule.MaxSilenceDays);

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
            Items = new EvidenceList(_index, items),
            Months = months,
            Silences = silences,
        };
    }

    /// <summary>Matching items plus items an editor linked to the task, published in the window and by the as-of date.</summary>
    private EvidenceSet Collect(PlanTask task, ItemFilter? filter, DateRange window)
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

    /// <summary>For each unit id of the index, the indexes in <paramref name="set"/> of the units an item of it counts for.</summary>
    private int[][] CreditTargets(List<string> set)
    {
        var credits = new int[_index.Units.Count][];
        var targets = new List<int>();
        for (var id = 0; id < credits.Length; id++)
        {
            targets.Clear();
            var closure = _units.Closure(_index.Units.NameOf(id));
            for (var u = 0; u < set.Count; u++)
            {
                if (closure.Contains(set[u]))
                {
                    targets.Add(u);
                }
            }
            credits[id] = [.. targets];
        }
        return credits;
    }

    /// <summary>Resolves a window and, for a period, clips it and pro-rates the quota (rounded up, at least 1).</summary>
    private bool TryClip(
        QuotaWindow source, out DateRange window, out int required, int min, QuotaRule rule, int index, out RuleProgress notApplicable)
    {
        var full = source.Resolve(_plan.Year) ?? _year;
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

    private UnitTaskMatrix BuildMatrix(IReadOnlyList<TaskProgress> tasks)
    {
        // Rows: units alive during the plan year, plus any unit a per-unit rule names.
        var rowCodes = new List<string>();
        foreach (var unit in _units.All)
        {
            if (unit.ValidFrom <= _year.End && (unit.ValidTo is null || unit.ValidTo >= _year.Start))
            {
                rowCodes.Add(unit.Code);
            }
        }
        var required = new Dictionary<(string Unit, string Task), int>();
        foreach (var task in _plan.Tasks)
        {
            foreach (var rule in task.Rules.OfType<PerUnitRule>())
            {
                foreach (var unit in rule.UnitSet)
                {
                    if (!rowCodes.Contains(unit))
                    {
                        rowCodes.Add(unit);
                    }
                    required[(unit, task.Code)] = required.GetValueOrDefault((unit, task.Code)) + rule.Min;
                }
            }
        }
        var rows = new HashSet<string>(rowCodes, StringComparer.Ordinal);
        // The row an item counts in depends only on its unit: resolve each unit id once, not once per item.
        var rowOf = new string?[_index.Units.Count];
        for (var id = 0; id < rowOf.Length; id++)
        {
            rowOf[id] = _units.NearestRow(_index.Units.NameOf(id), rows);
        }
        var done = new Dictionary<(string Unit, string Task), int>();
        foreach (var task in tasks)
        {
            var evidence = ((EvidenceList)task.Evidence).Set;
            var perRow = new int[rowOf.Length];
            for (var i = 0; i < evidence.Count; i++)
            {
                if (_index.UnitOf[evidence.Positions[i]] is >= 0 and var unit)
                {
                    perRow[unit]++;
                }
            }
            for (var id = 0; id < perRow.Length; id++)
            {
                if (perRow[id] > 0 && rowOf[id] is { } row)
                {
                    done[(row, task.Code)] = done.GetValueOrDefault((row, task.Code)) + perRow[id];
                }
            }
        }
        var cells = new List<UnitTaskCell>();
        foreach (var row in rowCodes)
        {
            foreach (var task in tasks)
            {
                var key = (row, task.Code);
                var hasDone = done.TryGetValue(key, out var d);
                var hasRequired = required.TryGetValue(key, out var r);
                if (hasDone || hasRequired)
                {
                    cells.Add(new UnitTaskCell(row, task.Code, d, hasRequired ? r : null));
                }
            }
        }
        return new UnitTaskMatrix(
            rowCodes.Select(c => new UnitRow(c, _units.NameOf(c))).ToList(),
            tasks.Select(t => t.Code).ToList(),
            cells);
    }

    private List<DueItem> BuildDueNext(IReadOnlyList<TaskProgress> tasks)
    {
        var due = new List<DueItem>();
        foreach (var task in tasks)
        {
            foreach (var rule in task.Rules)
            {
                if (rule.Kind == "regular" || rule.Status is QuotaStatus.Met or QuotaStatus.NotApplicable || rule.Window.End < _asOf)
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
