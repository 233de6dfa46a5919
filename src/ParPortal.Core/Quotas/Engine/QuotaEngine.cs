using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Quotas.Engine;

/// <summary>
/// Computes a plan's progress from published items. Pure and deterministic: the as-of date is always passed in,
/// so the same inputs give the same result in tests, on the dashboard and in a report written months later.
/// </summary>
public static class QuotaEngine
{
    /// <summary>Progress of the whole plan as of a local date.</summary>
    public static PlanProgress Compute(PlanDefinition plan, QuotaInput input, DateOnly asOf) =>
        Compute(plan, QuotaItemIndex.Build(input.Items), input.Units, input.Procedures, asOf);

    /// <summary>Same as <see cref="Compute(PlanDefinition, QuotaInput, DateOnly)"/> over an index built once and reused.</summary>
    public static PlanProgress Compute(
        PlanDefinition plan, QuotaItemIndex index, IReadOnlyList<QuotaUnit> units, IReadOnlyList<ProcedureHistory> procedures, DateOnly asOf) =>
        new PlanComputation(plan, index, new UnitGraph(units, plan.RollUpMergedUnits), procedures, asOf, period: null).Run();

    /// <summary>
    /// Progress for a reporting period: each rule's window is clipped to the period (its quota pro-rated to the
    /// clipped share, rounded up), evidence is limited to the period, and status is judged at the earlier of
    /// <paramref name="asOf"/> and the period's end. A period that ended before <paramref name="asOf"/> is closed: its
    /// quotas are met, missed or overdue, never paced. Rules outside the period are <see cref="QuotaStatus.NotApplicable"/>.
    /// </summary>
    public static PlanProgress ComputeForPeriod(PlanDefinition plan, QuotaInput input, ReportingPeriod period, DateOnly asOf)
    {
        var range = period.Window.Resolve(plan.Year)
            ?? throw new ArgumentException($"Kỳ báo cáo \"{period.Label}\" có cửa sổ không hợp lệ.", nameof(period));
        var computation = new PlanComputation(
            plan,
            QuotaItemIndex.Build(input.Items),
            new UnitGraph(input.Units, plan.RollUpMergedUnits),
            input.Procedures,
            asOf,
            (period.Label, range));
        return computation.Run();
    }

    /// <summary>
    /// The unit codes whose items belong to the plan's issuing agency: the agency, its sub-units and, when the plan
    /// rolls up merged units, the units they took over. Null when the plan names no agency (every unit counts). Lets a
    /// loader read only the agency's rows; the engine applies the same scope itself.
    /// </summary>
    public static IReadOnlySet<string>? AgencyUnits(PlanDefinition plan, IReadOnlyList<QuotaUnit> units)
    {
        if (string.IsNullOrWhiteSpace(plan.IssuingUnit))
        {
            return null;
        }
        return UnitsReaching(units, new UnitGraph(units, plan.RollUpMergedUnits), new HashSet<string>(StringComparer.Ordinal) { plan.IssuingUnit });
    }

    /// <summary>
    /// The unit codes whose items some rule of the plan can count, linked items aside: the units whose
    /// <see cref="UnitGraph.Closure"/> reaches the issuing agency, a unit a rule or deliverable names, or a unit a
    /// per-unit rule judges (with roll-up, also the units that succeeded it). Null when the plan names no agency, as a
    /// rule without units then counts every unit's items. Lets a loader skip the other agencies' items of a shared
    /// site; the engine's result is the same with or without them (a test compares both).
    /// </summary>
    public static IReadOnlySet<string>? CountableUnits(PlanDefinition plan, IReadOnlyList<QuotaUnit> units)
    {
        if (string.IsNullOrWhiteSpace(plan.IssuingUnit))
        {
            return null;
        }
        var graph = new UnitGraph(units, plan.RollUpMergedUnits);
        var wanted = new HashSet<string>(StringComparer.Ordinal) { plan.IssuingUnit };
        var judged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in plan.Tasks.SelectMany(t => t.Rules))
        {
            switch (rule)
            {
                case PerUnitRule perUnit:
                    wanted.UnionWith(perUnit.Units);
                    foreach (var code in perUnit.UnitSet)
                    {
                        AddWithSuccessors(code);
                    }
                    break;
                case FilteredRule filtered:
                    wanted.UnionWith(filtered.Units);
                    break;
                case DeliverableRule deliverable:
                    wanted.UnionWith(deliverable.Units);
                    break;
            }
        }
        return UnitsReaching(units, graph, wanted);

