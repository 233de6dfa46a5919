namespace ParPortal.Quotas.Engine;

/// <summary>
/// For each key id, the ascending positions of the items carrying it, stored back to back in one array
/// (compressed rows). Positions are in publication order, so a window is a contiguous slice found by binary search.
/// </summary>
internal sealed class PositionBuckets
{
    private readonly int[] _start;
    private readonly int[] _positions;

    private PositionBuckets(int[] start, int[] positions)
    {
        _start = start;
        _positions = positions;
    }

    public ReadOnlySpan<int> this[int key] =>
        (uint)key < (uint)(_start.Length - 1) ? _positions.AsSpan(_start[key], _start[key + 1] - _start[key]) : [];

    /// <summary>
    /// Counting sort of (key, position) pairs by key. The pairs come in ascending position order, so each
    /// bucket comes out ascending without a comparison sort. Negative keys (no value) are skipped.
    /// </summary>
    public static PositionBuckets Build(int keyCount, ReadOnlySpan<int> keys, ReadOnlySpan<int> positions)
    {
        var start = new int[keyCount + 1];
        foreach (var key in keys)
        {
            if (key >= 0)
            {
                start[key + 1]++;
            }
        }
        for (var k = 0; k < keyCount; k++)
        {
            start[k + 1] += start[k];
        }
        var next = start.AsSpan(0, keyCount).ToArray();
        var result = new int[start[keyCount]];
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (key >= 0)
            {
                result[next[key]++] = positions.IsEmpty ? i : positions[i];
            }
        }
        return new PositionBuckets(start, result);
    }

    /// <summary>Index of the first element of <paramref name="sorted"/> that is ≥ <paramref name="value"/>.</summary>
    public static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < value)
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

    /// <summary>The slice of <paramref name="bucket"/> with positions in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static ReadOnlySpan<int> Slice(ReadOnlySpan<int> bucket, int from, int to)
    {
        var lo = LowerBound(bucket, from);
        var hi = LowerBound(bucket[lo..], to) + lo;
        return bucket[lo..hi];
    }
}
