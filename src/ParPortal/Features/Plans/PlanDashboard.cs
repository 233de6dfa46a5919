using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Features.Plans;

/// <summary>
/// A task row of the dashboard; for a unit's view the numbers are that unit's share. <see cref="Next"/> says what is
/// needed next in words ("cần thêm 01 tin, bài trước 30/6/2026"), null when nothing is.
/// </summary>
public sealed record DashboardTask(
    string Code,
    string Content,
    string LeadUnit,
    string DoneText,
    QuotaStatus? Status,
    IReadOnlyList<RuleProgress> Rules,
    IReadOnlyList<DashboardEvidence> Evidence,
    int EvidenceTotal,
    bool Unnumbered = false,
    string? Next = null);

/// <summary>A counted item as the dashboard lists it.</summary>
public sealed record DashboardEvidence(Guid Id, string Title, DateOnly Date, string Unit, CountReason Reason);

/// <summary>A unit's row of the units × tasks matrix; <see cref="Total"/> 0 marks a unit with nothing counted.</summary>
public sealed record DashboardUnitRow(string Code, string Name, IReadOnlyList<DashboardCell> Cells)
{
    public int Total => Cells.Sum(c => c.Done);
}

/// <summary>A matrix cell; <see cref="Required"/> is set where a per-unit rule covers the unit.</summary>
public sealed record DashboardCell(string TaskCode, int Done, int? Required)
{
    /// <summary>A requirement not reached: shown marked, with text, not by colour alone.</summary>
    public bool Short => Required is { } r && Done < r;
}

/// <summary>A regular rule's monthly activity with its flagged silences.</summary>
public sealed record DashboardRegular(string TaskCode, RuleProgress Rule);

/// <summary>
/// The dashboard's view of one computed progress: the whole plan for the office and editors, or only one unit's
/// part (its matrix row, its evidence and its own quotas) for a contributor. Pure, so it is tested without a page.
/// </summary>
public sealed class PlanDashboard
{
    /// <summary>How many evidence rows a task's page shows before "and N more": a busy plan can count thousands.</summary>
    public const int EvidenceShown = 200;

    public required PlanProgress Progress { get; init; }

    /// <summary>Unit codes of a contributor's part; null for the whole plan.</summary>
    public IReadOnlySet<string>? Scope { get; init; }

    public required IReadOnlyList<DashboardTask> Tasks { get; init; }

    public required IReadOnlyList<string> TaskCodes { get; init; }

    public required IReadOnlyList<DashboardUnitRow> Matrix { get; init; }

    public required IReadOnlyList<DashboardRegular> Regular { get; init; }

    public required IReadOnlyList<DueItem> DueNext { get; init; }

    public static PlanDashboard Build(PlanProgress progress, PlanDefinition plan, IReadOnlyList<QuotaUnit> units, IReadOnlySet<string>? scope)
    {
        var definitions = plan.Tasks.ToDictionary(t => t.Code, StringComparer.Ordinal);
        var names = units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var rows = progress.Matrix.Units.Where(u => scope is null || scope.Contains(u.Code)).ToList();
        var cells = progress.Matrix.Cells.ToDictionary(c => (c.UnitCode, c.TaskCode));
        var matrix = rows.Select(r => new DashboardUnitRow(r.Code, r.Name, progress.Matrix.TaskCodes.Select(code =>
            cells.TryGetValue((r.Code, code), out var c) ? new DashboardCell(code, c.Done, c.Required) : new DashboardCell(code, 0, null)).ToList())).ToList();

        var tasks = new List<DashboardTask>(progress.Tasks.Count);
        foreach (var t in progress.Tasks)
        {
            var evidence = t.Evidence.Where(e => scope is null || (e.UnitCode is not null && scope.Contains(e.UnitCode))).ToList();
            var shown = evidence.Take(EvidenceShown)
                .Select(e => new DashboardEvidence(e.Id, e.Title, e.LocalDate, e.UnitCode is null ? "–" : names.GetValueOrDefault(e.UnitCode) ?? e.UnitCode, e.Reason))
                .ToList();
            var next = definitions.TryGetValue(t.Code, out var definition) ? Next(t, definition) : null;
            tasks.Add(scope is null
                ? new DashboardTask(t.Code, t.Content, t.LeadUnit, DoneText(t), t.Status, t.Rules, shown, evidence.Count, t.Unnumbered, next)
                : UnitTask(t, matrix, shown, evidence.Count) with { Unnumbered = t.Unnumbered, Next = next });
        }

        return new PlanDashboard
        {
            Progress = progress,
            Scope = scope,
            Tasks = tasks,
            TaskCodes = progress.Matrix.TaskCodes,
            Matrix = matrix,
            Regular = scope is null
                ? progress.Tasks.SelectMany(t => t.Rules.Where(r => r.Kind == "regular" && r.Status != QuotaStatus.NotApplicable).Select(r => new DashboardRegular(t.Code, r))).ToList()
                : [],
            DueNext = progress.DueNext,
        };
    }

