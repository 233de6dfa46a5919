using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// The first pass of a search without scoring every match: the match's documents are found as bit sets
/// (<see cref="LuceneMatchSet"/>) and counted (the facets count from the same bit sets); only a tier of them is scored
/// with the match query to pick the candidates that the whole policy then ranks. The tier is the matches with the
/// most query units in their titles that still number at least <c>depth</c>: all units, then one fewer, … down to one
/// (scored by their titles alone), else every match (scored by the match query). A long query's tier used to be every
/// match with any unit in its title (most of the index for 20 common words). Below <c>depth</c> matches every match
/// is a candidate, as before.
/// </summary>
internal static class LuceneTieredCandidates
{
    /// <summary>Score, then newest first: the final order's tie-break, so that equal scores keep the newest candidates.</summary>
    internal static readonly Sort ByScoreThenDate = new(SortField.FIELD_SCORE, LuceneDates.NewestFirst);

    /// <param name="matched">Called with the matches and their number as soon as they are known, before the tier is scored.</param>
    /// <returns>The candidates, the matches per segment (for the facets) and their number.</returns>
    public static (ScoreDoc[] Candidates, List<(AtomicReaderContext Context, FixedBitSet Docs)> Matches, int Total) Find(
        IndexSearcher searcher, LuceneQueryBuilder terms, MatchQuery match, Filter filter, int depth, int limit, int threads = 1,
        Action<List<(AtomicReaderContext Context, FixedBitSet Docs)>, int>? matched = null)
    {
        var segments = new LuceneMatchSet(searcher, terms, threads).Evaluate(match.Query, match.Units, filter);
        var matches = segments.Select(s => (s.Context, s.Matches)).ToList();
        var total = segments.Sum(s => s.Matches.Cardinality);
        SearchStages.Mark("match");
        matched?.Invoke(matches, total);
        if (total <= depth)
        {
            return (segments.SelectMany(s => Docs(s.Context.DocBase, s.Matches)).ToArray(), matches, total);
        }
        // The tier: the matches with the most query units in their titles, as many units as still leaves at least
        // `depth` of them (all units, then one fewer, … down to one); no such tier: every match.
        FixedBitSet[]? tier = null;
        for (var units = match.Units.Count; units >= 1 && tier is null; units--)
        {
            var sets = segments.Select(s => s.TitleTier(units)).ToArray();
            if (sets.Sum(s => (long)s.Cardinality) >= depth)
            {
                tier = sets;
            }
        }
        if (tier is not null && tier.Sum(s => (long)s.Cardinality) > limit)
        {
            // Thousands of titles holding every query word differ by little more than their length: the newest
            // `limit` of them are scored, as PostgreSQL scores the newest of its title tier (docs/search.md).
            KeepNewest(searcher.IndexReader.Leaves, tier, limit);
        }
        // A title tier is scored by its titles alone (short postings; its documents all hold query words there).
        var scoring = tier is null ? match.Query : LuceneMatchSet.TitleOnly(match.Query) ?? match.Query;
        var bits = tier ?? segments.Select(s => s.Matches).ToArray();
        // Equal title scores are common (items sharing a title): the newest of them are taken, as the final order
        // (score, then date) would show them.
        return (Top(searcher, scoring, bits, depth, threads), matches, total);
    }

    /// <summary>
    /// The best <paramref name="depth"/> of the given documents by <paramref name="query"/>, then newest. The documents
    /// are the scorers' accepted documents, and the collector takes them in any order: a disjunction (the title tier's
    /// clauses) is then scored by Lucene's bucket scorer a block of documents at a time, instead of a heap of
    /// postings advanced one document at a time (FilteredQuery always takes the latter; it was a third of a
    /// common-word search).
    /// </summary>
    internal static ScoreDoc[] Top(IndexSearcher searcher, Query query, FixedBitSet[] bits, int depth, int threads)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        // Each segment into its own collector (on any thread: LuceneParallel), merged as one collector would have
        // ordered them: equal scores and dates by document number.
        var perSegment = new TopDocs[leaves.Count];
        LuceneParallel.For(threads, leaves.Count, i =>
        {
            var collector = TopFieldCollector.Create(ByScoreThenDate, depth, null, fillFields: true, trackDocScores: true, trackMaxScore: false,
                docsScoredInOrder: !weight.ScoresDocsOutOfOrder);
            collector.SetNextReader(leaves[i]);
            if (bits[i].Cardinality > 0 && weight.GetBulkScorer(leaves[i], !collector.AcceptsDocsOutOfOrder, bits[i]) is { } scorer)
            {
                scorer.Score(collector);
            }
            perSegment[i] = collector.GetTopDocs();
        });
        return perSegment.Length == 1 ? perSegment[0].ScoreDocs : TopDocs.Merge(ByScoreThenDate, depth, perSegment).ScoreDocs;
    }

    /// <summary>
    /// Clears all but the newest <paramref name="limit"/> documents of the sets (one per segment, by the leaves'
    /// ordinals); of the documents dated exactly at the cut, the first in document order are kept. Taken from the
    /// segments' date order (<see cref="LuceneBrowse.NewestOf"/>): reading every tier document's date and selecting the
    /// cut walked the 80,000 tied titles of "thu tuc" twice (2.5 ms of 10).
    /// </summary>
    internal static void KeepNewest(IList<AtomicReaderContext> leaves, FixedBitSet[] sets, int limit)
    {
        if (sets.Sum(s => (long)s.Cardinality) <= limit)
        {
            return;
        }
        var newest = LuceneBrowse.NewestOf(leaves, sets, limit);
        foreach (var set in sets)
        {
            set.Clear(0, set.Length);
        }
        foreach (var (leaf, doc) in newest)
        {
            sets[leaf].Set(doc);
        }
    }

    private static int NextSetBit(FixedBitSet set, int from) => from < set.Length ? set.NextSetBit(from) : -1;

    private static IEnumerable<ScoreDoc> Docs(int docBase, FixedBitSet bits)
    {
        for (var doc = NextSetBit(bits, 0); doc >= 0; doc = NextSetBit(bits, doc + 1))
        {
            yield return new ScoreDoc(docBase + doc, 0);
        }
    }
}
