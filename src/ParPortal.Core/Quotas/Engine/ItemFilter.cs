namespace ParPortal.Quotas.Engine;

/// <summary>
/// A rule's item filter compiled against one index: each list becomes a table of accepted key ids, and the rule's
/// unit codes are expanded to the item unit ids that count for them (ancestors and, with roll-up, successors). A rule
/// that names no unit is held to the plan's issuing agency, so that several agencies'
/// plans on one site never count each other's items.
/// </summary>
internal sealed class ItemFilter
{
    private readonly Dimension? _types;
    private readonly Dimension? _kinds;
    private readonly Dimension? _units;
    private readonly Dimension? _topics;
    private readonly string[] _titleWords;

    public ItemFilter(
        QuotaItemIndex index,
        UnitGraph units,
        IReadOnlyList<string> types,
        IReadOnlyList<string> topics,
        IReadOnlyList<string> ruleUnits,
        IReadOnlyList<string> kinds,
        IReadOnlyList<string> titleWords,
        string? agencyUnit)
    {
        _types = Dimension.Of(index.Types, types);
        _kinds = Dimension.Of(index.Kinds, kinds);
        _topics = Dimension.Of(index.Topics, topics);
        _titleWords = titleWords.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => Text.VietnameseText.Fold(w.Trim())).ToArray();
        IReadOnlyList<string> unitCodes = ruleUnits.Count > 0 ? ruleUnits : agencyUnit is { Length: > 0 } agency ? [agency] : [];
        if (unitCodes.Count > 0)
        {
            var wanted = new HashSet<string>(unitCodes, StringComparer.Ordinal);
            var accepted = new bool[index.Units.Count];
            for (var id = 0; id < accepted.Length; id++)
            {
                accepted[id] = units.Closure(index.Units.NameOf(id)).Overlaps(wanted);
            }
            _units = new Dimension(accepted);
        }
    }

    public bool Matches(QuotaItemIndex index, int position)
    {
        if (_types is not null && !_types.Accepts(index.TypeOf[position]))
        {
            return false;
        }
        if (_kinds is not null && !_kinds.Accepts(index.KindOf[position]))
        {
            return false;
        }
        if (_units is not null && !_units.Accepts(index.UnitOf[position]))
        {
            return false;
        }
        if (_titleWords.Length > 0)
        {
            var title = index.FoldedTitle(position);
            foreach (var word in _titleWords)
            {
                if (!title.Contains(word, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }
        if (_topics is not null)
        {
            var ids = index.TopicIds;
            for (int t = index.TopicStart[position], end = index.TopicStart[position + 1]; t < end; t++)
            {
                if (_topics.Accepts(ids[t]))
                {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /// <summary>
    /// Ascending positions in [<paramref name="from"/>, <paramref name="to"/>) that match. Reads the cheapest
    /// source: the window of all items, or the window slices of the buckets of the most selective dimension.
    /// </summary>
    public int[] Select(QuotaItemIndex index, int from, int to)
    {
        Dimension? best = null;
        PositionBuckets? bestBuckets = null;
        var bestCost = to - from;
        Consider(_types, index.ByType);
        Consider(_kinds, index.ByKind);
        Consider(_units, index.ByUnit);
        Consider(_topics, index.ByTopic);

        var result = new int[bestCost];
        var count = 0;
        if (best is null)
        {
            for (var p = from; p < to; p++)
            {
                if (Matches(index, p))
                {
                    result[count++] = p;
                }
            }
            return count == result.Length ? result : result[..count];
        }

        var slices = 0;
        foreach (var key in best.Keys)
        {
            var slice = PositionBuckets.Slice(bestBuckets![key], from, to);
            slices += slice.IsEmpty ? 0 : 1;
            foreach (var p in slice)
            {
                if (Matches(index, p))
                {
                    result[count++] = p;
                }
            }
        }
        var span = result.AsSpan(0, count);
        if (slices > 1)
        {
            // Several buckets: restore publication order, and drop repeats (an item sits in several topic buckets).
            span.Sort();
            var unique = 0;
            for (var i = 0; i < span.Length; i++)
            {
                if (unique == 0 || span[unique - 1] != span[i])
                {
                    span[unique++] = span[i];
                }
            }
            count = unique;
        }
        return count == result.Length ? result : result[..count];

        void Consider(Dimension? dimension, PositionBuckets buckets)
        {
            if (dimension is null)
            {
                return;
            }
            var cost = 0;
            foreach (var key in dimension.Keys)
            {
                cost += PositionBuckets.Slice(buckets[key], from, to).Length;
            }
            if (cost < bestCost)
            {
                best = dimension;
                bestBuckets = buckets;
                bestCost = cost;
            }
        }
    }

    /// <summary>Accepted key ids of one filter list, as a look-up table and as a list for reading buckets.</summary>
    private sealed class Dimension
    {
        private readonly bool[] _accepted;

        public Dimension(bool[] accepted)
        {
            _accepted = accepted;
            var keys = new List<int>();
            for (var id = 0; id < accepted.Length; id++)
            {
                if (accepted[id])
                {
                    keys.Add(id);
                }
            }
            Keys = [.. keys];
        }

        public int[] Keys { get; }

        /// <summary>False for -1 (no value): an item without a kind or unit never matches a list of them.</summary>
        public bool Accepts(int id) => id >= 0 && _accepted[id];

        public static Dimension? Of(KeyTable table, IReadOnlyList<string> values)
        {
            if (values.Count == 0)
            {
                return null;
            }
            var accepted = new bool[table.Count];
            foreach (var value in values)
            {
                if (table.Find(value) is >= 0 and var id)
                {
                    accepted[id] = true;
                }
            }
            return new Dimension(accepted);
        }
    }
}
