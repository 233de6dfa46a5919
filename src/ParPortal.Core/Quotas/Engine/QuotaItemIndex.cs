using ParPortal.Quotas.Input;
using ParPortal.Quotas.Progress;
using ParPortal.Time;

namespace ParPortal.Quotas.Engine;

/// <summary>
/// Items in publication order, described by integer ids (type, document kind, unit, topics, linked tasks) held
/// in flat arrays, with one bucket of positions per id. A position is an item's rank in publication order, so
/// every bucket is sorted by day and a rule's window is a slice found by binary search. Build it once and reuse
/// it for several computations over the same items.
/// </summary>
public sealed class QuotaItemIndex
{
    private QuotaItemIndex(QuotaItem[] items)
    {
        Items = items;
    }

    /// <summary>Items by position (publication order, ties in the caller's order).</summary>
    internal QuotaItem[] Items { get; }

    /// <summary>Local day number of each position; non-decreasing.</summary>
    internal int[] Days { get; private init; } = [];

    internal int[] TypeOf { get; private init; } = [];

    /// <summary>Document kind id of each position, -1 when the item has none.</summary>
    internal int[] KindOf { get; private init; } = [];

    /// <summary>Unit id of each position, -1 when the item has none.</summary>
    internal int[] UnitOf { get; private init; } = [];

    /// <summary>Topic ids of position p are <c>TopicIds[TopicStart[p]..TopicStart[p + 1]]</c>, without repeats.</summary>
    internal int[] TopicStart { get; private init; } = [0];

    internal int[] TopicIds { get; private init; } = [];

    internal KeyTable Types { get; private init; } = new();

    internal KeyTable Kinds { get; private init; } = new();

    internal KeyTable Units { get; private init; } = new();

    internal KeyTable Topics { get; private init; } = new();

    internal KeyTable Links { get; private init; } = new();

    internal PositionBuckets ByType { get; private init; } = null!;

    internal PositionBuckets ByKind { get; private init; } = null!;

    internal PositionBuckets ByUnit { get; private init; } = null!;

    internal PositionBuckets ByTopic { get; private init; } = null!;

    internal PositionBuckets ByLink { get; private init; } = null!;

    public int Count => Items.Length;

    // Folded titles are made only for rules that require title words, once per position, and kept for the next rule.
    private string?[]? _foldedTitles;

    /// <summary>The title of position p folded for comparison (lower case, no diacritics, đ → d).</summary>
    internal string FoldedTitle(int position)
    {
        var titles = _foldedTitles ??= new string?[Items.Length];
        return titles[position] ??= Text.VietnameseText.Fold(Items[position].Title);
    }

    public static QuotaItemIndex Build(IReadOnlyList<QuotaItem> source)
    {
        var input = source as QuotaItem[] ?? [.. source];
        var n = input.Length;
        KeyTable types = new(), kinds = new(), units = new(), topics = new(), links = new();

        // First pass in the caller's order: the items were allocated in that order, so reading their strings
        // sequentially stays in cache; the sorted order would jump around the heap for every field.
        var ticks = new long[n];
        var days = new int[n];
        var typeIn = new int[n];
        var kindIn = new int[n];
        var unitIn = new int[n];
        var topicsIn = new IdLists(n, n * 2);
        var linksIn = new IdLists(n, n / 16 + 4);
        var buffer = new string[8];
        for (var i = 0; i < n; i++)
        {
            var item = input[i];
            ticks[i] = item.PublishedAt.UtcTicks;
            days[i] = VietnamTime.LocalDayNumber(item.PublishedAt);
            typeIn[i] = types.Intern(item.Type);
            kindIn[i] = item.DocumentKind is { Length: > 0 } kind ? kinds.Intern(kind) : -1;
            unitIn[i] = item.UnitCode is { Length: > 0 } unit ? units.Intern(unit) : -1;
            var count = Copy(item.Topics, ref buffer);
            for (var t = 0; t < count; t++)
            {
                topicsIn.Add(topics.Intern(buffer[t]));
            }
            topicsIn.EndList();
            if (item.LinkedTaskCodes.Count > 0)
            {
                count = Copy(item.LinkedTaskCodes, ref buffer);
                for (var t = 0; t < count; t++)
                {
                    linksIn.Add(links.Intern(buffer[t]));
                }
            }
            linksIn.EndList();
        }

        // Second pass in publication order moves only references and integers.
        var order = PublicationOrder.Sort(days, ticks);
        var items = new QuotaItem[n];
        var sortedDays = new int[n];
        var typeOf = new int[n];
        var kindOf = new int[n];
        var unitOf = new int[n];
        for (var p = 0; p < n; p++)
        {
            var i = order[p];
            items[p] = input[i];
            sortedDays[p] = days[i];
            typeOf[p] = typeIn[i];
            kindOf[p] = kindIn[i];
            unitOf[p] = unitIn[i];
        }
        var (topicStart, topicIds, topicOwners) = topicsIn.Permute(order);
        var (_, linkIds, linkOwners) = linksIn.Permute(order);

        return new QuotaItemIndex(items)
        {
            Days = sortedDays,
            TypeOf = typeOf,
            KindOf = kindOf,
            UnitOf = unitOf,
            TopicStart = topicStart,
            TopicIds = topicIds,
            Types = types,
            Kinds = kinds,
            Units = units,
            Topics = topics,
            Links = links,
            ByType = PositionBuckets.Build(types.Count, typeOf, []),
            ByKind = PositionBuckets.Build(kinds.Count, kindOf, []),
            ByUnit = PositionBuckets.Build(units.Count, unitOf, []),
            ByTopic = PositionBuckets.Build(topics.Count, topicIds, topicOwners),
            ByLink = PositionBuckets.Build(links.Count, linkIds, linkOwners),
        };
    }

    /// <summary>First position whose local day is on or after <paramref name="day"/>.</summary>
    internal int FirstOnOrAfter(int day)
    {
        int lo = 0, hi = Days.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (Days[mid] < day)
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

    internal CountedItem ToCounted(int position, CountReason reason)
    {
        var item = Items[position];
        return new CountedItem(item.Id, item.Title, item.Type, item.DocumentKind, item.UnitCode, item.PublishedAt,
            DateOnly.FromDayNumber(Days[position]), reason);
    }

    /// <summary>Copies a collection into a reusable buffer so that arrays and lists are read without an enumerator.</summary>
    private static int Copy(IReadOnlyCollection<string> source, ref string[] buffer)
    {
        var count = source.Count;
        if (count > buffer.Length)
        {
            buffer = new string[count];
        }
        switch (source)
        {
            case string[] array:
                array.CopyTo(buffer, 0);
                break;
            case IReadOnlyList<string> list:
                for (var i = 0; i < count; i++)
                {
                    buffer[i] = list[i];
                }
                break;
            default:
                var k = 0;
                foreach (var value in source)
                {
                    buffer[k++] = value;
                }
                break;
        }
        return count;
    }
}
