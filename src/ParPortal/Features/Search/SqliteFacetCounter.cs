namespace ParPortal.Features.Search;

/// <summary>
/// Counts the facet values of sampled rows as they are read. Values are looked up by span, so a string is made
/// once per distinct value rather than once per row.
/// </summary>
internal sealed class SqliteFacetCounter
{
    private readonly Dictionary<string, long> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unitNames = new(StringComparer.Ordinal);
    private readonly Dictionary<int, long> _years = [];

    public void Add(in SqliteFacetRecord.Fields row)
    {
        Count(_types, row.Type);
        _years[row.Year] = _years.GetValueOrDefault(row.Year) + 1;
        var unit = row.UnitCode;
        if (!unit.IsEmpty && Count(_units, unit) is { } added)
        {
            // A unit's name is kept from its first row.
            _unitNames[added] = row.UnitName.ToString();
        }
        var topics = row.Topics;
        foreach (var range in topics.Split(SqliteFacetRecord.TopicSeparator))
        {
            var topic = topics[range];
            if (!topic.IsEmpty)
            {
                Count(_topics, topic);
            }
        }
    }

    /// <summary>Facet rows (kind, value, label, count): type 0, topic 1, year 2, unit 3, as <see cref="FacetMath"/> takes them.</summary>
    public List<(int Kind, string Value, string? Label, long Count)> Rows()
    {
        var rows = new List<(int Kind, string Value, string? Label, long Count)>();
        rows.AddRange(_types.Select(t => (0, t.Key, (string?)null, t.Value)));
        rows.AddRange(_topics.Select(t => (1, t.Key, (string?)null, t.Value)));
        rows.AddRange(_years.Select(y => (2, y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)null, y.Value)));
        rows.AddRange(_units.Select(u => (3, u.Key, _unitNames.GetValueOrDefault(u.Key) is { Length: > 0 } name ? name : null, u.Value)));
        return rows;
    }

    /// <summary>Adds one to a value's count; returns the key string when the value is new.</summary>
    private static string? Count(Dictionary<string, long> counts, ReadOnlySpan<char> value)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var count))
        {
            lookup[value] = count + 1;
            return null;
        }
        var key = value.ToString();
        counts[key] = 1;
        return key;
    }
}
