namespace ParPortal.Quotas.Engine;

/// <summary>
/// One short list of key ids per item (its topics, its linked tasks), stored back to back, built in the caller's
/// order and then permuted into publication order. Repeats inside one list are dropped: an item that lists the
/// same topic twice must count once in that topic's bucket.
/// </summary>
internal sealed class IdLists(int lists, int capacity)
{
    private readonly int[] _start = new int[lists + 1];
    private int[] _ids = new int[Math.Max(4, capacity)];
    private int _count;
    private int _list;

    public void Add(int id)
    {
        if (_ids.AsSpan(_start[_list], _count - _start[_list]).Contains(id))
        {
            return;
        }
        if (_count == _ids.Length)
        {
            Array.Resize(ref _ids, _ids.Length * 2);
        }
        _ids[_count++] = id;
    }

    public void EndList() => _start[++_list] = _count;

    /// <summary>
    /// The lists in the order of <paramref name="order"/> (new position → old list): the start of each list, the ids,
    /// and for each id the position that owns it, ascending, as <see cref="PositionBuckets.Build"/> expects.
    /// </summary>
    public (int[] Start, int[] Ids, int[] Owners) Permute(int[] order)
    {
        var start = new int[order.Length + 1];
        var ids = new int[_count];
        var owners = new int[_count];
        var k = 0;
        for (var p = 0; p < order.Length; p++)
        {
            var from = _start[order[p]];
            var length = _start[order[p] + 1] - from;
            _ids.AsSpan(from, length).CopyTo(ids.AsSpan(k));
            owners.AsSpan(k, length).Fill(p);
            k += length;
            start[p + 1] = k;
        }
        return (start, ids, owners);
    }
}
