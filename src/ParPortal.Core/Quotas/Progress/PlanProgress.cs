using System.Text.Json.Serialization;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Model;

namespace ParPortal.Quotas.Progress;

/// <summary>Result of <see cref="Engine.QuotaEngine"/>: the dashboard, the API and the reports all read this.</summary>
public sealed record PlanProgress
{
    public required string PlanNumber { get; init; }

    public required string PlanTitle { get; init; }

    public required int Year { get; init; }

    /// <summary>The local date the progress is computed for.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The reporting period's label when computed for a period.</summary>
    public string? PeriodLabel { get; init; }

    /// <summary>The reporting period's window when computed for a period.</summary>
    public DateRange? PeriodWindow { get; init; }

    /// <summary>The period had ended before the as-of date: its quotas are judged, never paced.</summary>
    public bool PeriodClosed { get; init; }

    public required IReadOnlyList<TaskProgress> Tasks { get; init; }

    /// <summary>Units × tasks: how many counted items each unit contributed to each task.</summary>
    public required UnitTaskMatrix Matrix { get; init; }

    /// <summary>Deadlines on or after <see cref="AsOf"/> that are not met yet, earliest first.</summary>
    public required IReadOnlyList<DueItem> DueNext { get; init; }

    /// <summary>Number of tasks per status.</summary>
    public IReadOnlyDictionary<QuotaStatus, int> StatusCounts =>
        Tasks.GroupBy(t => t.Status).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>Progress of one task: the worst of its rules' statuses, or Regular when it has no rules.</summary>
public sealed record TaskProgress
{
    public required string Code { get; init; }

    public string? GroupCode { get; init; }

    public required string Content { get; init; }

    public required string LeadUnit { get; init; }

    public required string Timing { get; init; }

    public required string EvidenceKind { get; init; }

    /// <summary>The plan prints no number for this task; pages show its content alone.</summary>
    public bool Unnumbered { get; init; }

    public required QuotaStatus Status { get; init; }

    public required IReadOnlyList<RuleProgress> Rules { get; init; }

    /// <summary>Distinct evidence over all rules, oldest first.</summary>
    public required IReadOnlyList<CountedItem> Evidence { get; init; }

    /// <summary>Ids of <see cref="Evidence"/>; read from the engine's arrays without making the records.</summary>
    [JsonIgnore]
    public IReadOnlyList<Guid> EvidenceIds => Evidence is EvidenceList list ? list.Ids() : Evidence.Select(i => i.Id).ToArray();
}

/// <summary>Progress of one rule.</summary>
public sealed record RuleProgress
{
    /// <summary>1-based position of the rule in its task.</summary>
    public required int Index { get; init; }

    public required string Kind { get; init; }

    public string? Note { get; init; }

    /// <summary>The resolved window (clipped to the period when computed for one).</summary>
    public required DateRange Window { get; init; }

    /// <summary>Required count; null for regular rules. For coverage: procedures needed to reach the percent.</summary>
    public int? Required { get; init; }

    public required int Done { get; init; }

    /// <summary>Coverage only: the procedures of the agency's catalogue on the date judged.</summary>
    public int? Total { get; init; }

    /// <summary>The window ends a number of days before a date another body sets, which the office has not entered yet.</summary>
    public bool DueUnknown { get; init; }

    /// <summary>Coverage only: the percent of procedures published and current.</summary>
    public decimal? Percent { get; init; }

    public required QuotaStatus Status { get; init; }

    /// <summary>Counted items, oldest first. The engine makes each record when it is first read.</summary>
    public IReadOnlyList<CountedItem> Items { get; init; } = [];

    /// <summary>Ids of <see cref="Items"/>; read from the engine's arrays without making the records.</summary>
    [JsonIgnore]
    public IReadOnlyList<Guid> ItemIds => Items is EvidenceList list ? list.Ids() : Items.Select(i => i.Id).ToArray();

    /// <summary>Per-unit rules: one row per unit of the set.</summary>
    public IReadOnlyList<UnitProgress> Units { get; init; } = [];

    /// <summary>Regular rules: matching items per month of the window up to the as-of date.</summary>
    public IReadOnlyList<MonthActivity> Months { get; init; } = [];

    /// <summary>Regular rules: gaps without activity longer than a silence limit the plan states.</summary>
    public IReadOnlyList<Silence> Silences { get; init; } = [];

    /// <summary>Regular rules: activity in each reporting period the rule must show activity in.</summary>
    public IReadOnlyList<PeriodActivity> Periods { get; init; } = [];
}

/// <summary>A regular rule's activity in one reporting period: at least one item is expected.</summary>
public sealed record PeriodActivity(string Label, DateOnly From, DateOnly To, int Count, QuotaStatus Status);

/// <summary>Why an item counts.</summary>
public enum CountReason
{
    /// <summary>The rule's filter matched it.</summary>
    Filter,
    /// <summary>An editor linked it to the task; the filter did not match.</summary>
    Link,
    /// <summary>Both.</summary>
    FilterAndLink,
}

/// <summary>One piece of evidence.</summary>
public sealed record CountedItem(
    Guid Id,
    string Title,
    string Type,
    string? DocumentKind,
    string? UnitCode,
    DateTimeOffset PublishedAt,
    DateOnly LocalDate,
    CountReason Reason);

/// <summary>A unit's row of a per-unit rule.</summary>
public sealed record UnitProgress(string UnitCode, string UnitName, int Done, int Required, QuotaStatus Status);

/// <summary>Activity of a regular rule in one month.</summary>
public sealed record MonthActivity(int Year, int Month, int Count);

/// <summary>A stretch without activity; <see cref="Ongoing"/> when it lasts up to the as-of date.</summary>
public sealed record Silence(DateOnly From, DateOnly To, int Days, bool Ongoing);

/// <summary>A coming deadline: a rule's window end (with its status) or a reporting period's due date (no status).</summary>
public sealed record DueItem(DateOnly Date, string? TaskCode, int? RuleIndex, string Description, QuotaStatus? Status);

/// <summary>Units × tasks evidence counts, with the per-unit requirement where one exists.</summary>
public sealed record UnitTaskMatrix(
    IReadOnlyList<UnitRow> Units,
    IReadOnlyList<string> TaskCodes,
    IReadOnlyList<UnitTaskCell> Cells);

/// <summary>A row of the matrix.</summary>
public sealed record UnitRow(string Code, string Name);

/// <summary>A cell of the matrix; <see cref="Required"/> is set when a per-unit rule of the task covers the unit.</summary>
public sealed record UnitTaskCell(string UnitCode, string TaskCode, int Done, int? Required);
