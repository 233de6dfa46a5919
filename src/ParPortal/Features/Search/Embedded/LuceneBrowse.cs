using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// A search without words: the accepted items newest first. Sorting every accepted document by date with Lucene's
/// collectors read each one's date and fed each one to the facet collector (12 ms of CPU for 100,000 items); here each
/// segment keeps its documents in date order (4 bytes a document, built once per segment), so the first page walks a
/// few dozen of them, and the facets count from the accepted bit sets.
/// </summary>
internal static class LuceneBrowse
{
    private static readonly ConditionalWeakTable<object, int[]> NewestFirst = new();

    /// <summary>The first <paramref name="count"/> accepted documents by date (newest first, then by document number, as
    /// Lucene's date sort orders them), the accepted documents per segment and their number.</summary>
    public static (ScoreDoc[] Top, List<(AtomicReaderContext Context, FixedBitSet Docs)> Accepted, int Total) Newest(IndexSearcher searcher, Filter filter, int count)
    {
        var accepted = new List<(AtomicReaderContext, FixedBitSet)>();
        var total = 0;
        foreach (var context in searcher.IndexReader.Leaves)
        {
            var reader = context.AtomicReader;
            var bits = new FixedBitSet(reader.MaxDoc);
            if (filter.GetDocIdSet(context, reader.LiveDocs)?.GetIterator() is { } iterator)
            {
                bits.Or(iterator);
            }
            accepted.Add((context, bits));
            total += bits.Cardinality;
        }
        var leaves = searcher.IndexReader.Leaves;
        var first = NewestOf(leaves, [.. accepted.Select(a => a.Item2)], count)
            .Select(t => new ScoreDoc(leaves[t.Leaf].DocBase + t.Doc, 0)).ToArray();
        return (first, accepted, total);
    }

    /// <summary>
    /// The newest <paramref name="count"/> documents of the sets (one per segment, by the leaves' ordinals), newest
    /// first, then by document number as Lucene's date sort orders them: each segment's first <paramref name="count"/>
    /// of its date order that its set holds (a few dozen steps for a page, a few thousand for a dense set), merged.
    /// </summary>
    public static List<(int Leaf, int Doc)> NewestOf(IList<AtomicReaderContext> leaves, FixedBitSet[] sets, int count)
    {
        var picks = new List<int>[leaves.Count];
        var dates = new long[leaves.Count][];
        foreach (var leaf in leaves)
        {
            var set = sets[leaf.Ord];
            var taken = picks[leaf.Ord] = [];
            dates[leaf.Ord] = LuceneDates.Of(leaf.AtomicReader);
            foreach (var doc in NewestFirstOrder(leaf.AtomicReader))
            {
                if (taken.Count == count)
                {
                    break;
                }
                if (set.Get(doc))
                {
                    taken.Add(doc);
                }
            }
        }
        // The newest next document of any segment; on equal dates the earlier segment (document order).
        var newest = new List<(int Leaf, int Doc)>();
        var next = new int[picks.Length];
        while (newest.Count < count)
        {
            var best = -1;
            for (var s = 0; s < picks.Length; s++)
            {
                if (next[s] < picks[s].Count && (best < 0 || dates[s][picks[s][next[s]]] > dates[best][picks[best][next[best]]]))
                {
                    best = s;
                }
            }
            if (best < 0)
            {
                break;
            }
            newest.Add((best, picks[best][next[best]++]));
        }
        return newest;
    }

    /// <summary>Every document of the segment, newest first, then by document number (kept with the segment).</summary>
    public static int[] NewestFirstOrder(AtomicReader reader) => NewestFirst.GetValue(reader.CoreCacheKey, _ => Order(reader));

    private static int[] Order(AtomicReader reader)
    {
        var dates = LuceneDates.Of(reader);
        var keys = new long[reader.MaxDoc];
        var docs = new int[reader.MaxDoc];
        for (var doc = 0; doc < docs.Length; doc++)
        {
            // Negated so that an ascending sort puts the newest first.
            keys[doc] = -dates[doc];
            docs[doc] = doc;
        }
        MemoryExtensions.Sort(keys.AsSpan(), docs.AsSpan());
        // The sort is not stable: documents of the same date go back to document order.
        var start = 0;
        while (start < docs.Length)
        {
            var end = start + 1;
            while (end < docs.Length && keys[end] == keys[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                Array.Sort(docs, start, end - start);
            }
            start = end;
        }
        return docs;
    }
}
