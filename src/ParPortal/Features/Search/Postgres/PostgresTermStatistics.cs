using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;

namespace ParPortal.Features.Search.Postgres;

/// <summary>
/// Document frequencies and average field lengths for the policy's BM25 weights on PostgreSQL (Lucene keeps its
/// own). Counting a common word's documents walks its whole GIN posting list, so counts are cached per database
/// and per word for <see cref="Lifetime"/>: Vietnamese has a few thousand syllables, so a busy site answers nearly
/// every query from the cache. Writes made by this process that change a noticeable share of the index (1 %, or any
/// write while it holds fewer than 2,000 documents) drop the cache at once (<see cref="NoteWrite"/>); other writes, and
/// writes by other nodes, are seen when the entries expire. Weights computed from counts a few minutes old change the
/// order of results very little, never whether an item matches.
/// </summary>
internal sealed class PostgresTermStatistics
{
    /// <summary>How long a count is trusted without this process having written to the index.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private static readonly ConcurrentDictionary<string, PostgresTermStatistics> PerDatabase = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, (long Count, DateTime At)> _documentFrequency = new(StringComparer.Ordinal);
    private (long Documents, double TitleWords, double SummaryWords, DateTime At)? _corpus;

    /// <summary>Published documents, average title and summary lengths in words.</summary>
    public readonly record struct Corpus(long Documents, double TitleWords, double SummaryWords);

    public static PostgresTermStatistics For(DbConnection connection) => PerDatabase.GetOrAdd(Key(connection), _ => new PostgresTermStatistics());

    /// <summary>
    /// Records that <paramref name="rows"/> rows (null: all of them) of the connection's index were written, and forgets
    /// the counts when that is a noticeable share of the index.
    /// </summary>
    public static void NoteWrite(DbConnection connection, int? rows)
    {
        if (PerDatabase.TryGetValue(Key(connection), out var statistics)
            && (rows is null || statistics._corpus is not { } corpus || corpus.Documents < 2_000 || rows.Value * 100 >= corpus.Documents))
        {
            statistics._documentFrequency.Clear();
            statistics._corpus = null;
        }
    }

    /// <summary>
    /// The corpus figures and the document frequency of each folded word, counting what the cache lacks in one
    /// round trip. Runs on <paramref name="connection"/> with the planner switches of the caller's batch off, so
    /// each count uses the GIN index.
    /// </summary>
    public async Task<(Corpus Corpus, IReadOnlyDictionary<string, long> Frequencies)> GetAsync(DbConnection connection, IReadOnlyCollection<string> words, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var missing = words.Where(w => !_documentFrequency.TryGetValue(w, out var e) || now - e.At > Lifetime).Distinct(StringComparer.Ordinal).ToArray();
        var corpus = _corpus is { } c && now - c.At <= Lifetime ? c : ((long, double, double, DateTime)?)null;
        if (missing.Length > 0 || corpus is null)
        {
            await using var batch = connection.CreateBatch();
            PostgresSql.AddPlannerSwitches(batch);
            PostgresSql.Add(batch, """
                SELECT count(*), coalesce(avg(title_words), 0)::float8, coalesce(avg(summary_words), 0)::float8
                FROM search_documents WHERE is_published
                """, []);
            PostgresSql.Add(batch, """
                SELECT w, (SELECT count(*) FROM search_documents d WHERE d.is_published AND d.tsv_fold @@ q)
                FROM unnest(@words::text[], @queries::tsquery[]) AS u(w, q)
                """, [("@words", missing), ("@queries", missing.Select(w => PostgresSql.Lexeme(w)).ToArray())]);
            PostgresSql.AddPlannerRestore(batch);
            await using var reader = await batch.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            corpus = (reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), now);
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                _documentFrequency[reader.GetString(0)] = (reader.GetInt64(1), now);
            }
            _corpus = corpus;
        }
        var frequencies = words.Distinct(StringComparer.Ordinal).ToDictionary(w => w, w => _documentFrequency.TryGetValue(w, out var e) ? e.Count : 0, StringComparer.Ordinal);
        var (documents, title, summary, _) = corpus.Value;
        return (new Corpus(documents, title, summary), frequencies);
    }

    private static string Key(DbConnection connection) =>
        string.Create(CultureInfo.InvariantCulture, $"{connection.DataSource}/{connection.Database}");
}
