using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using ParPortal.Features.Search.Ranking;
using F = ParPortal.Features.Search.Embedded.LuceneFields;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Suggestions as the user types, the same way as PostgreSQL's: published titles beginning with the typed words
/// (folded, so diacritics are optional) in alphabetical order, which puts the shortest completion of each beginning
/// first; when fewer than asked, titles holding the words anywhere, the last as a prefix, shortest first.
/// </summary>
internal static class LuceneSuggester
{
    private static readonly Filter PublishedOnly = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(F.Published, "1"))));

    private static readonly Sort ByDate = new(new SortField(F.Date, SortFieldType.INT64, true));

    private static readonly ISet<string> Stored = new HashSet<string> { F.Item, F.Type, F.Title, F.Url };

    public static IReadOnlyList<SearchSuggestion> Suggest(IndexSearcher searcher, string prefix, int limit)
    {
        var typed = SearchQuery.ParsePrefix(prefix);
        if (typed.IsEmpty)
        {
            return [];
        }
        limit = Math.Clamp(limit, 1, SuggestionLimits.Max);
        var reader = searcher.IndexReader;
        var beginning = new List<(string Key, int Doc)>();
        if (MultiFields.GetTerms(reader, F.TitleKey) is { } terms)
        {
            var live = MultiFields.GetLiveDocs(reader);
            foreach (var start in typed.TitleBeginnings)
            {
                var taken = 0;
                var te = terms.GetEnumerator();
                if (te.SeekCeil(new BytesRef(start)) == TermsEnum.SeekStatus.END)
                {
                    continue;
                }
                do
                {
                    var key = te.Term.Utf8ToString();
                    if (!key.StartsWith(start, StringComparison.Ordinal))
                    {
                        break;
                    }
                    var docs = te.Docs(live, null, DocsFlags.NONE);
                    int doc;
                    while (taken < limit && (doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        beginning.Add((key, doc));
                        taken++;
                    }
                }
                while (taken < limit && te.MoveNext());
            }
        }
        var result = new List<SearchSuggestion>();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, doc) in beginning.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            Add(searcher, doc, result, titles, limit);
        }
        if (result.Count < limit)
        {
            var query = new BooleanQuery();
            foreach (var word in typed.Words)
            {
                query.Add(new TermQuery(new Term(F.TitleFolded, word)), Occur.MUST);
            }
            var last = new BooleanQuery();
            foreach (var form in typed.LastForms)
            {
                last.Add(new PrefixQuery(new Term(F.TitleFolded, form)), Occur.SHOULD);
            }
            query.Add(last, Occur.MUST);
            var candidates = searcher.Search(query, PublishedOnly, limit * 4, ByDate).ScoreDocs
                .Select(d => (d.Doc, Words: searcher.Doc(d.Doc, Stored).Get(F.Title)?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ?? 0))
                .OrderBy(c => c.Words);
            foreach (var (doc, _) in candidates)
            {
                Add(searcher, doc, result, titles, limit);
            }
        }
        return result;
    }

    private static void Add(IndexSearcher searcher, int doc, List<SearchSuggestion> result, HashSet<string> titles, int limit)
    {
        var stored = searcher.Doc(doc, Stored);
        var title = stored.Get(F.Title) ?? "";
        if (result.Count < limit && titles.Add(title))
        {
            result.Add(new SearchSuggestion(Guid.ParseExact(stored.Get(F.Item), "N"), stored.Get(F.Type), title, stored.Get(F.Url)));
        }
    }
}
