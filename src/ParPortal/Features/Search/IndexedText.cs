using System.Text;
using ParPortal.Text;
using ParPortal.Time;

namespace ParPortal.Features.Search;

/// <summary>
/// A document's text as both engines index it: exact words (canonical tones, lower-case) for title and
/// summary, folded words for title, summary and body, each space-separated, plus the compact code key.
/// Folding happens here, in our code, so that SQLite and PostgreSQL match the same way. The body has no
/// exact column: exact-diacritic ranking matters in titles and summaries, and the body is most of the
/// index's size and build time. Words are letters and digits only, joined by single spaces, so both Lucene's
/// whitespace analyzer and PostgreSQL's 'simple' parser see exactly these tokens.
/// </summary>
internal sealed record IndexedText(
    string TitleExact, string SummaryExact,
    string TitleFolded, string SummaryFolded, string BodyFolded,
    string CodeKey, int Year)
{
    /// <summary>Words in the title, for BM25's length normalisation on PostgreSQL (Lucene keeps its own norms).</summary>
    public int TitleWords => Count(TitleFolded);

    /// <summary>Words in the summary.</summary>
    public int SummaryWords => Count(SummaryFolded);

    private static int Count(string words) => words.Length == 0 ? 0 : words.Count(c => c == ' ') + 1;

    public static IndexedText From(SearchDocument d)
    {
        var (titleExact, titleFolded) = Words(d.Title);
        var (summaryExact, summaryFolded) = Words(d.Summary);
        var (_, bodyFolded) = Words(d.Body);
        var (_, codeFolded) = Words(d.Code);
        // The code's words go into the folded body as well, so "thủ tục 1.001193" can match on text and code together.
        return new IndexedText(
            titleExact, summaryExact, titleFolded, summaryFolded,
            codeFolded.Length == 0 ? bodyFolded : bodyFolded + " " + codeFolded,
            d.Code is null ? "" : VietnameseText.CodeKey(d.Code),
            VietnamTime.LocalDate(d.Date).Year);
    }

    /// <summary>Computes texts for a batch, in parallel when it is large (bulk rebuilds).</summary>
    public static IReadOnlyList<IndexedText> FromMany(IReadOnlyList<SearchDocument> documents) =>
        documents.Count < 64
            ? documents.Select(From).ToList()
            : documents.AsParallel().AsOrdered().Select(From).ToList();

    /// <summary>The folded words of a text, as its folded field holds them (suggestions check a stored title with it).</summary>
    public static string[] FoldedWords(string? text) => Words(text).Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static (string Exact, string Folded) Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ("", "");
        }
        var nfc = VietnameseText.Nfc(text);
        var exact = new StringBuilder(nfc.Length);
        var folded = new StringBuilder(nfc.Length);
        foreach (var (start, length) in VietnameseText.WordSpans(nfc))
        {
            var keys = WordKeys.Get(nfc.Substring(start, length));
            if (exact.Length > 0)
            {
                exact.Append(' ');
                folded.Append(' ');
            }
            exact.Append(keys.Exact);
            folded.Append(keys.Folded);
        }
        return (exact.ToString(), folded.ToString());
    }
}

/// <summary>
/// Cached exact and folded keys of a word. Vietnamese has a few thousand syllables, so the cache turns
/// per-word Unicode normalisation into a lookup during indexing and snippet building. It stops growing at a
/// bound so that odd input cannot exhaust memory.
/// </summary>
internal static class WordKeys
{
    private const int Limit = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Exact, string Folded)> Cache = new(StringComparer.Ordinal);

    public static (string Exact, string Folded) Get(string word)
    {
        if (Cache.TryGetValue(word, out var keys))
        {
            return keys;
        }
        keys = (VietnameseText.ExactToken(word), VietnameseText.FoldToken(word));
        if (Cache.Count < Limit)
        {
            Cache.TryAdd(word, keys);
        }
        return keys;
    }
}
