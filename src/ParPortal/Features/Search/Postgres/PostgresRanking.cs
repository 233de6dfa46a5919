using System.Globalization;
using System.Text;
using ParPortal.Features.Search.Ranking;
using static ParPortal.Features.Search.Postgres.PostgresSql;

namespace ParPortal.Features.Search.Postgres;

/// <summary>
/// Renders <see cref="RankingPolicy"/> as PostgreSQL: the minimum-should-match as a tsquery over the folded vector
/// (and over the title-and-summary vector, for the title tier), and the score as an SQL expression over a row, with
/// the policy's weights and BM25's idf and length norm computed from <see cref="PostgresTermStatistics"/>. Where
/// Lucene counts term frequency, PostgreSQL counts presence (a tsvector match says whether, not how often).
/// </summary>
internal sealed class PostgresRanking
{
    /// <summary>
    /// "At least m of n units" is written as the OR of every m-unit AND while that takes at most this many ANDs
    /// (every query of up to seven content words); a longer query matches any unit in the index and counts the units
    /// of each candidate row instead, which reads the body vector of each (slower, and rare).
    /// </summary>
    private const int MaxCombinations = 40;

    private readonly List<(string Name, object? Value)> _parameters = [];

    private PostgresRanking()
    {
    }

    /// <summary>The tsquery (text, cast by the statements) that a matching row's tsv_fold satisfies.</summary>
    public string FoldMatch { get; private set; } = "";

    /// <summary>The same over tsv_head: the title tier.</summary>
    public string HeadMatch { get; private set; } = "";

    /// <summary>When not null, a condition every match must also meet (the unit count of long queries).</summary>
    public string? CountCondition { get; private set; }

    /// <summary>Head part of the score, before the body part; both over <c>d</c>.</summary>
    public string Score { get; private set; } = "";

