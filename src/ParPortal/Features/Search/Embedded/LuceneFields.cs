using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using ParPortal.Content;
using ParPortal.Features.Search.Ranking;
using ParPortal.Text;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// The Lucene document of a <see cref="SearchDocument"/>. Text is normalised and folded by our code
/// (<see cref="IndexedText"/>) before Lucene sees it, so the analyzer only splits on spaces: Lucene's folding filters
/// do not unify tone placement ("hoà"/"hòa") and ASCIIFoldingFilter needs NFC first, so they are not used.
/// </summary>
internal static class LuceneFields
{
    public const string Key = "key", Item = "item", Published = "pub", Type = "type", TypeNumber = "typeno", Topic = "topic",
        Year = "year", Unit = "unit", Date = "date", Code = "code", TitleKey = "tkey", Title = "title", Summary = "summary",
        Body = "body", Url = "url";

    /// <summary>The title (NFC) as a per-document value: suggestions read, compare and order many titles, and a stored
    /// field read decompresses a block of whole documents (bodies included) each time.</summary>
    public const string TitleValue = "tdv";

    /// <summary>Exact title words, folded title words, exact summary words, folded summary words, folded summary + body + code words.</summary>
    public const string TitleExact = "tx", TitleFolded = "tf", SummaryExact = "sx", SummaryFolded = "sf", Text = "bf";

    /// <summary>The fields holding title words (exact and folded).</summary>
    public static bool IsTitleField(string field) => field is TitleExact or TitleFolded;

    /// <summary>Separates a unit's code from its name in the unit facet label.</summary>
    public const char UnitLabelSeparator = '\u001d';

    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static readonly FacetsConfig Facets = CreateFacetsConfig();

    /// <summary>The similarity of the writer (norms only: idf is computed by each searcher's <see cref="PolicySimilarity"/>).</summary>
    public static readonly Similarity Similarity = new PolicySimilarity(null);

    public static Lucene.Net.Analysis.Analyzer CreateAnalyzer() => new WhitespaceAnalyzer(Version);

    private static readonly FieldType Counted = Frozen(new FieldType { IsIndexed = true, IsTokenized = true, IndexOptions = IndexOptions.DOCS_AND_FREQS });

    private static readonly FieldType Positioned = Frozen(new FieldType { IsIndexed = true, IsTokenized = true, IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS });

    /// <summary>The type as a small number, read per matching document by the intent boost.</summary>
    public static long TypeNumberOf(string type) => type switch
    {
        ContentTypes.Article => 1,
        ContentTypes.Document => 2,
        ContentTypes.Procedure => 3,
        ContentTypes.Hotline => 4,
        ContentTypes.IndexResult => 5,
        _ => 0,
    };

    /// <summary>The key term of a document: one per (item, published) pair.</summary>
    public static Term KeyTerm(Guid itemId, bool isPublished) => new(Key, itemId.ToString("N") + (isPublished ? "1" : "0"));

    public static Term ItemTerm(Guid itemId) => new(Item, itemId.ToString("N"));

