using ParPortal.Quotas.Model;

namespace ParPortal.Features.Plans;

/// <summary>The local dates a plan can count items in: its year widened by any rule or period window outside it.</summary>
public static class PlanSpan
{
    public static DateRange Of(PlanDefinition plan)
    {
        var start = new DateOnly(plan.Year, 1, 1);
        var end = new DateOnly(plan.Year, 12, 31);

        void Widen(DateRange? range)
        {
            if (range is { IsValid: true } r)
            {
                start = r.Start < start ? r.Start : start;
                end = r.End > end ? r.End : end;
            }
        }

        foreach (var rule in plan.Tasks.SelectMany(t => t.Rules))
        {
            switch (rule)
            {
                case FilteredRule filtered:
                    Widen(filtered.Window.Resolve(plan));
                    break;
                case DeliverableRule deliverable:
                    Widen(new DateRange(deliverable.NotBefore ?? start, deliverable.DueDate));
                    break;
            }
        }

        foreach (var period in plan.ReportingPeriods)
        {
            Widen(period.Window.Resolve(plan));
        }

        return new DateRange(start, end);
    }

    /// <summary>Whether any rule of the task can count an item published on <paramref name="day"/>.</summary>
    public static bool TaskAccepts(PlanDefinition plan, PlanTask task, DateOnly day) =>
        task.Rules.Any(rule => rule switch
        {
            FilteredRule f => f.Window.Resolve(plan)?.Contains(day) == true,
            DeliverableRule d => new DateRange(d.NotBefore ?? new DateOnly(plan.Year, 1, 1), d.DueDate).Contains(day),
            _ => false,
        });
}