        // A judged unit that has ceased to exist answers through its successors (UnitGraph.AnswerableOn).
        void AddWithSuccessors(string code)
        {
            if (!judged.Add(code))
            {
                return;
            }
            wanted.Add(code);
            if (graph.RollUp && graph.Find(code) is { } unit)
            {
                foreach (var successor in unit.Successors)
                {
                    AddWithSuccessors(successor);
                }
            }
        }
    }

    /// <summary>The units an item of which counts for one of <paramref name="wanted"/> (its closure reaches one), as the engine's filters decide.</summary>
    private static HashSet<string> UnitsReaching(IReadOnlyList<QuotaUnit> units, UnitGraph graph, HashSet<string> wanted) =>
        units.Where(u => graph.Closure(u.Code).Overlaps(wanted)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>Finds a reporting period of the plan by its label and computes it.</summary>
    public static PlanProgress ComputeForPeriod(PlanDefinition plan, QuotaInput input, string periodLabel, DateOnly asOf)
    {
        var period = plan.ReportingPeriods.FirstOrDefault(p => string.Equals(p.Label, periodLabel, StringComparison.Ordinal))
            ?? throw new ArgumentException($"Không có kỳ báo cáo \"{periodLabel}\".", nameof(periodLabel));
        return ComputeForPeriod(plan, input, period, asOf);
    }

    /// <summary>
    /// The status of a measured requirement: met, else not started / missed by the window, else on track when
    /// done ≥ ⌊required × elapsed days / window days⌋, behind below that. Pace exists only while the window is open.
    /// </summary>
    /// <remarks>
    /// The floor keeps a fresh window "on track" until a full item is due by pace; without it every quota
    /// would read "behind" on its first day.
    /// </remarks>
    public static QuotaStatus PaceStatus(int done, int required, DateRange window, DateOnly asOf)
    {
        if (done >= required)
        {
            return QuotaStatus.Met;
        }
        if (asOf < window.Start)
        {
            return QuotaStatus.NotStarted;
        }
        if (asOf > window.End)
        {
            return QuotaStatus.Missed;
        }
        long elapsed = asOf.DayNumber - window.Start.DayNumber + 1;
        long expected = required * elapsed / window.Days;
        return done >= expected ? QuotaStatus.OnTrack : QuotaStatus.Behind;
    }

    /// <summary>
    /// Combines rule statuses into a task status: the worst wins (Overdue, Missed, Behind, OnTrack, NotStarted, Met);
    /// met rules beside not-started ones read as on track; rules outside the period are ignored.
    /// </summary>
    public static QuotaStatus Combine(IEnumerable<QuotaStatus> statuses)
    {
        var list = statuses.Where(s => s != QuotaStatus.NotApplicable).ToList();
        if (list.Count == 0)
        {
            return QuotaStatus.NotApplicable;
        }
        if (list.Contains(QuotaStatus.Overdue))
        {
            return QuotaStatus.Overdue;
        }
        if (list.Contains(QuotaStatus.Missed))
        {
            return QuotaStatus.Missed;
        }
        if (list.Contains(QuotaStatus.Behind))
        {
            return QuotaStatus.Behind;
        }
        if (list.Contains(QuotaStatus.OnTrack))
        {
            return QuotaStatus.OnTrack;
        }
        if (list.All(s => s == QuotaStatus.NotStarted))
        {
            return QuotaStatus.NotStarted;
        }
        return list.Contains(QuotaStatus.NotStarted) ? QuotaStatus.OnTrack : QuotaStatus.Met;
    }
}
