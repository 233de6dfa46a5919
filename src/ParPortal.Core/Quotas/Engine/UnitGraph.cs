using ParPortal.Quotas.Input;

namespace ParPortal.Quotas.Engine;

/// <summary>
/// Which unit codes an item's unit counts for: itself, its ancestors (work of a department is work of its
/// agency) and, when the plan rolls up merged units, its successors and their ancestors, transitively.
/// </summary>
internal sealed class UnitGraph
{
    private readonly Dictionary<string, QuotaUnit> _units;
    private readonly bool _rollUp;
    private readonly Dictionary<string, HashSet<string>> _closures = new(StringComparer.Ordinal);

    public UnitGraph(IReadOnlyList<QuotaUnit> units, bool rollUp)
    {
        _units = new Dictionary<string, QuotaUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            _units[unit.Code] = unit;
        }
        _rollUp = rollUp;
    }

    public bool RollUp => _rollUp;

    public string NameOf(string code) => _units.TryGetValue(code, out var unit) ? unit.Name : code;

    public QuotaUnit? Find(string code) => _units.GetValueOrDefault(code);

    public IReadOnlyCollection<QuotaUnit> All => _units.Values;

    public HashSet<string> Closure(string code)
    {
        if (_closures.TryGetValue(code, out var cached))
        {
            return cached;
        }
        var result = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(code);
        // The visited set doubles as the result and protects against cycles in hand-written unit data.
        while (queue.TryDequeue(out var current))
        {
            if (!result.Add(current) || !_units.TryGetValue(current, out var unit))
            {
                continue;
            }
            if (unit.ParentCode is { Length: > 0 } parent)
            {
                queue.Enqueue(parent);
            }
            if (_rollUp)
            {
                foreach (var successor in unit.Successors)
                {
                    queue.Enqueue(successor);
                }
            }
        }
        _closures[code] = result;
        return result;
    }

    /// <summary>Whether an item of <paramref name="code"/> belongs to <paramref name="agency"/>: itself, a sub-unit or (with roll-up) a predecessor.</summary>
    public bool InAgency(string? code, string? agency) =>
        string.IsNullOrEmpty(agency) || (code is { Length: > 0 } && Closure(code).Contains(agency));

    /// <summary>
    /// The units that answer for <paramref name="code"/> on <paramref name="day"/>: the unit itself while it exists,
    /// else (with roll-up) the successors that exist then, transitively. A unit without successors answers for itself.
    /// </summary>
    public IReadOnlyList<string> AnswerableOn(string code, DateOnly day)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Visit(code);
        return result;

        void Visit(string current)
        {
            if (!seen.Add(current))
            {
                return;
            }
            var unit = Find(current);
            if (_rollUp && unit is { ValidTo: { } end } && end < day && unit.Successors.Count > 0)
            {
                foreach (var successor in unit.Successors)
                {
                    Visit(successor);
                }
                return;
            }
            result.Add(current);
        }
    }

    /// <summary>The nearest code in <paramref name="rows"/> an item of <paramref name="code"/> belongs to: itself, else a successor.</summary>
    public string? NearestRow(string code, IReadOnlySet<string> rows)
    {
        if (rows.Contains(code))
        {
            return code;
        }
        if (!_rollUp)
        {
            return null;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        var queue = new Queue<string>();
        queue.Enqueue(code);
        while (queue.TryDequeue(out var current))
        {
            if (!_units.TryGetValue(current, out var unit))
            {
                continue;
            }
            foreach (var successor in unit.Successors)
            {
                if (rows.Contains(successor))
                {
                    return successor;
                }
                if (seen.Add(successor))
                {
                    queue.Enqueue(successor);
                }
            }
        }
        return null;
    }
}
