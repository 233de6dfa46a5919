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
    public static IReadOnlyList<ScoreDoc> Rescore(IndexSearcher searcher, Query query, ScoreDoc[] candidates, int depth)
    {
        if (candidates.Length == 0)
        {
            return candidates;
        }
        var head = candidates.Take(depth).Select(c => new ScoreDoc(c.Doc, 0)).OrderBy(c => c.Doc).ToArray();
        var dates = new long[head.Length];
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var i = 0;
        while (i < head.Length)
        {
            var leaf = leaves[ReaderUtil.SubIndex(head[i].Doc, leaves)];
            var end = leaf.DocBase + leaf.Reader.MaxDoc;
            // The candidates are the scorer's accepted documents, so every postings list stops on candidates only.
            // With the live documents, a phrase scorer advanced to a candidate without the phrase read the positions
            // of every later document holding its words up to the next one that has it (most of the index for a
            // common phrase such as "ủy ban nhân dân").
            var accepted = new FixedBitSet(leaf.Reader.MaxDoc);
            for (var k = i; k < head.Length && head[k].Doc < end; k++)
            {
                accepted.Set(head[k].Doc - leaf.DocBase);
            }
            var scorer = weight.GetScorer(leaf, accepted);
            var date = LuceneDates.Of(leaf.AtomicReader);
            for (; i < head.Length && head[i].Doc < end; i++)
            {
                var target = head[i].Doc - leaf.DocBase;
                dates[i] = date[target];
                if (scorer is not null && (scorer.DocID >= target || scorer.Advance(target) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == target)
                {
                    head[i].Score = scorer.GetScore();
                }
            }
        }
        var order = Enumerable.Range(0, head.Length).OrderByDescending(k => head[k].Score).ThenByDescending(k => dates[k]).Select(k => head[k]);
        return order.Concat(candidates.Skip(depth)).ToList();
    }
}
