namespace ParPortal.Quotas.Engine;

/// <summary>
/// Orders items by publication instant: a counting sort by local day (linear, days span a few years), then a small
/// sort inside each day. Ties keep the caller's order so that the result does not depend on the sort algorithm.
/// </summary>
internal static class PublicationOrder
{
    /// <summary>Beyond this many distinct days per item the day histogram costs more than a comparison sort.</summary>
    private const int MaxDaysPerItem = 8;

    public static int[] Sort(int[] days, long[] ticks)
    {
        var n = days.Length;
        var order = new int[n];
        if (n == 0)
        {
            return order;
        }
        int min = days[0], max = days[0];
        foreach (var d in days)
        {
            if (d < min) min = d;
            if (d > max) max = d;
        }
        var comparer = new TicksThenIndex(ticks);
        var range = (long)max - min + 1;
        if (range > (long)n * MaxDaysPerItem + 1024)
        {
            // Outlying dates (bad data, year 1 or 9999) would make the histogram huge: sort by comparison instead.
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }
            Array.Sort(order, comparer);
            return order;
        }

        var start = new int[range + 1];
        foreach (var d in days)
        {
            start[d - min + 1]++;
        }
        for (var k = 1; k <= range; k++)
        {
            start[k] += start[k - 1];
        }
        var next = start.AsSpan(0, (int)range).ToArray();
        for (var i = 0; i < n; i++)
        {
            order[next[days[i] - min]++] = i;
        }
        for (var k = 0; k < range; k++)
        {
            SortDay(order, start[k], start[k + 1] - start[k], ticks, comparer);
        }
        return order;
    }

    private static void SortDay(int[] order, int from, int length, long[] ticks, TicksThenIndex comparer)
    {
        if (length < 2)
        {
            return;
        }
        if (length > 32)
        {
            Array.Sort(order, from, length, comparer);
            return;
        }
        // Insertion sort: a day holds a few dozen items at most in practice, and it is stable.
        for (var i = from + 1; i < from + length; i++)
        {
            var value = order[i];
            var key = ticks[value];
            var j = i - 1;
            while (j >= from && ticks[order[j]] > key)
            {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = value;
        }
    }

    private sealed class TicksThenIndex(long[] ticks) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var c = ticks[x].CompareTo(ticks[y]);
            return c != 0 ? c : x.CompareTo(y);
        }
    }
}
