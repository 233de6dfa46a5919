using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ParPortal.Features.Search;

/// <summary>
/// Ranks the bounded body tier of a common query in C# instead of with FTS5's <c>bm25()</c>. bm25 computes
/// the IDF of every phrase of its expression by walking that phrase's whole doclist, once per statement,
/// however few rows it ranks (≈13 ms CPU for "thu tuc hanh chinh" over 100,000 documents). Here the
/// candidates (the newest matches, as before) and, per word and column, which candidates hold the word are
/// read with rowid-bounded match-only statements on the folded title and summary columns (they read only the newest part of each doclist); the row
/// sizes come from FTS5's own <c>search_fts_docsize</c> and <c>search_fts_data</c> averages record, and the
/// document frequencies from an <c>fts5vocab</c> table, cached per connection until the index changes.
/// The score is bm25's formula (k1 = 1.2, b = 0.75, the same column weights) with one hit per column that
/// holds a word: the number of repeats within a column is not known without reading position lists.
/// </summary>
internal static class SqliteBodyRanker
{
    // Columns of search_fts with their bm25 weights: exact title, summary; folded title, summary, body.
    // Only the folded title and summary are looked up (tf, sf): the exact columns hold a folded word only when
    // the document's word has no diacritics, and then the folded column holds it too; every candidate holds
    // every word somewhere, so the body is counted as holding it (the body doclists are the longest to read).
    private static readonly (string Column, double Weight)[] TextColumns = [("tf", 6.0), ("sf", 2.5)];
    private const double BodyWeight = 0.6;
    private const int CodeColumn = 5;
    private const double CodeWeight = 60.0;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private sealed class DfCache
    {
        public byte[] Averages = [];
        public readonly Dictionary<string, long> Frequencies = new(StringComparer.Ordinal);
    }

    private static readonly ConditionalWeakTable<object, Dictionary<string, DfCache>> Caches = new();

    /// <summary>One bm25 phrase: which arms (-1 = every candidate) add which weight, and how its IDF is found.</summary>
    private sealed record Phrase(List<(int Arm, double Weight)> Hits, IReadOnlyList<string> DfTerms, int DfArm = -1);

    /// <summary>The bounded body tier (search_fts): the folded words, and the code prefixes.</summary>
    public static Task<List<(long Id, double Score)>> RankAsync(DbConnection connection, SearchQuery query, string matchOnly, long from, int take, CancellationToken ct)
    {
        var arms = new List<string> { matchOnly };
        var phrases = new List<Phrase>();
        foreach (var term in query.Folded)
        {
            var hits = new List<(int Arm, double Weight)> { (-1, BodyWeight) };
            foreach (var (column, weight) in TextColumns)
            {
                hits.Add((arms.Count, weight));
                arms.Add(column + " : " + Quote(term));
            }
            phrases.Add(new Phrase(hits, [term]));
        }
        AddCode(query, arms, phrases);
        return ScoreAsync(connection, "search_fts", 7, arms, phrases, from, take, ct);
    }

    /// <summary>
    /// The bounded title tier (search_titles, columns t, tx, code, meta): the folded words (weight 6), the exact
    /// words when they differ (10, only when all are in the exact title), the adjacent phrase (6), the code (60),
    /// as the title tier's bm25 expression had them.
    /// </summary>
    public static Task<List<(long Id, double Score)>> RankTitlesAsync(DbConnection connection, SearchQuery query, string titleMatchOnly, long from, int take, CancellationToken ct)
    {
        var arms = new List<string> { titleMatchOnly };
        var phrases = new List<Phrase>();
        if (query.Folded.Count > 0)
        {
            var folded = arms.Count;
            arms.Add("t : (" + string.Join(" AND ", query.Folded.Select(Quote)) + ")");
            phrases.AddRange(query.Folded.Select(w => new Phrase([(folded, 6.0)], [w])));
            if (!query.Exact.SequenceEqual(query.Folded))
            {
                var exact = arms.Count;
                arms.Add("tx : (" + string.Join(" AND ", query.Exact.Select(Quote)) + ")");
                phrases.AddRange(query.Exact.Select(w => new Phrase([(exact, 10.0)], [w])));
            }
            if (query.Folded.Count > 1)
            {
                var phrase = arms.Count;
                arms.Add("t : " + Quote(string.Join(' ', query.Folded)));
                // A phrase is at most as frequent as its rarest word.
                phrases.Add(new Phrase([(phrase, 6.0)], query.Folded));
            }
        }
        AddCode(query, arms, phrases);
        return ScoreAsync(connection, "search_titles", 4, arms, phrases, from, take, ct);
    }

    private static void AddCode(SearchQuery query, List<string> arms, List<Phrase> phrases)
    {
        if (query.CodeKeys.Count > 0)
        {
            phrases.Add(new Phrase([(arms.Count, CodeWeight)], [], arms.Count));
            arms.Add("code : (" + string.Join(" OR ", query.CodeKeys.Select(k => Quote(k) + "*")) + ")");
        }
    }

