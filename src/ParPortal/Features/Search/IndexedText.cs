using ParPortal.Text;

namespace ParPortal.Features.Search;

/// <summary>
/// A document's text as both engines index it: exact words (canonical tones, lower-case) and folded words,
/// each space-separated, plus the compact code key. Folding happens here, in our code, so that SQLite and
/// PostgreSQL match the same way.
/// </summary>
internal sealed record IndexedText(
    string TitleExact, string SummaryExact, string BodyExact,
    string TitleFolded, string SummaryFolded, string BodyFolded,
    string CodeKey, int Year)
{
    /// <summary>Vietnam has one time zone, UTC+7, and no daylight saving: years are counted there.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static IndexedText From(SearchDocument d)
    {
        // The code's words go into the folded body as well, so "thủ tục 1.001193" can match on text and code together.
        var codeWords = d.Code is null ? "" : " " + Join(VietnameseText.FoldedTokens(d.Code));
        return new IndexedText(
            Join(VietnameseText.ExactTokens(d.Title)),
            Join(VietnameseText.ExactTokens(d.Summary ?? "")),
            Join(VietnameseText.ExactTokens(d.Body ?? "")),
            Join(VietnameseText.FoldedTokens(d.Title)),
            Join(VietnameseText.FoldedTokens(d.Summary ?? "")),
            Join(VietnameseText.FoldedTokens(d.Body ?? "")) + codeWords,
            d.Code is null ? "" : VietnameseText.CodeKey(d.Code),
            d.Date.ToOffset(VietnamOffset).Year);
    }

    /// <summary>Computes texts for a batch, in parallel when it is large (bulk rebuilds).</summary>
    public static IReadOnlyList<IndexedText> FromMany(IReadOnlyList<SearchDocument> documents) =>
        documents.Count < 64
            ? documents.Select(From).ToList()
            : documents.AsParallel().AsOrdered().Select(From).ToList();

    private static string Join(IReadOnlyList<string> tokens) => string.Join(' ', tokens);
}
