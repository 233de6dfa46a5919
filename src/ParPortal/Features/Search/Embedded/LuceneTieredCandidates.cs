using Lucene.Net.Facet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// The first pass of a search without scoring every match: the match's documents are found as bit sets
/// (<see cref="LuceneMatchSet"/>), counted, and handed to the facet collector; only a tier of them is scored with the
/// match query to pick the candidates that the whole policy then ranks. The tier is the first of these holding at
/// least <c>depth</c> matches: the documents with at least m query units in their title (as PostgreSQL's title tier),
/// those with any unit in their title (both scored by their titles), every match (scored by the match query). Below
/// <c>depth</c> matches every match is a candidate, as before.
/// </summary>
internal static class LuceneTieredCandidates
{
    public static (ScoreDoc[] Candidates, int Total) Find(IndexSearcher searcher, MatchQuery match, int minimum, Filter filter, FacetsCollector facets, int depth)
    {
        var segments = new LuceneMatchSet(searcher).Evaluate(match.Query, match.Units, minimum, filter);
        var total = 0;
        foreach (var segment in segments)
        {
            facets.SetNextReader(segment.Context);
            var bits = segment.Matches;
            for (var doc = bits.NextSetBit(0); doc >= 0; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1)
            {
                facets.Collect(doc);
                total++;
            }
        }
        SearchStages.Mark("match");
        if (total <= depth)
        {
            return (segments.SelectMany(s => Docs(s.Context.DocBase, s.Matches)).ToArray(), total);
        }
        Func<LuceneMatchSet.Segment, FixedBitSet>[] tiers = [s => s.TitleTier, s => s.TitleAny, s => s.Matches];
        var tier = tiers.First(t => t == tiers[^1] || segments.Sum(s => (long)t(s).Cardinality) >= depth);
        // A title tier is scored by its titles alone (short postings; its documents all hold query words there).
        var scoring = tier == tiers[^1] ? match.Query : LuceneMatchSet.TitleOnly(match.Query) ?? match.Query;
        var only = new FilteredQuery(scoring, new SegmentBitsFilter(segments.Select(tier).ToArray()), AcceptedOnly.Instance);
        return (searcher.Search(only, depth).ScoreDocs, total);
    }

    private static IEnumerable<ScoreDoc> Docs(int docBase, FixedBitSet bits)
    {
        for (var doc = bits.NextSetBit(0); doc >= 0; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1)
        {
            yield return new ScoreDoc(docBase + doc, 0);
        }
    }

    /// <summary>Per segment (by its ordinal among the reader's leaves), the documents to score.</summary>
    private sealed class SegmentBitsFilter(FixedBitSet[] segments) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) => segments[context.Ord];
    }

    /// <summary>
    /// Gives the filter's bits to the query's scorers as their accepted documents, so that only the tier is scored
    /// (the default strategy may instead advance the query's scorer to each tier document, scoring where it lands).
    /// </summary>
    private sealed class AcceptedOnly : FilteredQuery.RandomAccessFilterStrategy
    {
        public static readonly AcceptedOnly Instance = new();

        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }
}
