using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Time;

namespace ParPortal.Bench.QuotaBaseline;

/// <summary>
/// Items indexed once by local publication day and by type, topic, unit, document kind and linked task.
/// Every bucket is sorted by day so that a rule reads only its window with a binary search instead of scanning
/// all items. Build it once and reuse it for several computations over the same items.
/// </summary>
internal sealed class QuotaItemIndex
{
    private static readonly IReadOnlyDictionary<string, int[]> Empty = new Dictionary<string, int[]>();

    private QuotaItemIndex(QuotaItem[] items, int[] days, int[] all)
    {
        Items = items;
        Days = days;
        All = all;
    }

    internal QuotaItem[] Items { get; }

    /// <summary>Local day number of each item, by position in <see cref="Items"/>.</summary>
    internal int[] Days { get; }

    /// <summary>All positions sorted by day.</summary>
    internal int[] All { get; }

    internal IReadOnlyDictionary<string, int[]> ByType { get; private set; } = Empty;

    internal IReadOnlyDictionary<string, int[]> ByTopic { get; private set; } = Empty;

    internal IReadOnlyDictionary<string, int[]> ByUnit { get; private set; } = Empty;

    internal IReadOnlyDictionary<string, int[]> ByKind { get; private set; } = Empty;

    internal IReadOnlyDictionary<string, int[]> ByLink { get; private set; } = Empty;

    public int Count => Items.Length;

    public static QuotaItemIndex Build(IReadOnlyList<QuotaItem> source)
    {
        var items = source as QuotaItem[] ?? [.. source];
        var days = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            days[i] = VietnamTime.LocalDayNumber(items[i].PublishedAt);
        }

        var all = new int[items.Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = i;
        }
        var keys = (int[])days.Clone();
        Array.Sort(keys, all);

        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byTopic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byUnit = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byKind = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byLink = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        // Walking positions in day order keeps every bucket sorted by day without a second sort.
        foreach (var i in all)
        {
            var item = items[i];
            Add(byType, item.Type, i);
            if (item.UnitCode is { Length: > 0 } unit)
            {
                Add(byUnit, unit, i);
            }
            if (item.DocumentKind is { Length: > 0 } kind)
            {
                Add(byKind, kind, i);
            }
            foreach (var topic in item.Topics)
            {
                Add(byTopic, topic, i);
            }
            foreach (var task in item.LinkedTaskCodes)
            {
                Add(byLink, task, i);
            }
        }

        return new QuotaItemIndex(items, days, all)
        {
            ByType = Freeze(byType),
            ByTopic = Freeze(byTopic),
            ByUnit = Freeze(byUnit),
            ByKind = Freeze(byKind),
            ByLink = Freeze(byLink),
        };
    }

    /// <summary>First position in <paramref name="bucket"/> whose day is on or after <paramref name="day"/>.</summary>
    internal int LowerBound(int[] bucket, int day)
    {
        int lo = 0, hi = bucket.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Days[bucket[mid]] < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int position)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }
        // An item that lists the same topic or link twice must still count once.
        if (list.Count == 0 || list[^1] != position)
        {
            list.Add(position);
        }
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> map) =>
        map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
}
