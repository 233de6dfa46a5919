using ParPortal.Quotas.Progress;

namespace ParPortal.Quotas.Engine;

/// <summary>
/// Counted items as ascending positions with their reasons: counting needs only the length, and the records the
/// API shows are made from these arrays on demand (<see cref="EvidenceList"/>).
/// </summary>
internal sealed class EvidenceSet
{
    public static readonly EvidenceSet Empty = new([], [], 0);

    public EvidenceSet(int[] positions, CountReason[] reasons, int count)
    {
        Positions = positions;
        Reasons = reasons;
        Count = count;
    }

    public int[] Positions { get; }

    public CountReason[] Reasons { get; }

    public int Count { get; }

    /// <summary>Filter matches and links, both ascending, merged in publication order with the reason of each.</summary>
    public static EvidenceSet FromMatchesAndLinks(int[] matched, ReadOnlySpan<int> linked)
    {
        if (linked.IsEmpty)
        {
            return new EvidenceSet(matched, new CountReason[matched.Length], matched.Length);
        }
        var positions = new int[matched.Length + linked.Length];
        var reasons = new CountReason[positions.Length];
        int i = 0, j = 0, n = 0;
        while (i < matched.Length || j < linked.Length)
        {
            if (j == linked.Length || i < matched.Length && matched[i] < linked[j])
            {
                positions[n] = matched[i++];
                reasons[n++] = CountReason.Filter;
            }
            else if (i == matched.Length || linked[j] < matched[i])
            {
                positions[n] = linked[j++];
                reasons[n++] = CountReason.Link;
            }
            else
            {
                positions[n] = matched[i++];
                j++;
                reasons[n++] = CountReason.FilterAndLink;
            }
        }
        return new EvidenceSet(positions, reasons, n);
    }

    /// <summary>
    /// The union in publication order; an item in both keeps this set's reason, as a task's evidence keeps the
    /// reason of its first rule.
    /// </summary>
    public EvidenceSet Union(EvidenceSet other)
    {
        if (other.Count == 0)
        {
            return this;
        }
        if (Count == 0)
        {
            return other;
        }
        var positions = new int[Count + other.Count];
        var reasons = new CountReason[positions.Length];
        int i = 0, j = 0, n = 0;
        while (i < Count || j < other.Count)
        {
            if (j == other.Count || i < Count && Positions[i] <= other.Positions[j])
            {
                if (j < other.Count && Positions[i] == other.Positions[j])
                {
                    j++;
                }
                positions[n] = Positions[i];
                reasons[n++] = Reasons[i++];
            }
            else
            {
                positions[n] = other.Positions[j];
                reasons[n++] = other.Reasons[j++];
            }
        }
        return new EvidenceSet(positions, reasons, n);
    }
}