    /// <summary>Code keys typed, whose rows are always ranking candidates.</summary>
    public IReadOnlyList<string> CodeKeys { get; private set; } = [];

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    public static PostgresRanking Build(SearchQuery query, PostgresTermStatistics.Corpus corpus, IReadOnlyDictionary<string, long> frequencies)
    {
        var r = new PostgresRanking { CodeKeys = query.Codes.Select(c => c.Key).ToList() };
        double Idf(string word) => RankingPolicy.Idf(frequencies.GetValueOrDefault(word), Math.Max(1, corpus.Documents));
        var titleNorm = Norm("d.title_words", corpus.TitleWords, RankingPolicy.TitleK1, RankingPolicy.TitleB);
        var summaryNorm = Norm("d.summary_words", corpus.SummaryWords, RankingPolicy.TitleK1, RankingPolicy.TitleB);

        var foldUnits = new List<string>();
        var headUnits = new List<string>();
        var required = new List<int>();
        var score = new StringBuilder();
        for (var i = 0; i < query.Units.Count; i++)
        {
            var u = query.Units[i];
            var p = "@u" + i.ToString(CultureInfo.InvariantCulture);
            if (!u.IsOptional)
            {
                required.Add(i);
            }
            if (u.Code is { } code)
            {
                var idf = code.Words.Sum(Idf);
                r.Add(p + "ck", code.Key);
                r.Add(p + "th", Phrase(code.Words, "A"));
                r.Add(p + "tb", Phrase(code.Words));
                foldUnits.Add($"({Phrase(code.Words)} | {Lexeme(code.Key)}:*)");
                headUnits.Add(Phrase(code.Words));
                score.Append($" + GREATEST(CASE WHEN d.code_key = {p}ck THEN {F(RankingPolicy.CodeExact)} WHEN d.code_key LIKE {p}ck || '%' THEN {F(RankingPolicy.CodePrefix)} ELSE 0 END, ")
                    .Append($"{F(idf)} * GREATEST(CASE WHEN d.tsv_head @@ {p}th::tsquery THEN {F(RankingPolicy.TitleFolded)} * {titleNorm} ELSE 0 END, ")
                    .Append($"CASE WHEN d.tsv_fold @@ {p}tb::tsquery THEN {F(RankingPolicy.BodyFolded)} ELSE 0 END))");
                continue;
            }
            var w = u.Word;
            // Synonyms are looked for in titles and summaries only (as on Lucene): weight A or B, inline tsv_head.
            var alternatives = u.Alternatives.Select(a => Phrase(a, "AB")).ToList();
            foldUnits.Add("(" + string.Join(" | ", alternatives.Prepend(Lexeme(w.Folded))) + ")");
            headUnits.Add(foldUnits[^1]);
            var head = new List<string>();
            if (w.HasDiacritics)
            {
                r.Add(p + "xa", Lexeme(w.Exact, "A"));
                r.Add(p + "xb", Lexeme(w.Exact, "B"));
                head.Add($"CASE WHEN d.tsv_exact @@ {p}xa::tsquery THEN {F(RankingPolicy.TitleExact)} * {titleNorm} ELSE 0 END");
                head.Add($"CASE WHEN d.tsv_exact @@ {p}xb::tsquery THEN {F(RankingPolicy.SummaryExact)} * {summaryNorm} ELSE 0 END");
            }
            r.Add(p + "fa", Lexeme(w.Folded, "A"));
            r.Add(p + "fb", Lexeme(w.Folded, "B"));
            r.Add(p + "f", Lexeme(w.Folded));
            head.Add($"CASE WHEN d.tsv_head @@ {p}fa::tsquery THEN {F(RankingPolicy.TitleFolded)} * {titleNorm} ELSE 0 END");
            head.Add($"CASE WHEN d.tsv_head @@ {p}fb::tsquery THEN {F(RankingPolicy.SummaryFolded)} * {summaryNorm} ELSE 0 END");
            var body = new List<string> { $"CASE WHEN d.tsv_fold @@ {p}f::tsquery THEN {F(RankingPolicy.BodyFolded)} ELSE 0 END" };
            if (alternatives.Count > 0)
            {
                r.Add(p + "aa", string.Join(" | ", u.Alternatives.Select(a => Phrase(a, "A"))));
                r.Add(p + "ab", string.Join(" | ", u.Alternatives.Select(a => Phrase(a, "B"))));
                head.Add($"CASE WHEN d.tsv_head @@ {p}aa::tsquery THEN {F(RankingPolicy.TitleFolded * RankingPolicy.Synonym)} ELSE 0 END");
                head.Add($"CASE WHEN d.tsv_head @@ {p}ab::tsquery THEN {F(RankingPolicy.SummaryFolded * RankingPolicy.Synonym)} ELSE 0 END");
            }
            // The body vector is large and stored out of line: it is read only for a unit the title and summary lack
            // (a body match weighs less than any head match, so it cannot change the unit's best field otherwise).
            var headScore = $"GREATEST({string.Join(", ", head)})";
            score.Append($" + {F(Idf(w.Folded))} * (SELECT CASE WHEN h > 0 THEN h ELSE GREATEST({string.Join(", ", body)}) END FROM (SELECT {headScore} AS h) x)");
        }
        for (var i = 0; i < query.FunctionWords.Count; i++)
        {
            var fw = query.FunctionWords[i].Folded;
            var name = "@fw" + i.ToString(CultureInfo.InvariantCulture) + "a";
            r.Add(name, Lexeme(fw, "A"));
            score.Append($" + CASE WHEN d.tsv_head @@ {name}::tsquery THEN {F(Idf(fw) * RankingPolicy.FunctionWord)} * {titleNorm} ELSE 0 END");
        }
        for (var i = 0; i < query.Pairs.Count; i++)
        {
            var name = "@pair" + i.ToString(CultureInfo.InvariantCulture) + "a";
            r.Add(name, Phrase(query.Pairs[i], "A"));
            score.Append($" + CASE WHEN d.tsv_head @@ {name}::tsquery THEN {F(query.Pairs[i].Sum(Idf) * RankingPolicy.TitlePair)} * {titleNorm} ELSE 0 END");
        }
        for (var i = 0; i < query.Runs.Count; i++)
        {
            var run = query.Runs[i];
            var name = "@run" + i.ToString(CultureInfo.InvariantCulture);
            var idf = run.Sum(Idf);
            if (run.Count >= 3)
            {
                r.Add(name + "a", Phrase(run, "A"));
                score.Append($" + CASE WHEN d.tsv_head @@ {name}a::tsquery THEN {F(idf * RankingPolicy.TitlePhrase)} * {titleNorm} ELSE 0 END");
            }
            r.Add(name + "t", Phrase(run));
            score.Append($" + CASE WHEN d.tsv_fold @@ {name}t::tsquery THEN {F(idf * RankingPolicy.BodyPhrase)} ELSE 0 END");
        }
        var intent = "1";
        if (query.Intents.Count > 0)
        {
            r.Add("@intents", query.Intents.ToArray());
            intent = $"CASE WHEN d.content_type = ANY(@intents) THEN {F(RankingPolicy.IntentFactor)} ELSE 1 END";
        }
        r.Score = $"{intent} * (0{score})";

        var m = query.MinimumShouldMatch;
        var foldRequired = required.Select(i => foldUnits[i]).ToList();
        var headRequired = required.Select(i => headUnits[i]).ToList();
        var fold = AtLeast(foldRequired, m);
        var headMatch = AtLeast(headRequired, m);
        if (fold is null || headMatch is null)
        {
            // Too many combinations: any unit finds candidates, and each candidate's units are counted.
            fold = string.Join(" | ", foldRequired);
            headMatch = string.Join(" | ", headRequired);
            for (var i = 0; i < foldRequired.Count; i++)
            {
                r.Add("@m" + i.ToString(CultureInfo.InvariantCulture) + "u", foldRequired[i]);
            }
            r.CountCondition = "(" + string.Join(" + ", foldRequired.Select((_, i) => $"(d.tsv_fold @@ @m{i.ToString(CultureInfo.InvariantCulture)}u::tsquery)::int")) + $") >= {m.ToString(CultureInfo.InvariantCulture)}";
        }
        r.FoldMatch = fold;
        r.HeadMatch = headMatch;
        r.Add("@fold", fold);
        r.Add("@head", headMatch);
        return r;
    }

