namespace ParPortal.Features.Search;

/// <summary>
/// Relevance of a candidate row from facts the engine reports about it by plain matching: does its title hold
/// every query word, the words with their typed diacritics, the words adjacent; how long is the title. SQLite
/// ranks with it instead of FTS5's bm25, which counts in every statement the documents holding each phrase of
/// the expression over the whole table (its IDF): for common Vietnamese syllables that cost 6–30 ms a search,
/// while matching the same rows cost under 1.5 ms. Every candidate holds every query word, so that IDF is the
/// same for all of them and ordering needs only these facts; PostgreSQL's ts_rank formula weighs the same
/// ones. Higher is better; ties go to the newest row.
/// </summary>
internal static class SearchScoring
{
    /// <summary>A code or document number typed whole outranks any wording; a prefix of one nearly so.</summary>
    private const double ExactCode = 20, CodePrefix = 10;

    /// <summary>All query words with their diacritics as typed (hòa, not hoa) weigh more than the match itself.</summary>
    private const double ExactWords = 2;

    /// <summary>The words adjacent and in query order ("thủ tục hành chính" rather than scattered).</summary>
    private const double Adjacent = 0.5;

    /// <summary>A suggestion whose title begins with the typed words.</summary>
    private const double Starts = 2;

    /// <summary>
    /// Score within the title tier (the title holds every query word, or the code matches): code, then exact
    /// diacritics and adjacency, divided by 1 + ln(title words), so that a short title made of the query
    /// outranks a long one that merely contains it.
    /// </summary>
    public static double Title(double code, bool wordsInTitle, bool exact, bool adjacent, int titleWords) =>
        code + (wordsInTitle ? (1 + (exact ? ExactWords : 0) + (adjacent ? Adjacent : 0)) / LengthNorm(titleWords) : 0);

    /// <summary>Score within the body tier (the words are not all in the title).</summary>
    public static double Body(double code, bool allInSummary, bool exact, bool adjacent) =>
        code + (allInSummary ? 1 : 0) + (exact ? ExactWords : 0) + (adjacent ? Adjacent : 0);

    /// <summary>Score of a title suggested as the user types: beginning with the typed words, then holding them adjacent.</summary>
    public static double Suggestion(bool starts, bool adjacent, int titleWords) =>
        (1 + (starts ? Starts : adjacent ? Adjacent : 0)) / LengthNorm(titleWords);

    /// <summary>The code part of a score: the stored code key against the code keys typed.</summary>
    public static double Code(SearchQuery query, string? codeKey)
    {
        if (string.IsNullOrEmpty(codeKey))
        {
            return 0;
        }
        var best = 0.0;
        foreach (var key in query.CodeKeys)
        {
            if (codeKey == key)
            {
                return ExactCode;
            }
            if (codeKey.StartsWith(key, StringComparison.Ordinal))
            {
                best = CodePrefix;
            }
        }
        return best;
    }

    /// <summary>True when the query was typed with diacritics, so that exact matches can be told from folded ones.</summary>
    public static bool HasDiacritics(SearchQuery query) => !query.Exact.SequenceEqual(query.Folded);

    private static double LengthNorm(int words) => 1 + Math.Log(Math.Max(1, words));
}
