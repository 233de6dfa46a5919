using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Quotas.Engine;

/// <summary>
/// Units × tasks: how many counted items each unit of the issuing agency contributed to each task, with the per-unit
/// requirement where a rule sets one. An item of a unit that was merged counts in its successor's row when the plan
/// rolls up merged units.
/// </summary>
internal sealed class UnitTaskMatrixBuilder(QuotaItemIndex index, UnitGraph units, DateRange year, string? agency)
{
    public UnitTaskMatrix Build(IReadOnlyList<TaskProgress> tasks)
    {
        // Rows: the agency's units alive during the plan year, plus every unit a per-unit rule judges.
        var rowCodes = new List<string>();
        foreach (var unit in units.All.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            if (unit.ValidFrom <= year.End && (unit.ValidTo is null || unit.ValidTo >= year.Start) && units.InAgency(unit.Code, agency))
            {
                rowCodes.Add(unit.Code);
            }
        }
        var required = new Dictionary<(string Unit, string Task), int>();
        foreach (var task in tasks)
        {
            foreach (var row in task.Rules.Where(r => r.Kind == "perUnit" && r.Status != QuotaStatus.NotApplicable).SelectMany(r => r.Units))
            {
                if (!rowCodes.Contains(row.UnitCode))
                {
                    rowCodes.Add(row.UnitCode);
                }
                required[(row.UnitCode, task.Code)] = required.GetValueOrDefault((row.UnitCode, task.Code)) + row.Required;
            }
        }
        var rows = new HashSet<string>(rowCodes, StringComparer.Ordinal);
        // The row an item counts in depends only on its unit: resolve each unit id once, not once per item.
        var rowOf = new string?[index.Units.Count];
        for (var id = 0; id < rowOf.Length; id++)
        {
            rowOf[id] = units.NearestRow(index.Units.NameOf(id), rows);
        }
        var done = new Dictionary<(string Unit, string Task), int>();
        foreach (var task in tasks)
        {
            var evidence = ((EvidenceList)task.Evidence).Set;
            var perRow = new int[rowOf.Length];
            for (var i = 0; i < evidence.Count; i++)
            {
                if (index.UnitOf[evidence.Positions[i]] is >= 0 and var unit)
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
            rowCodes.Select(c => new UnitRow(c, units.NameOf(c))).ToList(),
            tasks.Select(t => t.Code).ToList(),
            cells);
    }
}