    public static Document Build(SearchDocument d, IndexedText t)
    {
        var doc = new Document
        {
            new StringField(Key, KeyTerm(d.ItemId, d.IsPublished).Text, Field.Store.NO),
            new StringField(Item, d.ItemId.ToString("N"), Field.Store.YES),
            new StringField(Published, d.IsPublished ? "1" : "0", Field.Store.YES),
            new StringField(Type, d.ContentType, Field.Store.YES),
            new NumericDocValuesField(TypeNumber, TypeNumberOf(d.ContentType)),
            new StringField(Year, t.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
            new NumericDocValuesField(Date, d.Date.UtcTicks),
            new StoredField(Date, d.Date.UtcTicks),
            new SortedSetDocValuesFacetField(Type, d.ContentType),
            new SortedSetDocValuesFacetField(Year, t.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Field(TitleExact, t.TitleExact, Counted),
            new Field(TitleFolded, t.TitleFolded, Positioned),
            new Field(SummaryExact, t.SummaryExact, Counted),
            new Field(SummaryFolded, t.SummaryFolded, Positioned),
            new Field(Text, t.SummaryFolded + " " + t.BodyFolded, Positioned),
            new StoredField(Title, VietnameseText.Nfc(d.Title)),
            new BinaryDocValuesField(TitleValue, new BytesRef(VietnameseText.Nfc(d.Title))),
            new StoredField(Url, d.Url),
        };
        if (!string.IsNullOrEmpty(d.Summary))
        {
            doc.Add(new StoredField(Summary, VietnameseText.Nfc(d.Summary)));
        }
        if (!string.IsNullOrEmpty(d.Body))
        {
            doc.Add(new StoredField(Body, VietnameseText.Nfc(d.Body)));
        }
        foreach (var topic in d.Topics.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(Topic, topic, Field.Store.NO));
            doc.Add(new SortedSetDocValuesFacetField(Topic, topic));
        }
        if (!string.IsNullOrWhiteSpace(d.UnitCode))
        {
            var name = new string((d.UnitName ?? d.UnitCode).Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
            doc.Add(new StringField(Unit, d.UnitCode.Trim(), Field.Store.NO));
            doc.Add(new SortedSetDocValuesFacetField(Unit, d.UnitCode.Trim() + UnitLabelSeparator + name));
        }
        if (t.CodeKey.Length > 0)
        {
            doc.Add(new StringField(Code, t.CodeKey, Field.Store.NO));
        }
        if (d.IsPublished && t.TitleFolded.Length > 0)
        {
            // Suggestions walk this field's terms in order from the typed prefix: titles beginning with the typed words.
            doc.Add(new StringField(TitleKey, t.TitleFolded.Length > MaxKeyChars ? t.TitleFolded[..MaxKeyChars] : t.TitleFolded, Field.Store.NO));
        }
        return Facets.Build(doc);
    }

    /// <summary>Title keys are cut well below Lucene's 32 KB term limit; suggestions only compare beginnings.</summary>
    private const int MaxKeyChars = 300;

    private static FacetsConfig CreateFacetsConfig()
    {
        var config = new FacetsConfig();
        config.SetMultiValued(Topic, true);
        return config;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>
    /// BM25 with the policy's parameters per field and one idf per word for every field: the document frequency of the
    /// folded word anywhere (the larger of its title and text counts), as PostgreSQL counts it. Per-field idf would
    /// let a word that few summaries hold outweigh the field weights (a summary match below a body match).
    /// </summary>
    /// <param name="reader">The reader whose counts give the idf (null for the writer, which needs norms only).</param>
    /// <param name="memo">For the similarity of one search (not thread-safe): each word's idf, counted once and reused
    /// however many fields, clauses and passes of the search ask for it (each count seeks the word in two fields of
    /// every segment, and a long query asked for each word's a dozen times).</param>
    internal sealed class PolicySimilarity(IndexReader? reader, Dictionary<string, float>? memo = null) : PerFieldSimilarityWrapper
    {
        private readonly Similarity _head = new SharedIdf(RankingPolicy.TitleK1, RankingPolicy.TitleB, reader, memo);
        private readonly Similarity _body = new SharedIdf(RankingPolicy.BodyK1, RankingPolicy.BodyB, reader, memo);

        public override Similarity Get(string name) => name == Text ? _body : _head;
    }

    private sealed class SharedIdf(float k1, float b, IndexReader? reader, Dictionary<string, float>? memo) : BM25Similarity(k1, b)
    {
        public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats) =>
            reader is null ? base.IdfExplain(collectionStats, termStats) : new Explanation(Idf(termStats.Term), "idf of the folded word in any field");

        public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats) =>
            reader is null ? base.IdfExplain(collectionStats, termStats) : new Explanation(termStats.Sum(t => Idf(t.Term)), "sum of the words' idf");

        private float Idf(BytesRef term)
        {
            var word = VietnameseText.FoldToken(term.Utf8ToString());
            if (memo is not null && memo.TryGetValue(word, out var known))
            {
                return known;
            }
            var frequency = Math.Max(reader!.DocFreq(new Term(TitleFolded, word)), reader.DocFreq(new Term(Text, word)));
            var idf = (float)RankingPolicy.Idf(frequency, Math.Max(1, reader.NumDocs));
            memo?.TryAdd(word, idf);
            return idf;
        }
    }
}
