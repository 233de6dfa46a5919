using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Bench.QuotaBaseline;

// The frozen baseline, continued: collecting items and building the matrix and the due list.
internal sealed partial class PlanComputation
{
    /// <summary>Matching items plus items an editor linked to the task, published in the window and by the as-of date.</summary>
    private List<CountedItem> Collect(PlanTask task, ItemFilter? filter, DateRange window)
    {
        var from = window.Start.DayNumber;
        var to = Math.Min(window.End.DayNumber, _asOf.DayNumber);
        var result = new List<CountedItem>();
        if (to < from)
        {
            return result;
        }
        var linked = new HashSet<int>();
        if (_index.ByLink.TryGetValue(task.Code, out var links))
        {
            for (var p = _index.LowerBound(links, from); p < links.Length && _index.Days[links[p]] <= to; p++)
            {
                linked.Add(links[p]);
            }
        }
        var matched = new HashSet<int>();
        foreach (var position in filter?.Select(_index, from, to) ?? [])
        {
            matched.Add(position);
            result.Add(ToCounted(position, linked.Contains(position) ? CountReason.FilterAndLink : CountReason.Filter));
        }
        foreach (var position in linked)
        {
            if (!matched.Contains(position))
            {
                result.Add(ToCounted(position, CountReason.Link));
            }
        }
        result.Sort((a, b) => a.PublishedAt.CompareTo(b.PublishedAt));
        return result;
    }

    private CountedItem ToCounted(int position, CountReason reason)
    {
        var item = _index.Items[position];
        return new CountedItem(item.Id, item.Title, item.Type, item.DocumentKind, item.UnitCode, item.PublishedAt,
            DateOnly.FromDayNumber(_index.Days[position]), reason);
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
        var done = new Dictionary<(string Unit, string Task), int>();
        foreach (var task in tasks)
        {
            foreach (var item in task.Evidence)
            {
                if (item.UnitCode is { } unit && _units.NearestRow(unit, rows) is { } row)
                {
                    done[(row, task.Code)] = done.GetValueOrDefault((row, task.Code)) + 1;
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
