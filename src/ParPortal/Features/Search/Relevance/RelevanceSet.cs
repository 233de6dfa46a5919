using System.Text;
using System.Text.Json;

namespace ParPortal.Features.Search.Relevance;

/// <summary>One graded query: what was typed, its kind, and the grade (1–3) of each relevant item, by recipe key.</summary>
public sealed record JudgedQuery(string Kind, string Query, IReadOnlyDictionary<string, int> Relevant)
{
    /// <summary>The text to run: the query decomposed (NFD) for the kind "nfd", as typed otherwise.</summary>
    public string Typed => Kind == "nfd" ? Query.Normalize(NormalizationForm.FormD) : Query;
}

/// <summary>Scores of one query: reciprocal rank of the first relevant hit, and nDCG over the first ten.</summary>
public sealed record QueryScore(JudgedQuery Query, IReadOnlyList<string?> Ranked, double ReciprocalRank, double Ndcg10);

/// <summary>
/// The graded relevance set over the demo content (<c>bench/relevance/demo-queries.json</c>) and its metrics, shared
/// by the <c>relevance</c> benchmark (figures per kind, both engines) and the test that keeps the ranking policy
/// from regressing. MRR counts the first hit of any grade; nDCG@10 uses gains 2^grade − 1 and the ideal order of the
/// judged grades.
/// </summary>
public static class RelevanceSet
{
    public static IReadOnlyList<JudgedQuery> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("queries").EnumerateArray()
            .Select(q => new JudgedQuery(
                q.GetProperty("kind").GetString()!,
                q.GetProperty("query").GetString()!,
                q.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>Scores one query from the keys of its ranked hits (null for an item without a key).</summary>
    public static QueryScore Score(JudgedQuery query, IReadOnlyList<string?> ranked)
    {
        var firstRelevant = ranked.Select((key, i) => (key, i)).FirstOrDefault(x => x.key is not null && query.Relevant.ContainsKey(x.key));
        var rr = firstRelevant.key is null ? 0 : 1.0 / (firstRelevant.i + 1);
        var dcg = ranked.Take(10).Select((key, i) => Gain(key is null ? 0 : query.Relevant.GetValueOrDefault(key)) / Math.Log2(i + 2)).Sum();
        var ideal = query.Relevant.Values.OrderDescending().Take(10).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return new QueryScore(query, ranked, rr, ideal == 0 ? 0 : dcg / ideal);
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