    /// <summary>
    /// The codes a contributor's unit answers for: the unit, every unit it succeeded (a 2025 department sees the 2024
    /// plan's rows of the departments merged into it), and their sub-units.
    /// </summary>
    public static IReadOnlySet<string> UnitScope(string unitCode, IReadOnlyList<QuotaUnit> units)
    {
        var scope = new HashSet<string>(StringComparer.Ordinal) { unitCode };
        var queue = new Queue<string>(scope);
        while (queue.TryDequeue(out var code))
        {
            foreach (var u in units)
            {
                if (!scope.Contains(u.Code) && (u.Successors.Contains(code) || u.ParentCode == code))
                {
                    scope.Add(u.Code);
                    queue.Enqueue(u.Code);
                }
            }
        }

        return scope;
    }

    /// <summary>What the task's rules still need, in words, joined; null when nothing is.</summary>
    public static string? Next(TaskProgress task, PlanTask definition)
    {
        var needs = task.Rules.Select(r => RuleWording.Needed(r, RuleWording.NounOf(definition, r))).OfType<string>().Distinct().ToList();
        return needs.Count == 0 ? null : string.Join("; ", needs);
    }

    /// <summary>"done / required" over the measured rules; "–" for a task without a number.</summary>
    public static string DoneText(TaskProgress t)
    {
        var measured = t.Rules.Where(r => r.Required is not null && r.Status != QuotaStatus.NotApplicable).ToList();
        if (measured.Count == 0)
        {
            var done = t.Rules.Count == 0 ? t.Evidence.Count : t.Rules.Max(r => r.Done);
            return done.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return $"{measured.Sum(r => r.Done)} / {measured.Sum(r => r.Required)}";
    }

    private static DashboardTask UnitTask(TaskProgress t, IReadOnlyList<DashboardUnitRow> matrix, List<DashboardEvidence> shown, int total)
    {
        var cells = matrix.Select(r => r.Cells.First(c => c.TaskCode == t.Code)).ToList();
        var done = cells.Sum(c => c.Done);
        var required = cells.Any(c => c.Required is not null) ? cells.Sum(c => c.Required ?? 0) : (int?)null;
        // The unit's own status exists only where a per-unit rule names it; otherwise the plan-wide status is not its own.
        var unitRows = t.Rules.SelectMany(r => r.Units).Where(u => matrix.Any(m => m.Code == u.UnitCode)).ToList();
        QuotaStatus? status = unitRows.Count > 0 ? ParPortal.Quotas.Engine.QuotaEngine.Combine(unitRows.Select(u => u.Status)) : null;
        return new DashboardTask(t.Code, t.Content, t.LeadUnit, required is null ? $"{done}" : $"{done} / {required}", status, [], shown, total);
    }
}
