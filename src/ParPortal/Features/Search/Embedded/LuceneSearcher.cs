using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;
using ParPortal.Features.Search.Ranking;
using ParPortal.Features.Search.Synonyms;
using F = ParPortal.Features.Search.Embedded.LuceneFields;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// One search on a Lucene searcher: the policy's match and score, the request's filters, every match counted (facets
/// exact up to 10,000 matches, sampled above), the page sorted by score and then date (newer only breaks ties), and
/// titles and snippets highlighted from the stored text.
/// </summary>
internal static class LuceneSearcher
{
    private static readonly Sort ByDate = new(new SortField(F.Date, SortFieldType.INT64, true));

    /// <summary>Published documents only: the filter of nearly every search, cached per segment.</summary>
    private static readonly Filter PublishedOnly = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(F.Published, "1"))));

    private static readonly string[] StoredForHit = [F.Item, F.Published, F.Type, F.Title, F.Summary, F.Body, F.Url, F.Date];

    /// <param name="baseline">Search the way before the tiered candidates (every match scored in the first pass, the
    /// best 1,000 rescored): the search benchmark's and the tests' reference, run on the same index.</param>
    public static SearchResults Search(FacetSearcher searcher, SearchRequest request, SynonymDictionary synonyms, bool baseline = false)
    {
        var (page, pageSize) = SearchPaging.Clamp(request);
        var query = SearchQuery.Parse(request.Query, synonyms, request.RequireAllWords);
        if (query.IsEmpty)
        {
            return SearchResults.Empty(page, pageSize);
        }
        var filter = Filter(searcher, request);
        SearchStages.Mark("parse");
        var maxDoc = Math.Max(1, searcher.IndexReader.MaxDoc);
        var need = Math.Clamp(page * pageSize, 1, maxDoc);
        // Facets are counted exactly up to 10,000 matches and over a sample of 10,000 above that (scaled): by this
        // collector when every match is scored, from the matches' bit sets otherwise.
        var collector = new RandomSamplingFacetsCollector(SearchLimits.MaxCountedTotal, FacetSeed);
        IReadOnlyList<ScoreDoc> ranked;
        int total;
        // The matches as bit sets per segment, when found that way (the facets then count from them, not the collector).
        List<(AtomicReaderContext Context, FixedBitSet Docs)>? matches = null;
        // Facets counted from the matches' bit sets, on an idle core while the candidates are ranked.
        ForkedWork<SearchFacets>? counting = null;
        if (query.IsBlank && !baseline)
        {
            (ranked, matches, total) = LuceneBrowse.Newest(searcher, filter, need);
            SearchStages.Mark("match");
        }
        else if (query.IsBlank)
        {
            var top = FacetsCollector.Search(searcher, new MatchAllDocsQuery(), filter, need, ByDate, collector);
            (ranked, total) = (top.ScoreDocs, top.TotalHits);
            SearchStages.Mark("match");
        }
        else
        {
            // Two passes: the cheap match finds every match (total, facets) and a few hundred candidates; the whole
            // policy then scores only those. Scoring the whole policy over 100,000 matches of common words was most
            // of a search's time, and then scoring the match over them was (LuceneTieredCandidates).
            var builder = new LuceneQueryBuilder(searcher.IndexReader);
            var match = builder.BuildMatch(query);
            ScoreDoc[] candidates;
            var depth = baseline ? BaselineRescoreDepth : RescoreDepth;
            // This search's own searcher over the same reader: its similarity remembers each word's idf (below).
            IndexSearcher scoring = baseline ? searcher : new PolicySearcher(searcher)
            {
                Similarity = new LuceneFields.PolicySimilarity(searcher.IndexReader, memo: []),
            };
            if (need <= depth && !baseline)
            {
                (candidates, matches, total) = LuceneTieredCandidates.Find(scoring, builder, match, filter, depth, TierLimit, searcher.Threads,
                    (found, count) => counting = new ForkedWork<SearchFacets>(
                        () => count == 0 ? SearchFacets.Empty : Count(searcher, collector, found, count, baseline: false),
                        fork: searcher.Threads > 1 && count > 0));
            }
            else
            {
                // Pages past the rescored candidates follow the match's order, so every match is scored; equal scores
                // newest first, as the candidates of the first pages were taken (the old path: by document number).
                var n = Math.Min(maxDoc, Math.Max(need, depth));
                var top = baseline
                    ? FacetsCollector.Search(searcher, match.Query, filter, n, collector)
                    : FacetsCollector.Search(searcher, match.Query, filter, n, LuceneTieredCandidates.ByScoreThenDate, doDocScores: true, doMaxScore: false, collector);
                (candidates, total) = (top.ScoreDocs, top.TotalHits);
                SearchStages.Mark("match");
            }
            SearchStages.Mark("candidates");
            ranked = LuceneRescorer.Rescore(scoring, builder.Build(query), candidates, depth, baseline ? 1 : searcher.Threads);
            SearchStages.Mark("rescore");
        }
        var hits = ranked.Skip((page - 1) * pageSize).Take(pageSize).Select(d => Hit(searcher, d, query.HighlightTerms)).ToList();
        SearchStages.Mark("hits");
        SearchFacets facets;
        using (counting)
        {
            facets = counting?.Join() ?? (total == 0 ? SearchFacets.Empty : Count(searcher, collector, matches, total, baseline));
        }
        SearchStages.Mark("facets");
        return new SearchResults(hits, total, facets, page, pageSize, FacetsSampled: total > SearchLimits.MaxCountedTotal);
    }

    /// <summary>
    /// Candidates scored with the whole policy (as many as PostgreSQL ranks per tier, <c>PostgresSearch.RankLimit</c>).
    /// Below this many matches every match is; above, a document outside the tier's best 300 (titles, diacritics,
    /// title pairs) rarely belongs on the first pages, and later pages follow the match's order. Scoring the policy
    /// costs about 15 µs per candidate on the 100,000-item benchmark: 1,000 candidates were 15 ms of a search.
    /// </summary>
    internal const int RescoreDepth = 300;

    private const int BaselineRescoreDepth = 1000;

    /// <summary>
    /// A title tier larger than this is cut to its newest documents before its titles are scored. The generated
    /// 100,000-item corpus has tiers of 30,000–80,000 titles that hold every word of a common query and differ by their
    /// length only; scoring them all was a third of such a search ("thu tuc": 80,000 tied titles). Ten times the
    /// candidates, so that title scores still choose among many; PostgreSQL takes the newest 300 of its tier.
    /// </summary>
    internal const int TierLimit = 10 * RescoreDepth;

    /// <summary>A fixed seed: the same search samples the same documents, so estimated facet counts do not jitter between pages.</summary>
    private const long FacetSeed = 20261206;

    private static SearchFacets Count(FacetSearcher searcher, RandomSamplingFacetsCollector collector,
        List<(AtomicReaderContext Context, FixedBitSet Docs)>? matches, int total, bool baseline)
    {
        if (searcher.FacetState is not { } state)
        {
            return SearchFacets.Empty;
        }
        Func<string, IEnumerable<(string Label, int Count)>> top;
        double? scale = null;
        if (baseline)
        {
            var lucene = new SortedSetDocValuesFacetCounts(state, collector);
            top = dim => lucene.GetTopChildren(MaxFacetValues, dim)?.LabelValues.Select(lv => (lv.Label, (int)lv.Value)) ?? [];
        }
        else
        {
            int[] counts;
            if (matches is null)
            {
                counts = FacetOrdinalCounts.Count(state, collector.GetMatchingDocs());
            }
            else
            {
                counts = FacetOrdinalCounts.Count(state, matches, total, SearchLimits.MaxCountedTotal, out var sampled);
                scale = sampled;
            }
            top = dim => FacetOrdinalCounts.TopChildren(state, counts, dim, MaxFacetValues);
        }
        SearchStages.Mark("facet-count");
        var rows = new List<FacetRow>();
        foreach (var (kind, dim) in new[] { (FacetKind.Type, F.Type), (FacetKind.Topic, F.Topic), (FacetKind.Year, F.Year), (FacetKind.Unit, F.Unit) })
        {
            if (state.GetOrdRange(dim) is null)
            {
                // No document has a value for this dimension (no topics anywhere yet): nothing to count.
                continue;
            }
            foreach (var (text, count) in top(dim))
            {
                var (value, label) = kind == FacetKind.Unit && text.IndexOf(F.UnitLabelSeparator) is var at and >= 0
                    ? (text[..at], text[(at + 1)..])
                    : (text, text);
                rows.Add(new FacetRow(kind, value, label, count));
            }
        }
        // The collector's sampling rate is known once it gave its matching documents (above).
        return FacetMath.Build(rows, scale ?? (total > SearchLimits.MaxCountedTotal ? 1 / collector.SamplingRate : 1));
    }

    /// <summary>Facet values listed per dimension; more topics or units than this are not useful in a side bar.</summary>
    private const int MaxFacetValues = 200;

    private static Filter Filter(FacetSearcher searcher, SearchRequest request)
    {
        var types = SearchPaging.FilterValues(request.Types);
        var topics = SearchPaging.FilterValues(request.Topics);
        var unit = request.Unit?.Trim();
        if (!request.IncludeDrafts && types.Count == 0 && topics.Count == 0 && request.Year is null && string.IsNullOrEmpty(unit))
        {
            return PublishedOnly;
        }
        var must = new BooleanQuery();
        if (request.IncludeDrafts)
        {
            // Admin search: each item's draft takes the place of its published document.
            var drafts = DraftItems(searcher);
            if (drafts.Count > 0)
            {
                var shadowed = new BooleanQuery
                {
                    { new TermQuery(new Term(F.Published, "1")), Occur.MUST },
                    { new ConstantScoreQuery(new TermsFilter(F.Item, drafts)), Occur.MUST },
                };
                must.Add(new MatchAllDocsQuery(), Occur.MUST);
                must.Add(shadowed, Occur.MUST_NOT);
            }
            else
            {
                must.Add(new MatchAllDocsQuery(), Occur.MUST);
            }
        }
        else
        {
            must.Add(new TermQuery(new Term(F.Published, "1")), Occur.MUST);
        }
        AddAnyOf(must, F.Type, types);
        AddAnyOf(must, F.Topic, topics);
        if (request.Year is { } year)
        {
            must.Add(new TermQuery(new Term(F.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture))), Occur.MUST);
        }
        if (!string.IsNullOrEmpty(unit))
        {
            must.Add(new TermQuery(new Term(F.Unit, unit)), Occur.MUST);
        }
        return new QueryWrapperFilter(must);
    }

    private static void AddAnyOf(BooleanQuery must, string field, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            must.Add(new ConstantScoreQuery(new TermsFilter(field, values.Select(v => new BytesRef(v)).ToList())), Occur.MUST);
        }
    }

    private static List<BytesRef> DraftItems(IndexSearcher searcher)
    {
        var drafts = searcher.Search(new TermQuery(new Term(F.Published, "0")), Math.Max(1, searcher.IndexReader.MaxDoc));
        var fields = new HashSet<string> { F.Item };
        return drafts.ScoreDocs.Select(d => new BytesRef(searcher.Doc(d.Doc, fields).Get(F.Item))).ToList();
    }

    private static SearchHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, HighlightTerms terms)
    {
        var doc = searcher.Doc(scoreDoc.Doc, new HashSet<string>(StoredForHit));
        var title = doc.Get(F.Title) ?? "";
        return new SearchHit(
            Guid.ParseExact(doc.Get(F.Item), "N"),
            doc.Get(F.Type),
            doc.Get(F.Published) == "1",
            title,
            SnippetBuilder.Highlight(title, terms),
            SnippetBuilder.Snippet(terms, doc.Get(F.Body), doc.Get(F.Summary)),
            doc.Get(F.Url),
            new DateTimeOffset(doc.GetField(F.Date).GetInt64Value() ?? 0, TimeSpan.Zero),
            float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score);
    }
}
