namespace ParPortal.Features.Search.Ranking;

/// <summary>
/// The one ranking policy of both engines, written once: which words must match, what each field weighs, the phrase,
/// code, synonym and intent boosts. Lucene renders it as BM25 queries (<c>Embedded/LuceneQueryBuilder</c>), PostgreSQL
/// as SQL over tsvectors (<c>Postgres/PostgresRanking</c>); neither engine has a weight of its own. The score of an
/// item is
/// <code>
///   IntentFactor(type) × ( Σ units   idf(u) × max over fields (weight(field) × tf-norm(field))
///                        + Σ function words × FunctionWord + Σ title pairs idf(pair) × TitlePair
///                        + Σ runs idf(run) × (TitlePhrase | BodyPhrase) + code boost )
/// </code>
/// where an expansion from the synonym dictionary counts at <see cref="Synonym"/> of the literal word's weight. Newer
/// items only break exact ties. The values were set on the graded relevance set (bench <c>relevance</c>).
/// </summary>
internal static class RankingPolicy
{
    /// <summary>
    /// A query word in the title with the diacritics it was typed with ("thuế", not "thuê"): twice the folded weight,
    /// so that the word the user meant outweighs the title-pair bonus a folded look-alike can collect.
    /// </summary>
    public const float TitleExact = 4.0f;

    /// <summary>A query word in the title, diacritics aside.</summary>
    public const float TitleFolded = 2.0f;

    /// <summary>A query word in the summary with its typed diacritics.</summary>
    public const float SummaryExact = 2.0f;

    /// <summary>A query word in the summary, diacritics aside.</summary>
    public const float SummaryFolded = 1.0f;

    /// <summary>A query word in the body (or in a code, document type, issuer, agency…), diacritics aside.</summary>
    public const float BodyFolded = 0.4f;

    /// <summary>A function or question word where it occurs: enough to prefer "có" over nothing, never to decide.</summary>
    public const float FunctionWord = 0.1f;

    /// <summary>An expansion of the synonym dictionary ("CCCD" for "căn cước công dân") weighs this share of the literal word.</summary>
    public const float Synonym = 0.5f;

    /// <summary>Two query words adjacent and in order in the title (× the pair's idf), for each such pair: graded proximity.</summary>
    public const float TitlePair = 0.5f;

    /// <summary>A whole run of three or more query words adjacent and in order in the title (× the run's idf).</summary>
    public const float TitlePhrase = 0.5f;

    /// <summary>A run of query words next to each other (one word between allowed) in the summary or body.</summary>
    public const float BodyPhrase = 0.3f;

    /// <summary>
    /// Words allowed between the words of a run in the body. Zero (strict adjacency), because PostgreSQL's tsquery
    /// has no slop and both engines must weigh the same facts.
    /// </summary>
    public const int BodyPhraseSlop = 0;

    /// <summary>A procedure code or document number typed whole outranks any wording; a prefix of one nearly so.</summary>
    public const float CodeExact = 100f, CodePrefix = 50f;

    /// <summary>Items of the type the query asks for (<see cref="QueryIntent"/>) have their score multiplied by this.</summary>
    public const float IntentFactor = 1.3f;

    /// <summary>
    /// BM25 parameters of titles and summaries: a short title made of the query words beats a long one holding them
    /// (b 0.75); a word twice in a title is usually two words folded alike ("chuyển", "chuyên"), so repeats count little (k1 0.6).
    /// </summary>
    public const float TitleK1 = 0.6f, TitleB = 0.75f;

    /// <summary>
    /// BM25 parameters of bodies: term frequency saturates early (k1 0.6), so that an article repeating a procedure's
    /// name many times does not outrank the procedure whose title it is.
    /// </summary>
    public const float BodyK1 = 0.6f, BodyB = 0.5f;

    /// <summary>
    /// How many of the query's content units must match: all of one or two; one may be missing from three or four;
    /// two from five to seven; then 70 % (rounded up). Function words are not units, so "làm căn cước ở đâu" needs
    /// both "căn" and "cước" and nothing else.
    /// </summary>
    public static int MinimumShouldMatch(int units) => units switch
    {
        <= 2 => units,
        <= 4 => units - 1,
        <= 7 => units - 2,
        _ => (int)Math.Ceiling(units * 0.7),
    };

    /// <summary>The BM25 inverse document frequency, as Lucene computes it; PostgreSQL uses it with its own counts.</summary>
    public static double Idf(long docFreq, long docCount) =>
        Math.Log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));

    /// <summary>BM25's term-frequency factor for one occurrence in a field of <paramref name="length"/> words.</summary>
    public static double TfNorm(double length, double averageLength, float k1, float b) =>
        (k1 + 1) / (1 + k1 * (1 - b + b * (averageLength <= 0 ? 1 : length / averageLength)));
}
