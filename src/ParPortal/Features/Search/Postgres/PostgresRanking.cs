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
    /// "At least m of n units" is written as the OR of every m-unit AND. GIN cannot skip through such a query: it
    /// evaluates it for every row holding any of the words, 3–4 times the cost of an AND of the same words. So it is
    /// used while it stays cheap: at most four ANDs, or words that together appear in fewer than
    /// <see cref="CheapPostings"/> documents (every query on a site of a few thousand items). Otherwise the match is the
    /// AND of the m least common units: rows holding them hold at least m units, so every row found is a match of the
    /// policy, and the rows it leaves out are those missing one of the rarer words. Lucene always matches exactly.
    /// </summary>
    private const int MaxCheapCombinations = 4;

    /// <summary>
    /// ANDs written out at most, however few the postings: "m of n" has C(n, m) of them (601 million for 16 of 32
    /// words), so a longer query counts each candidate's units instead (any unit finds the candidates).
    /// </summary>
    private const int MaxCombinations = 40;

    /// <summary>Documents, summed over the query's words, below which the exact "m of n" query is cheap enough.</summary>
    private const long CheapPostings = 30_000;

    private readonly List<(string Name, object? Value)> _parameters = [];
    private readonly List<string> _tsqueries = [];

    private PostgresRanking()
    {
    }

    /// <summary>Every required unit (when fewer are required): rows holding all of them are matches too, found fastest.</summary>
    public string? AllMatch { get; private set; }

    /// <summary>
    /// What a matching row satisfies: at least m units by their literal words anywhere (GIN on tsv_fold), or, when the
    /// dictionary offered synonyms, at least m units by their words or synonyms in the title and summary (GIN on
    /// tsv_head). Lucene renders the same two alternatives (<c>LuceneQueryBuilder.BuildMatch</c>).
    /// </summary>
    public string MatchCondition { get; private set; } = "";

    /// <summary>What a row of the title tier satisfies: the words (or synonyms) in its title and summary, and the match.</summary>
    public string HeadCondition { get; private set; } = "";

    /// <summary>True when <see cref="HeadCondition"/> counts units on tsv_fold (a long query of rare words).</summary>
    public bool HeadReadsBody { get; private set; }

    /// <summary>The tsquery (text, cast by the statements) of the literal words on tsv_fold.</summary>
    public string FoldMatch { get; private set; } = "";

    /// <summary>Words or synonyms on tsv_head: the synonym match and the title tier.</summary>
    public string HeadMatch { get; private set; } = "";

    /// <summary>
    /// The score of a row <c>d</c> with the columns of <c>search_documents</c> that ranking reads and <c>fv</c>: the
    /// folded vector reduced to the query's words (<c>ts_filter(setweight(tsv_fold, 'D', @lexemes), '{d}')</c>), so that
    /// the large, TOASTed body vector is decompressed once per candidate and every body test runs on a few lexemes.
    /// </summary>
    public string Score { get; private set; } = "";

    /// <summary>
    /// The most the body tests can add to a row's score: each unit's body weight (a unit counts its best field, so
    /// a body match adds at most that) and each run's body phrase, times the intent factor.
    /// </summary>
    public double BodyBound { get; private set; }

    /// <summary><see cref="Score"/> and its bounds without reading the body vector.</summary>
    public PostgresScore Scores => new(Score, BodyBound);

    /// <summary>The select list of the one-row <c>q</c> the score reads its tsqueries from.</summary>
    public string Queries => _tsqueries.Count == 0 ? "1 AS none" : string.Join(", ", _tsqueries.Select(n => $"{n}::tsquery AS {n[1..]}"));

    /// <summary>Code keys typed, whose rows are always ranking candidates.</summary>
    public IReadOnlyList<string> CodeKeys { get; private set; } = [];

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    /// <param name="filterLexemes">The request's filters as lexemes (<see cref="PostgresFilterLexemes.Query"/>), ANDed
    /// into the match's tsqueries so GIN narrows to the filtered rows; null when unfiltered.</param>
    public static PostgresRanking Build(SearchQuery query, PostgresTermStatistics.Corpus corpus, IReadOnlyDictionary<string, long> frequencies, string? filterLexemes = null)
    {
        var r = new PostgresRanking { CodeKeys = query.Codes.Select(c => c.Key).ToList() };
        double Idf(string word) => RankingPolicy.Idf(frequencies.GetValueOrDefault(word), Math.Max(1, corpus.Documents));
        var titleNorm = Norm("d.title_words", corpus.TitleWords, RankingPolicy.TitleK1, RankingPolicy.TitleB);
        var summaryNorm = Norm("d.summary_words", corpus.SummaryWords, RankingPolicy.TitleK1, RankingPolicy.TitleB);

        var foldUnits = new List<string>();
        var headUnits = new List<string>();
        var required = new List<int>();
        var score = new StringBuilder();
        var body = 0.0;
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
                var th = r.Tsq(p + "th", Phrase(code.Words, "A"));
                var tb = r.Tsq(p + "tb", Phrase(code.Words));
                foldUnits.Add($"({Phrase(code.Words)} | {Lexeme(code.Key)}:*)");
                headUnits.Add(Phrase(code.Words));
                score.Append($" + GREATEST(CASE WHEN d.code_key = {p}ck THEN {F(RankingPolicy.CodeExact)} WHEN d.code_key LIKE {p}ck || '%' THEN {F(RankingPolicy.CodePrefix)} ELSE 0 END, ")
                    .Append($"{F(idf)} * GREATEST(CASE WHEN d.tsv_head @@ {th} THEN {F(RankingPolicy.TitleFolded)} * {titleNorm} ELSE 0 END, ")
                    .Append($"CASE WHEN d.fv @@ {tb} THEN {F(RankingPolicy.BodyFolded)} ELSE 0 END))");
                body += idf * RankingPolicy.BodyFolded;
                continue;
            }
            var w = u.Word;
            // Synonyms are looked for in titles and summaries only (as on Lucene), on the inline tsv_head: a phrase or
            // weight tested on tsv_fold makes GIN recheck every candidate's out-of-line body vector (0.9 s for "sipas").
            var alternatives = u.Alternatives.Select(a => Phrase(a)).ToList();
            foldUnits.Add(Lexeme(w.Folded));
            headUnits.Add("(" + string.Join(" | ", alternatives.Prepend(Lexeme(w.Folded))) + ")");
            var head = new List<string>();
            if (w.HasDiacritics)
            {
                head.Add($"CASE WHEN d.tsv_exact @@ {r.Tsq(p + "xa", Lexeme(w.Exact, "A"))} THEN {F(RankingPolicy.TitleExact)} * {titleNorm} ELSE 0 END");
                head.Add($"CASE WHEN d.tsv_exact @@ {r.Tsq(p + "xb", Lexeme(w.Exact, "B"))} THEN {F(RankingPolicy.SummaryExact)} * {summaryNorm} ELSE 0 END");
            }
            head.Add($"CASE WHEN d.tsv_head @@ {r.Tsq(p + "fa", Lexeme(w.Folded, "A"))} THEN {F(RankingPolicy.TitleFolded)} * {titleNorm} ELSE 0 END");
            head.Add($"CASE WHEN d.tsv_head @@ {r.Tsq(p + "fb", Lexeme(w.Folded, "B"))} THEN {F(RankingPolicy.SummaryFolded)} * {summaryNorm} ELSE 0 END");
            head.Add($"CASE WHEN d.fv @@ {r.Tsq(p + "f", Lexeme(w.Folded))} THEN {F(RankingPolicy.BodyFolded)} ELSE 0 END");
            body += Idf(w.Folded) * RankingPolicy.BodyFolded;
            if (alternatives.Count > 0)
            {
                var aa = r.Tsq(p + "aa", string.Join(" | ", u.Alternatives.Select(a => Phrase(a, "A"))));
                var ab = r.Tsq(p + "ab", string.Join(" | ", u.Alternatives.Select(a => Phrase(a, "B"))));
                head.Add($"CASE WHEN d.tsv_head @@ {aa} THEN {F(RankingPolicy.TitleFolded * RankingPolicy.Synonym)} ELSE 0 END");
                head.Add($"CASE WHEN d.tsv_head @@ {ab} THEN {F(RankingPolicy.SummaryFolded * RankingPolicy.Synonym)} ELSE 0 END");
            }
            score.Append($" + {F(Idf(w.Folded))} * GREATEST({string.Join(", ", head)})");
        }
        for (var i = 0; i < query.FunctionWords.Count; i++)
        {
            var fw = query.FunctionWords[i].Folded;
            var name = r.Tsq("@fw" + i.ToString(CultureInfo.InvariantCulture) + "a", Lexeme(fw, "A"));
            score.Append($" + CASE WHEN d.tsv_head @@ {name} THEN {F(Idf(fw) * RankingPolicy.FunctionWord)} * {titleNorm} ELSE 0 END");
        }
        for (var i = 0; i < query.Pairs.Count; i++)
        {
            var name = r.Tsq("@pair" + i.ToString(CultureInfo.InvariantCulture) + "a", Phrase(query.Pairs[i], "A"));
            score.Append($" + CASE WHEN d.tsv_head @@ {name} THEN {F(query.Pairs[i].Sum(Idf) * RankingPolicy.TitlePair)} * {titleNorm} ELSE 0 END");
        }
        for (var i = 0; i < query.Runs.Count; i++)
        {
            var run = query.Runs[i];
            var name = "@run" + i.ToString(CultureInfo.InvariantCulture);
            var idf = run.Sum(Idf);
            if (run.Count >= 3)
            {
                score.Append($" + CASE WHEN d.tsv_head @@ {r.Tsq(name + "a", Phrase(run, "A"))} THEN {F(idf * RankingPolicy.TitlePhrase)} * {titleNorm} ELSE 0 END");
            }
            score.Append($" + CASE WHEN d.fv @@ {r.Tsq(name + "t", Phrase(run))} THEN {F(idf * RankingPolicy.BodyPhrase)} ELSE 0 END");
            body += idf * RankingPolicy.BodyPhrase;
        }
        var intent = "1";
        if (query.Intents.Count > 0)
        {
            r.Add("@intents", query.Intents.ToArray());
            intent = $"CASE WHEN d.content_type = ANY(@intents) THEN {F(RankingPolicy.IntentFactor)} ELSE 1 END";
        }
        r.Score = $"{intent} * (0{score})";
        r.BodyBound = (query.Intents.Count > 0 ? RankingPolicy.IntentFactor : 1) * body;
        r.Add("@lexemes", query.Units.SelectMany(u => u.Code?.Words ?? [u.Word.Folded]).Concat(query.Runs.SelectMany(x => x)).Distinct(StringComparer.Ordinal).ToArray());

        var m = query.MinimumShouldMatch;
        var foldRequired = required.Select(i => foldUnits[i]).ToList();
        var headRequired = required.Select(i => headUnits[i]).ToList();
        var synonyms = required.Any(i => query.Units[i].Alternatives.Count > 0);
        string fold, headMatch;
        var postings = required.Sum(i => query.Units[i].Code?.Words.Min(w => frequencies.GetValueOrDefault(w)) ?? frequencies.GetValueOrDefault(query.Units[i].Word.Folded));
        var combinations = m >= required.Count ? 1 : Combinations(required.Count, m).Take(MaxCombinations + 1).Count();
        string? foldCount = null, headCount = null;
        if (combinations <= MaxCheapCombinations || (postings < CheapPostings && combinations <= MaxCombinations))
        {
            fold = AtLeast(foldRequired, m);
            headMatch = AtLeast(headRequired, m);
        }
        else if (postings < CheapPostings)
        {
            // Too many ANDs to write out (a long question): any unit finds the few candidates, whose units are counted.
            fold = string.Join(" | ", foldRequired);
            headMatch = string.Join(" | ", headRequired);
            foldCount = r.UnitCount("d.tsv_fold", "@mf", foldRequired, m);
            headCount = r.UnitCount("d.tsv_head", "@mh", headRequired, m);
        }
        else
        {
            var rarest = required.Select((u, k) => (k, Frequency: query.Units[u].Code is { } c ? 0 : frequencies.GetValueOrDefault(query.Units[u].Word.Folded)))
                .OrderBy(x => x.Frequency).Take(m).Select(x => x.k).Order().ToList();
            fold = string.Join(" & ", rarest.Select(k => foldRequired[k]));
            headMatch = string.Join(" & ", rarest.Select(k => headRequired[k]));
        }
        r.FoldMatch = fold;
        r.HeadReadsBody = foldCount is not null;
        r.HeadMatch = headMatch;
        var foldCondition = "d.tsv_fold @@ @fold::tsquery" + (foldCount is null ? "" : " AND " + foldCount);
        // The title-and-summary test first: a row the GIN bitmap marks for a recheck (synonym phrases) is then decided
        // on the small inline tsv_head, and the out-of-line body vector is read only for rows that fail it.
        r.MatchCondition = synonyms ? $"((d.tsv_head @@ @head::tsquery{(headCount is null ? "" : " AND " + headCount)}) OR ({foldCondition}))" : $"({foldCondition})";
        r.HeadCondition = "d.tsv_head @@ @head::tsquery" + (foldCount is null ? "" : $" AND ({(synonyms ? headCount + " OR " : "")}{foldCount})");
        if (m < foldRequired.Count && fold.Contains('|', StringComparison.Ordinal))
        {
            r.AllMatch = string.Join(" & ", foldRequired);
            r.Add("@all", PostgresFilterLexemes.Restrict(r.AllMatch, filterLexemes));
        }
        r.Add("@fold", PostgresFilterLexemes.Restrict(fold, filterLexemes));
        r.Add("@head", PostgresFilterLexemes.Restrict(headMatch, filterLexemes));
        return r;
    }

    /// <summary>"At least <paramref name="m"/> of" as a tsquery: the OR of every m-unit AND.</summary>
    private static string AtLeast(IReadOnlyList<string> units, int m) =>
        m >= units.Count ? string.Join(" & ", units)
        : m <= 1 ? string.Join(" | ", units)
        : string.Join(" | ", Combinations(units.Count, m).Select(c => "(" + string.Join(" & ", c.Select(i => units[i])) + ")"));

    /// <summary>"At least <paramref name="m"/> of the units hold in <paramref name="column"/>", one test per unit.</summary>
    private string UnitCount(string column, string prefix, IReadOnlyList<string> units, int m)
    {
        var tests = new List<string>();
        for (var i = 0; i < units.Count; i++)
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            Add(name, units[i]);
            tests.Add($"({column} @@ {name}::tsquery)::int");
        }
        return $"({string.Join(" + ", tests)}) >= {m.ToString(CultureInfo.InvariantCulture)}";
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

    /// <summary>
    /// A tsquery the score tests on every candidate: passed as a parameter and cast once in the statement's <c>q</c>
    /// row (<see cref="Queries"/>), not once per row (a cast parses the query text each time).
    /// </summary>
    private string Tsq(string name, string tsquery)
    {
        Add(name, tsquery);
        _tsqueries.Add(name);
        return "q." + name[1..];
    }
}
