using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;

namespace ParPortal.Bench.QuotaBaseline;

/// <summary>
/// A rule's item filter compiled against one index: lists become sets, and the rule's unit codes are expanded
/// to the raw unit codes of items that count for them (ancestors and, with roll-up, successors).
/// </summary>
internal sealed class ItemFilter
{
    private readonly HashSet<string>? _types;
    private readonly HashSet<string>? _topics;
    private readonly HashSet<string>? _kinds;
    private readonly HashSet<string>? _rawUnits;

    public ItemFilter(
        QuotaItemIndex index,
        UnitGraph units,
        IReadOnlyList<string> types,
        IReadOnlyList<string> topics,
        IReadOnlyList<string> unitCodes,
        IReadOnlyList<string> kinds)
    {
        _types = ToSet(types);
        _topics = ToSet(topics);
        _kinds = ToSet(kinds);
        if (unitCodes.Count > 0)
        {
            var wanted = ToSet(unitCodes)!;
            _rawUnits = new HashSet<string>(StringComparer.Ordinal);
            foreach (var raw in index.ByUnit.Keys)
            {
                if (units.Closure(raw).Overlaps(wanted))
                {
                    _rawUnits.Add(raw);
                }
            }
        }
    }

    public bool Matches(QuotaItem item)
    {
        if (_types is not null && !_types.Contains(item.Type))
        {
            return false;
        }
        if (_kinds is not null && (item.DocumentKind is null || !_kinds.Contains(item.DocumentKind)))
        {
            return false;
        }
        if (_rawUnits is not null && (item.UnitCode is null || !_rawUnits.Contains(item.UnitCode)))
        {
            return false;
        }
        if (_topics is not null)
        {
            foreach (var topic in item.Topics)
            {
                if (_topics.Contains(topic))
                {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /// <summary>
    /// Positions of matching items published between the two day numbers (inclusive), in day order for a single
    /// bucket. The narrowest indexed dimension is read so that a rule never scans every item when it filters.
    /// </summary>
    public IEnumerable<int> Select(QuotaItemIndex index, int fromDay, int toDay)
    {
        var buckets = NarrowestBuckets(index, out var mayRepeat);
        HashSet<int>? seen = mayRepeat ? [] : null;
        foreach (var bucket in buckets)
        {
            for (var p = index.LowerBound(bucket, fromDay); p < bucket.Length; p++)
            {
                var position = bucket[p];
                if (index.Days[position] > toDay)
                {
                    break;
                }
                if (Matches(index.Items[position]) && (seen is null || seen.Add(position)))
                {
                    yield return position;
                }
            }
        }
    }

    private List<int[]> NarrowestBuckets(QuotaItemIndex index, out bool mayRepeat)
    {
        List<int[]>? best = null;
        var bestSize = long.MaxValue;
        var repeat = false;
        Consider(_types, index.ByType, repeats: false);
        Consider(_kinds, index.ByKind, repeats: false);
        Consider(_rawUnits, index.ByUnit, repeats: false);
        // An item has several topics, so it can sit in several topic buckets.
        Consider(_topics, index.ByTopic, repeats: true);
        mayRepeat = repeat;
        return best ?? [index.All];

        void Consider(HashSet<string>? keys, IReadOnlyDictionary<string, int[]> map, bool repeats)
        {
            if (keys is null)
            {
                return;
            }
            var buckets = new List<int[]>();
            long size = 0;
            foreach (var key in keys)
            {
                if (map.TryGetValue(key, out var bucket))
                {
                    buckets.Add(bucket);
                    size += bucket.Length;
                }
            }
            if (size < bestSize)
            {
                best = buckets;
                bestSize = size;
                repeat = repeats && buckets.Count > 1;
            }
        }
    }

    private static HashSet<string>? ToSet(IReadOnlyList<string> values) =>
        values.Count == 0 ? null : new HashSet<string>(values, StringComparer.Ordinal);
}
