using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Progress;

namespace ParPortal.Features.Plans;

/// <summary>
/// A plan's progress cut down to one unit's part, the way the dashboard shows it to a contributor: only the unit's
/// evidence and matrix rows, each rule's numbers counted over the unit's items, and a status only where a per-unit rule
/// names the unit (the plan-wide status is not the unit's own). Monthly activity, which counts every unit, is left out.
/// </summary>
public static class PlanProgressScope
{
    public static PlanProgress ForUnits(PlanProgress progress, IReadOnlySet<string> scope)
    {
        bool InScope(string? unit) => unit is not null && scope.Contains(unit);

        var tasks = progress.Tasks.Select(t =>
        {
            var rules = t.Rules.Select(r =>
            {
                var units = r.Units.Where(u => scope.Contains(u.UnitCode)).ToList();
                var items = r.Items.Where(i => InScope(i.UnitCode)).ToList();
                return r with
                {
                    Items = items,
                    Done = items.Count,
                    Required = units.Count > 0 ? units.Sum(u => u.Required) : null,
                    Percent = null,
                    Status = QuotaEngine.Combine(units.Select(u => u.Status)),
                    Units = units,
                    Months = [],
                    Silences = [],
                };
            }).ToList();
            return t with
            {
                Rules = rules,
                Evidence = t.Evidence.Where(i => InScope(i.UnitCode)).ToList(),
                Status = QuotaEngine.Combine(rules.Select(r => r.Status)),
            };
        }).ToList();

        var matrix = progress.Matrix with
        {
            Units = progress.Matrix.Units.Where(u => scope.Contains(u.Code)).ToList(),
            Cells = progress.Matrix.Cells.Where(c => scope.Contains(c.UnitCode)).ToList(),
        };
        return progress with { Tasks = tasks, Matrix = matrix };
    }
}
