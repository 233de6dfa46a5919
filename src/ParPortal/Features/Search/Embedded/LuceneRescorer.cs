using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Scores candidate documents with another query and orders them by that score, then by date (newest first). Lucene's
/// own QueryRescorer is not used: it throws on an empty candidate list and on segments where the query matches nothing,
/// and it cannot break ties by a field.
/// </summary>
internal static class LuceneRescorer
{
    /// <summary>
    /// The first <paramref name="depth"/> candidates rescored and sorted, followed by the rest in their given order.
    /// A candidate the query does not match keeps score 0 (cannot happen when the query matches a superset).
    /// </summary>
    /// <param name="threads">Threads the segments may be scored on (<see cref="LuceneParallel"/>).</param>
    public static IReadOnlyList<ScoreDoc> Rescore(IndexSearcher searcher, Query query, ScoreDoc[] candidates, int depth, int threads = 1)
    {
        if (candidates.Length == 0)
        {
            return candidates;
        }
        var head = candidates.Take(depth).Select(c => new ScoreDoc(c.Doc, 0)).OrderBy(c => c.Doc).ToArray();
        var dates = new long[head.Length];
        var weight = searcher.CreateNormalizedWeight(query);
        // Each segment's candidates (a run of `head`, which is in document order) by their own scorer, on any thread
        // (LuceneParallel: a weight serves any number of threads, a scorer one), each writing only its own entries.
        // Splitting a segment's candidates further cost more than it saved: making a segment's scorers for a policy
        // of 20 words and phrases takes about a millisecond.
        var runs = new List<(AtomicReaderContext Leaf, int Start, int End)>();
        var leaves = searcher.IndexReader.Leaves;
        for (var i = 0; i < head.Length;)
        {
            var leaf = leaves[ReaderUtil.SubIndex(head[i].Doc, leaves)];
            var start = i;
            while (i < head.Length && head[i].Doc < leaf.DocBase + leaf.Reader.MaxDoc)
            {
                i++;
            }
            runs.Add((leaf, start, i));
        }
        LuceneParallel.For(threads, runs.Count, r => Score(weight, runs[r].Leaf, head, dates, runs[r].Start, runs[r].End));
        var order = Enumerable.Range(0, head.Length).OrderByDescending(k => head[k].Score).ThenByDescending(k => dates[k]).Select(k => head[k]);
        return order.Concat(candidates.Skip(depth)).ToList();
    }

    /// <summary>Scores <paramref name="head"/>[<paramref name="start"/> … <paramref name="end"/>), documents of one segment in order, and reads their dates.</summary>
    private static void Score(Weight weight, AtomicReaderContext leaf, ScoreDoc[] head, long[] dates, int start, int end)
    {
        // The candidates are the scorer's accepted documents, so every postings list stops on candidates only.
        // With the live documents, a phrase scorer advanced to a candidate without the phrase read the positions
        // of every later document holding its words up to the next one that has it (most of the index for a
        // common phrase such as "ủy ban nhân dân").
        var accepted = new FixedBitSet(leaf.Reader.MaxDoc);
        for (var k = start; k < end; k++)
        {
            accepted.Set(head[k].Doc - leaf.DocBase);
        }
        var scorer = weight.GetScorer(leaf, accepted);
        var date = LuceneDates.Of(leaf.AtomicReader);
        for (var i = start; i < end; i++)
        {
            var target = head[i].Doc - leaf.DocBase;
            dates[i] = date[target];
            if (scorer is not null && (scorer.DocID >= target || scorer.Advance(target) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == target)
            {
                head[i].Score = scorer.GetScore();
            }
        }
    }
}
