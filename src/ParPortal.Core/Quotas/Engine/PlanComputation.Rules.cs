using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;
using ParPortal.Time;

namespace ParPortal.Quotas.Engine;

/// <summary>Count, per-unit, deliverable and coverage rules.</summary>
internal sealed partial class PlanComputation
{
    private RuleProgress EvaluateCount(PlanTask task, CountRule rule, int index)
    {
        if (!TryClip(rule.Window, out var window, out var required, rule.Min, rule, index, out var notApplicable))
        {
            return notApplicable;
        }
        var items = Collect(task, rule.LinkedOnly ? null : Filter(rule), window);
        return new RuleProgress
        {
            Index = index,
            Kind = rule.KindName,
            Note = rule.Note,
            Window = window,
            DueUnknown = rule.Window.DueUnknown(_plan),
            Required = required,
            Done = items.Count,
            Status = Judge(items.Count, required, window),
            Items = new EvidenceList(_index, items),
        };
    }

    private RuleProgress EvaluatePerUnit(PlanTask task, PerUnitRule rule, int index)
    {
        if (!TryClip(rule.Window, out var window, out var required, rule.Min, rule, index, out var notApplicable))
        {
            return notApplicable;
        }
        // The unit set names who must report, so it, not the agency, bounds the items.
        var candidates = Collect(task, rule.LinkedOnly ? null : Filter(rule, agencyScoped: false), window);
        var set = UnitSetOn(rule.UnitSet, window);
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
            rows.Add(new UnitProgress(set[u], _units.NameOf(set[u]), counts[u], required, Judge(counts[u], required, window)));
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
            DueUnknown = rule.Window.DueUnknown(_plan),
            Required = required * rows.Count,
            Done = done,
            Status = status,
            Items = new EvidenceList(_index, evidence),
            Units = rows,
        };
    }

    /// <summary>
    /// The units a per-unit rule judges: each listed unit, or, when it had ceased to exist by the day judged (and the
    /// plan rolls up merged units), the units that succeeded it then. Two departments merged into one give one row.
    /// </summary>
    private List<string> UnitSetOn(IReadOnlyList<string> unitSet, DateRange window)
    {
        var day = _asOf < window.End ? _asOf : window.End;
        var result = new List<string>(unitSet.Count);
        foreach (var code in unitSet)
        {
            foreach (var answerable in _units.AnswerableOn(code, day))
            {
                if (!result.Contains(answerable))
                {
                    result.Add(answerable);
                }
            }
        }
        return result;
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

    private RuleProgress EvaluateDeliverable(DeliverableRule rule, int index, IReadOnlyDictionary<DeliverableRule, EvidenceSet> allocated)
    {
        var window = DeliverableWindow(rule);
        // A deliverable is a one-off: it is not pro-rated, only dropped when it has nothing to do with the period.
        if (!Applies(window))
        {
            return NotApplicable(rule, index, window);
        }
        var items = allocated.TryGetValue(rule, out var set) ? set : EvidenceSet.Empty;
        // Not yet due is not "behind": a product has no pace. Once the due date has passed (or the reported period
        // has closed on or after it) an undelivered product is overdue.
        var status = items.Count > 0 ? QuotaStatus.Met
            : _asOf < window.Start ? QuotaStatus.NotStarted
            : _asOf > window.End || (_closed && _asOf >= window.End) ? QuotaStatus.Overdue
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
        var window = rule.Window.Resolve(_plan) ?? _year;
        if (!Applies(window))
        {
            return NotApplicable(rule, index, window);
        }
        // The catalogue as it stood at the end of the day judged (local time).
        var endOfDay = new DateTimeOffset(_asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).AddTicks(-1);
        var catalogue = ProcedureCatalogue.Count(_procedures, endOfDay, unit => _units.InAgency(unit, _agency));
        var total = catalogue.Total;
        var done = catalogue.PublishedAndCurrent;
        var required = (int)Math.Ceiling(total * rule.Percent / 100m);
        var percent = total == 0 ? 100m : Math.Round(done * 100m / total, 1);
        // Coverage is a state, not an accumulation, so pace does not apply: below target is behind while the window
        // is open and missed once it (or the reported period) has closed.
        var status = done >= required ? QuotaStatus.Met
            : _asOf < window.Start ? QuotaStatus.NotStarted
            : _asOf > window.End || _closed ? QuotaStatus.Missed
            : QuotaStatus.Behind;
        return new RuleProgress
        {
            Index = index,
            Kind = rule.KindName,
            Note = rule.Note,
            Window = window,
            Required = required,
            Done = done,
            Total = total,
            Percent = percent,
            Status = status,
        };
    }
}