    /// <summary>"At least <paramref name="m"/> of" as a tsquery, or null when it would take too many ANDs.</summary>
    private static string? AtLeast(IReadOnlyList<string> units, int m)
    {
        if (m >= units.Count)
        {
            return string.Join(" & ", units);
        }
        if (m <= 1)
        {
            return string.Join(" | ", units);
        }
        var combinations = Combinations(units.Count, m).Take(MaxCombinations + 1).ToList();
        return combinations.Count > MaxCombinations
            ? null
            : string.Join(" | ", combinations.Select(c => "(" + string.Join(" & ", c.Select(i => units[i])) + ")"));
    }

    private static IEnumerable<int[]> Combinations(int n, int m)
    {
        var c = Enumerable.Range(0, m).ToArray();
        while (true)
        {
            yield return (int[])c.Clone();
            var i = m - 1;
            while (i >= 0 && c[i] == n - m + i)
            {
                i--;
            }
            if (i < 0)
            {
                yield break;
            }
            c[i]++;
            for (var k = i + 1; k < m; k++)
            {
                c[k] = c[k - 1] + 1;
            }
        }
    }

    /// <summary>BM25's factor for one occurrence in a field of the row's length.</summary>
    private static string Norm(string length, double average, float k1, float b) =>
        average <= 0 ? "1" : string.Create(CultureInfo.InvariantCulture, $"({k1 + 1:R} / (1 + {k1:R} * ({1 - b:R} + {b:R} * {length} / {average:R})))");

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private void Add(string name, object? value) => _parameters.Add((name, value));
}
