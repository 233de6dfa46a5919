using System.Collections;
using ParPortal.Quotas.Progress;

namespace ParPortal.Quotas.Engine;

/// <summary>
/// A read-only list of <see cref="CountedItem"/> over an <see cref="EvidenceSet"/>: a record is made the first time
/// it is read, so a dashboard that shows counts never pays for tens of thousands of evidence records.
/// </summary>
internal sealed class EvidenceList(QuotaItemIndex index, EvidenceSet set) : IReadOnlyList<CountedItem>
{
    // Filled lazily; two threads filling the same slot make equal records, so no lock is needed.
    private CountedItem?[]? _made;

    public EvidenceSet Set => set;

    public int Count => set.Count;

    public CountedItem this[int i]
    {
        get
        {
            if ((uint)i >= (uint)set.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(i));
            }
            var made = _made ??= new CountedItem?[set.Count];
            return made[i] ??= index.ToCounted(set.Positions[i], set.Reasons[i]);
        }
    }

    /// <summary>The items' ids, read from the index without making the records.</summary>
    public Guid[] Ids()
    {
        var ids = new Guid[set.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = index.Items[set.Positions[i]].Id;
        }
        return ids;
    }

    public IEnumerator<CountedItem> GetEnumerator()
    {
        for (var i = 0; i < set.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
