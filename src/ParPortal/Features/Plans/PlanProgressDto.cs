using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Features.Plans;

/// <summary>
/// The JSON shape of <c>GET /api/plans/{id}/progress</c>: per task and rule the requirement, what is done, the status,
/// the counted items (id and why they count), per-unit rows, and what falls due next. Evidence is listed by id so
/// that a 100,000-item site does not return every title.
/// </summary>
public sealed record PlanProgressDto(
    Guid PlanId,
    string Number,
    string Title,
    int Year,
    DateOnly AsOf,
    string? Period,
    DateRange? PeriodWindow,
    bool PeriodClosed,
    IReadOnlyDictionary<QuotaStatus, int> StatusCounts,
    IReadOnlyList<TaskProgressDto> Tasks,
    IReadOnlyList<DueItem> DueNext,
    UnitTaskMatrix Matrix)
{
    /// <summary>The unit codes this answer is limited to (a contributor's unit); null for the whole plan.</summary>
    public IReadOnlyList<string>? Scope { get; init; }

    /// <summary>
    /// A contributor's part: evidence, counted items and done counts are their units' share, per-unit rows and the
    /// units × tasks table only their units; a rule's requirement and the plan's statuses stay as they are (a per-unit
    /// rule's status becomes their rows').
    /// </summary>
    public PlanProgressDto ForUnits(IReadOnlySet<string> units)
    {
        bool Own(CountedItemDto i) => i.Unit is not null && units.Contains(i.Unit);
        return this with
        {
            Scope = [.. units.Order(StringComparer.Ordinal)],
            Tasks = Tasks.Select(t => t with
            {
                Evidence = t.Evidence.Where(Own).ToList(),
                Rules = t.Rules.Select(r =>
                {
                    var rows = r.Units.Where(u => units.Contains(u.UnitCode)).ToList();
                    var items = r.Items.Where(Own).ToList();
                    return r with
                    {
                        Items = items,
                        Units = rows,
                        Done = r.Kind == "perUnit" ? rows.Sum(u => Math.Min(u.Done, u.Required)) : r.Kind == "coverage" ? r.Done : items.Count,
                        Status = r.Kind == "perUnit" && rows.Count > 0 ? Quotas.Engine.QuotaEngine.Combine(rows.Select(u => u.Status)) : r.Status,
                    };
                }).ToList(),
            }).ToList(),
            Matrix = Matrix with
            {
                Units = Matrix.Units.Where(u => units.Contains(u.Code)).ToList(),
                Cells = Matrix.Cells.Where(c => units.Contains(c.UnitCode)).ToList(),
            },
        };
    }

    public static PlanProgressDto From(PlanProgressResult result)
    {
        var p = result.Progress;
        return new PlanProgressDto(
            result.Plan.Id,
            p.PlanNumber,
            p.PlanTitle,
            p.Year,
            p.AsOf,
            p.PeriodLabel,
            p.PeriodWindow,
            p.PeriodClosed,
            p.StatusCounts,
            p.Tasks.Select(TaskProgressDto.From).ToList(),
            p.DueNext,
            p.Matrix);
    }
}

/// <summary>A task's progress in the API.</summary>
public sealed record TaskProgressDto(
    string Code,
    string? GroupCode,
    string Content,
    string LeadUnit,
    bool Unnumbered,
    QuotaStatus Status,
    IReadOnlyList<RuleProgressDto> Rules,
    IReadOnlyList<CountedItemDto> Evidence)
{
    public static TaskProgressDto From(TaskProgress t) => new(
        t.Code,
        t.GroupCode,
        t.Content,
        t.LeadUnit,
        t.Unnumbered,
        t.Status,
        t.Rules.Select(RuleProgressDto.From).ToList(),
        t.Evidence.Select(CountedItemDto.From).ToList());
}

/// <summary>A rule's progress in the API.</summary>
public sealed record RuleProgressDto(
    int Index,
    string Kind,
    string? Note,
    DateRange Window,
    int? Required,
    int Done,
    int? Total,
    decimal? Percent,
    bool DueUnknown,
    QuotaStatus Status,
    IReadOnlyList<CountedItemDto> Items,
    IReadOnlyList<UnitProgress> Units,
    IReadOnlyList<MonthActivity> Months,
    IReadOnlyList<Silence> Silences,
    IReadOnlyList<PeriodActivity> Periods)
{
    public static RuleProgressDto From(RuleProgress r) => new(
        r.Index,
        r.Kind,
        r.Note,
        r.Window,
        r.Required,
        r.Done,
        r.Total,
        r.Percent,
        r.DueUnknown,
        r.Status,
        r.Items.Select(CountedItemDto.From).ToList(),
        r.Units,
        r.Months,
        r.Silences,
        r.Periods);
}

/// <summary>A counted item: its id, the local date it counts at, its unit, and why it counts (filter, link or both).</summary>
public sealed record CountedItemDto(Guid Id, DateOnly Date, string? Unit, CountReason Reason)
{
    public static CountedItemDto From(CountedItem i) => new(i.Id, i.LocalDate, i.UnitCode, i.Reason);
}
