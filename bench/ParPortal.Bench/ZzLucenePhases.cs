using System.Diagnostics;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Ranking;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Bench;

// Temporary experiment (not committed): where a Lucene search's time goes.
public sealed class ZzLucenePhases : IBenchmark
{
    public string Name => "zz-lucene";

    public string Description => "experiment";

    public Task<int> RunAsync(string[] args)
    {
        var folder = args[0];
        var index = new LuceneSearchIndex(folder);
        index.Open();
        var queries = new[] { "thủ tục hành chính", "thu tuc hanh chinh", "chuyển đổi số", "đăng ký khai sinh cần những giấy tờ gì", "kế hoạch cải cách hành chính năm 2024", "sipas", "mot cua", "1.123456" };
        var searcher = (FacetSearcher)typeof(LuceneSearchIndex).GetField("_searchers", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(index)!
            .GetType().GetMethod("Acquire")!.Invoke(typeof(LuceneSearchIndex).GetField("_searchers", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(index), null)!;
        _ = searcher.FacetState;
        foreach (var text in queries)
        {
            var q = SearchQuery.Parse(text, SynonymSource.Shipped);
            var full = new LuceneQueryBuilder(searcher.IndexReader).Build(q);
            var filter = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(LuceneFields.Published, "1"))));
            double T(Action a) { a(); var best = double.MaxValue; for (var i = 0; i < 5; i++) { var sw = Stopwatch.StartNew(); a(); best = Math.Min(best, sw.Elapsed.TotalMilliseconds); } return best; }
            var count = T(() => { var c = new TotalHitCountCollector(); searcher.Search(full, filter, c); });
            var scored = T(() => searcher.Search(full, filter, 10));
            var sorted = T(() => searcher.Search(full, filter, 10, new Sort(SortField.FIELD_SCORE, new SortField("date", SortFieldType.INT64, true)), true, false));
            var faceted = T(() => { var fc = new RandomSamplingFacetsCollector(10000, 1); FacetsCollector.Search(searcher, new LuceneQueryBuilder(searcher.IndexReader).BuildMatch(q), filter, 300, fc); new SortedSetDocValuesFacetCounts(searcher.FacetState, fc); });
            var match300 = T(() => searcher.Search(new LuceneQueryBuilder(searcher.IndexReader).BuildMatch(q), filter, 300));
            // cheap first pass: per unit DisMax(tf, bf) only
            var cheapQ = new BooleanQuery(true) { MinimumNumberShouldMatch = q.MinimumShouldMatch };
            foreach (var u in q.Units.Where(u => !u.IsOptional && u.Code is null))
            {
                var dm = new DisjunctionMaxQuery(0) { new TermQuery(new Term("tf", u.Word.Folded)) { Boost = 2 }, new TermQuery(new Term("bf", u.Word.Folded)) { Boost = 0.4f } };
                cheapQ.Add(dm, Occur.SHOULD);
            }
            var cheap = T(() => searcher.Search(cheapQ, filter, 300));
            var total = searcher.Search(full, filter, 1).TotalHits;
            var full2 = T(() => LuceneSearcher.Search(searcher, new SearchRequest(text), SynonymSource.Shipped));
            Console.WriteLine($"{text,-40} total {total,7} count {count,6:F1} top10 {scored,6:F1} sorted {sorted,6:F1} faceted {faceted,6:F1} cheap300 {cheap,6:F1} match300 {match300,6:F1} whole {full2,6:F1} ms");
        }
        return Task.FromResult(0);
    }
}
