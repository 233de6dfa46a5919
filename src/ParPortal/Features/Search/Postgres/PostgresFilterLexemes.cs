using System.Text;

namespace ParPortal.Features.Search.Postgres;

/// <summary>
/// A row's filter values (year, type, unit, topics) as lexemes of its folded vector, so that a filtered search ANDs
/// them into the match's tsquery and GIN intersects the rare filter lexeme with the words' posting lists. Without
/// them the GIN bitmap held every row holding the words and the filter was tested on each heap row afterwards:
/// "cai cach hanh chinh" in 2024 built a bitmap of 84,000 rows (its "at least 3 of 4" OR evaluated on each) to keep
/// 7,502. The SQL filters stay as they are (the lexemes only narrow the index scan), so results cannot change.
/// </summary>
/// <remarks>
/// The lexemes begin with § and carry weight A, so they are in <c>tsv_head</c> too (the title tier's index). Query
/// words are letters, digits and combining marks only (<see cref="PostgresSql.Lexeme"/>), and the 'simple' parser
/// never keeps a § in a word, so no typed word can equal one; the score tests the query's own lexemes only.
/// </remarks>
internal static class PostgresFilterLexemes
{
    /// <summary>
    /// Values longer than this (UTF-8 bytes) get no lexeme, and a filter on such a value is left to the SQL filter:
    /// a tsvector lexeme may not pass 2,046 bytes, and no real unit code or topic comes near this.
    /// </summary>
    private const int MaxValueBytes = 500;

    /// <summary>
    /// True for a row of <c>d</c> written before filter lexemes (every row has its year's): the index is then rebuilt
    /// at start (<see cref="PostgresSearchIndex.EnsureSchemaAsync"/>), since a filtered search would miss the row.
    /// </summary>
    public const string MissingSql = "NOT (tsvector_to_array(d.tsv_head) @> ARRAY['§y' || d.year])";

    /// <summary>The lexemes of one row as tsvector text, each at position 1 with weight A.</summary>
    public static string Vector(string contentType, int year, string? unitCode, IEnumerable<string> topics)
    {
        var lexemes = new List<string> { Year(year) };
        if (Fits(contentType))
        {
            lexemes.Add(Type(contentType));
        }
        if (!string.IsNullOrEmpty(unitCode) && Fits(unitCode))
        {
            lexemes.Add(Unit(unitCode));
        }
        lexemes.AddRange(topics.Where(Fits).Select(Topic));
        return string.Join(' ', lexemes.Select(l => PostgresSql.Lexeme(l, "1A")));
    }

    /// <summary>
    /// The tsquery the request's filters add to the match ("and" across filters, "or" within one), or null when there
    /// is none. Written with the same values as <see cref="PostgresSearch.Filters"/> compares.
    /// </summary>
    public static string? Query(SearchRequest request)
    {
        var parts = new List<string>();
        void AnyOf(IReadOnlyList<string> values, Func<string, string> lexeme)
        {
            // A value too long for a lexeme has none: the filter is then left to SQL alone.
            if (values.Count > 0 && values.All(Fits))
            {
                parts.Add("(" + string.Join(" | ", values.Select(v => PostgresSql.Lexeme(lexeme(v)))) + ")");
            }
        }
        AnyOf(SearchPaging.FilterValues(request.Types), Type);
        AnyOf(SearchPaging.FilterValues(request.Topics), Topic);
        if (request.Year is { } year)
        {
            parts.Add(PostgresSql.Lexeme(Year(year)));
        }
        if (!string.IsNullOrWhiteSpace(request.Unit))
        {
            AnyOf([request.Unit.Trim()], Unit);
        }
        return parts.Count == 0 ? null : string.Join(" & ", parts);
    }

    /// <summary><paramref name="tsquery"/> restricted to rows with the filter lexemes of <paramref name="filters"/> (null: none).</summary>
    public static string Restrict(string tsquery, string? filters) => filters is null ? tsquery : $"({tsquery}) & {filters}";

    private static string Year(int year) => "§y" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Type(string type) => "§t" + type;

    private static string Unit(string unit) => "§u" + unit;

    private static string Topic(string topic) => "§p" + topic;

    private static bool Fits(string value) => Encoding.UTF8.GetByteCount(value) <= MaxValueBytes;
}
