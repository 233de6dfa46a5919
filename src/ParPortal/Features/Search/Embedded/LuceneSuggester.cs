using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using ParPortal.Features.Search.Ranking;
using F = ParPortal.Features.Search.Embedded.LuceneFields;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Suggestions as the user types, the same way as PostgreSQL's: published titles beginning with the typed words
/// (folded, so diacritics are optional) in alphabetical order, which puts the shortest completion of each beginning
/// first; when fewer than asked, titles holding the words anywhere, the last as a prefix, shortest first. One item per
/// title key (PostgreSQL reads the first rows by key and drops repeated titles: a B-tree walk past thousands of
/// repeats cost more than its fallback query, while Lucene's fallback is the slow part here).
/// </summary>
internal static class LuceneSuggester
{
    private static readonly Filter PublishedOnly = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(F.Published, "1"))));

    private static readonly ISet<string> Stored = new HashSet<string> { F.Item, F.Type, F.Title, F.Url };

    public static IReadOnlyList<SearchSuggestion> Suggest(IndexSearcher searcher, string prefix, int limit, long maxPrefixPostings = MaxPrefixPostings)
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
                    // One document per key: items sharing a title ("Cấp giấy phép xây dựng" of every unit) would
                    // otherwise fill the list with one suggestion and send every short prefix to the slow search below.
                    var doc = te.Docs(live, null, DocsFlags.NONE).NextDoc();
                    if (doc != DocIdSetIterator.NO_MORE_DOCS)
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
            // Titles from the per-document values; stored fields only for the suggestions kept.
            var newest = Newest(searcher, typed, limit * 4, maxPrefixPostings).Select(doc => (Doc: doc, Title: Title(reader, doc))).ToList();
            foreach (var (doc, title) in newest.OrderBy(c => c.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length))
            {
                if (result.Count < limit && !titles.Contains(title))
                {
                    Add(searcher, doc, result, titles, limit);
                }
            }
        }
        return result;
    }

    private static string Title(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return Title(leaf.AtomicReader.GetBinaryDocValues(F.TitleValue), doc - leaf.DocBase);
    }

    private static string Title(BinaryDocValues? titles, int doc)
    {
        var scratch = new BytesRef();
        titles?.Get(doc, scratch);
        return scratch.Utf8ToString();
    }

    private static void Add(IndexSearcher searcher, int doc, List<SearchSuggestion> result, HashSet<string> titles, int limit) =>
        Add(searcher.Doc(doc, Stored), result, titles, limit);

    private static void Add(Lucene.Net.Documents.Document stored, List<SearchSuggestion> result, HashSet<string> titles, int limit)
    {
        var title = stored.Get(F.Title) ?? "";
        if (result.Count < limit && titles.Add(title))
        {
            result.Add(new SearchSuggestion(Guid.ParseExact(stored.Get(F.Item), "N"), stored.Get(F.Type), title, stored.Get(F.Url)));
        }
    }

    /// <summary>Title postings of a segment read through the prefix's words at most (about 1 ms); beyond, titles are checked one by one.</summary>
    internal const long MaxPrefixPostings = 100_000;

    /// <summary>
    /// Titles checked one by one per segment at most (about 1 µs each from the per-document title): a suggestion list
    /// is a convenience, not a search, and a prefix this common begins a word in most titles.
    /// </summary>
    private const int MaxTitlesChecked = 2_000;

    /// <summary>Keeps the newest <paramref name="count"/> documents (then the lower document number, as a date sort orders ties).</summary>
    private static void Keep(PriorityQueue<int, (long Date, int NegativeDoc)> newest, int doc, long date, int count)
    {
        newest.Enqueue(doc, (date, -doc));
        if (newest.Count > count)
        {
            newest.Dequeue();
        }
    }

    /// <summary>How many title postings the words beginning with the prefixes have (from the terms, no postings read).</summary>
    private static long PrefixPostings(Terms terms, List<BytesRef> prefixes, long max)
    {
        long sum = 0;
        foreach (var te in prefixes.SelectMany(p => WordsBeginning(terms, p)))
        {
            sum += te.DocFreq;
            if (sum > max)
            {
                break;
            }
        }
        return sum;
    }

    /// <summary>The field's terms beginning with <paramref name="prefix"/>: the enumerator, positioned on each in turn.</summary>
    private static IEnumerable<TermsEnum> WordsBeginning(Terms terms, BytesRef prefix)
    {
        var te = terms.GetEnumerator();
        if (te.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            yield break;
        }
        do
        {
            if (!StringHelper.StartsWith(te.Term, prefix))
            {
                yield break;
            }
            yield return te;
        }
        while (te.MoveNext());
    }

    /// <summary>The newest of <paramref name="candidates"/> (at most <paramref name="count"/>) whose stored title has a word beginning with one of the forms.</summary>
    private static List<int> NewestWithPrefix(AtomicReader reader, FixedBitSet candidates, IReadOnlyList<string> forms, int count)
    {
        var found = new List<int>();
        var checkedTitles = 0;
        var titles = reader.GetBinaryDocValues(F.TitleValue);
        foreach (var doc in LuceneBrowse.NewestFirstOrder(reader))
        {
            if (found.Count == count || checkedTitles == MaxTitlesChecked)
            {
                break;
            }
            if (!candidates.Get(doc))
            {
                continue;
            }
            checkedTitles++;
            if (IndexedText.FoldedWords(Title(titles, doc)).Any(w => forms.Any(f => w.StartsWith(f, StringComparison.Ordinal))))
            {
                found.Add(doc);
            }
        }
        return found;
    }

    /// <summary>
    /// The newest published documents whose title holds every whole word and a word beginning with one of the last
    /// word's forms. Read as bit sets from the title's postings: as a query, a one-letter prefix ("t") expanded to
    /// every title word beginning with it and cost 20–60 ms on 100,000 items.
    /// </summary>
    private static IEnumerable<int> Newest(IndexSearcher searcher, SuggestPrefix typed, int count, long maxPrefixPostings)
    {
        var newest = new PriorityQueue<int, (long Date, int NegativeDoc)>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetTerms(F.TitleFolded) is not { } terms || PublishedOnly.GetDocIdSet(leaf, reader.LiveDocs)?.GetIterator() is not { } published)
            {
                continue;
            }
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(published);
            foreach (var word in typed.Words)
            {
                var docs = new FixedBitSet(reader.MaxDoc);
                var te = terms.GetEnumerator();
                if (te.SeekExact(new BytesRef(word)))
                {
                    docs.Or(te.Docs(null, null, DocsFlags.NONE));
                }
                bits.And(docs);
            }
            var dates = LuceneDates.Of(reader);
            var prefixes = typed.LastForms.Select(f => new BytesRef(f)).ToList();
            if (PrefixPostings(terms, prefixes, maxPrefixPostings) > maxPrefixPostings)
            {
                // A short prefix ("t") begins words in most titles: reading all their postings cost 10–20 ms. The
                // newest titles holding the whole words are checked one by one instead; most have such a word.
                foreach (var doc in NewestWithPrefix(reader, bits, typed.LastForms, count))
                {
                    Keep(newest, leaf.DocBase + doc, dates[doc], count);
                }
                continue;
            }
            var last = new FixedBitSet(reader.MaxDoc);
            foreach (var te in prefixes.SelectMany(p => WordsBeginning(terms, p)))
            {
                last.Or(te.Docs(null, null, DocsFlags.NONE));
            }
            bits.And(last);
            // Walking the segment's documents newest first stops at the count'th match; reading every match's date
            // from the doc values (on disk, byte by byte) was most of a suggestion's time.
            foreach (var doc in LuceneBrowse.NewestFirstOrder(reader).Where(bits.Get).Take(count))
            {
                Keep(newest, leaf.DocBase + doc, dates[doc], count);
            }
        }
        var result = new List<(int Doc, (long Date, int NegativeDoc) Key)>();
        while (newest.TryDequeue(out var doc, out var key))
        {
            result.Add((doc, key));
        }
        return result.OrderByDescending(r => r.Key).Select(r => r.Doc);
    }
}