    private static async Task<List<(long Id, double Score)>> ScoreAsync(DbConnection connection, string table, int columnCount,
        List<string> arms, List<Phrase> phrases, long from, int take, CancellationToken ct)
    {
        // Arm 0: the candidates; the others: which rows (from the same rowid on) hold a word or phrase in a column.
        var sql = string.Join(" UNION ALL ", arms.Select((_, i) =>
            $"SELECT {i.ToString(CultureInfo.InvariantCulture)}, rowid FROM {table} WHERE {table} MATCH @e{i.ToString(CultureInfo.InvariantCulture)} AND rowid >= @from"));
        var candidates = new HashSet<long>();
        var presence = new HashSet<long>[arms.Count];
        for (var i = 0; i < arms.Count; i++)
        {
            presence[i] = [];
        }
        await using (var command = DbCommands.Create(connection, null, sql))
        {
            for (var i = 0; i < arms.Count; i++)
            {
                command.Add("@e" + i.ToString(CultureInfo.InvariantCulture), arms[i]);
            }
            command.Add("@from", from);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var arm = reader.GetInt32(0);
                var id = reader.GetInt64(1);
                if (arm == 0)
                {
                    candidates.Add(id);
                }
                else
                {
                    presence[arm].Add(id);
                }
            }
        }
        if (candidates.Count == 0)
        {
            return [];
        }

        var caches = Caches.GetOrCreateValue(connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } ? handle : connection);
        DfCache cache;
        lock (caches)
        {
            if (!caches.TryGetValue(table, out cache!))
            {
                caches[table] = cache = new DfCache();
            }
        }
        var averages = await BlobAsync(connection, $"SELECT block FROM {table}_data WHERE id = 1", ct) ?? [];
        if (!averages.AsSpan().SequenceEqual(cache.Averages))
        {
            cache.Averages = averages;
            cache.Frequencies.Clear();
        }
        var (rowCount, averageLength) = ReadAverages(averages, columnCount);
        var missing = phrases.SelectMany(p => p.DfTerms).Distinct(StringComparer.Ordinal).Where(t => !cache.Frequencies.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            await using var command = DbCommands.Create(connection, null,
                $"SELECT term, doc FROM temp.{table}_vocab WHERE term IN (" + string.Join(',', missing.Select((_, i) => "@t" + i.ToString(CultureInfo.InvariantCulture))) + ")");
            for (var i = 0; i < missing.Count; i++)
            {
                command.Add("@t" + i.ToString(CultureInfo.InvariantCulture), missing[i]);
                cache.Frequencies[missing[i]] = 0;
            }
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                cache.Frequencies[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        var idf = phrases.Select(p => Idf(rowCount,
            p.DfArm >= 0 ? presence[p.DfArm].Count : p.DfTerms.Count == 0 ? 0 : p.DfTerms.Min(t => cache.Frequencies[t]))).ToArray();

        // Row sizes (tokens over all columns, as bm25 uses) of the candidates.
        var lengths = new Dictionary<long, long>(candidates.Count);
        await using (var command = DbCommands.Create(connection, null,
            $"SELECT id, sz FROM {table}_docsize WHERE id IN (SELECT value FROM json_each(@ids))"))
        {
            command.Add("@ids", "[" + string.Join(',', candidates.Select(c => c.ToString(CultureInfo.InvariantCulture))) + "]");
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                lengths[reader.GetInt64(0)] = reader.IsDBNull(1) ? 0 : SumVarints((byte[])reader.GetValue(1), columnCount);
            }
        }

        var scored = new List<(long Id, double Score)>(candidates.Count);
        foreach (var id in candidates)
        {
            var length = lengths.GetValueOrDefault(id);
            var norm = K1 * (1 - B + B * (averageLength > 0 ? length / averageLength : 1));
            double score = 0;
            for (var p = 0; p < phrases.Count; p++)
            {
                double w = 0;
                foreach (var (arm, weight) in phrases[p].Hits)
                {
                    if (arm < 0 || presence[arm].Contains(id))
                    {
                        w += weight;
                    }
                }
                if (w > 0)
                {
                    score += idf[p] * (w * (K1 + 1)) / (w + norm);
                }
            }
            scored.Add((id, score));
        }
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Id).Take(take).ToList();
    }

    /// <summary>bm25's IDF, as FTS5 computes it (never below 1e-6).</summary>
    private static double Idf(long rows, long frequency)
    {
        var idf = Math.Log((rows - frequency + 0.5) / (frequency + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /// <summary>The averages record: the row count, then the total tokens of each column, as varints.</summary>
    private static (long Rows, double AverageLength) ReadAverages(byte[] record, int columnCount)
    {
        if (record.Length == 0)
        {
            return (0, 0);
        }
        var offset = 0;
        var rows = ReadVarint(record, ref offset);
        long total = 0;
        for (var c = 0; c < columnCount && offset < record.Length; c++)
        {
            total += ReadVarint(record, ref offset);
        }
        return (rows, rows > 0 ? (double)total / rows : 0);
    }

    private static long SumVarints(byte[] blob, int columnCount)
    {
        var offset = 0;
        long total = 0;
        for (var c = 0; c < columnCount && offset < blob.Length; c++)
        {
            total += ReadVarint(blob, ref offset);
        }
        return total;
    }

    /// <summary>SQLite's varint: big-endian 7 bits per byte, the 9th byte holds 8 bits.</summary>
    private static long ReadVarint(byte[] data, ref int offset)
    {
        long value = 0;
        for (var i = 0; i < 9 && offset < data.Length; i++)
        {
            var b = data[offset++];
            if (i == 8)
            {
                return (value << 8) | b;
            }
            value = (value << 7) | (long)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
        return value;
    }

    private static async Task<byte[]?> BlobAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = DbCommands.Create(connection, null, sql);
        return await command.ExecuteScalarAsync(ct) as byte[];
    }

    private static string Quote(string token) => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
