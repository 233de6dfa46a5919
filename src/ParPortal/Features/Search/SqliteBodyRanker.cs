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
    private const int ColumnCount = 7;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private sealed class DfCache
    {
        public byte[] Averages = [];
        public readonly Dictionary<string, long> Frequencies = new(StringComparer.Ordinal);
    }

    private static readonly ConditionalWeakTable<object, DfCache> Caches = new();

    public static async Task<List<(long Id, double Score)>> RankAsync(DbConnection connection, SearchQuery query, string matchOnly, long from, int take, CancellationToken ct)
    {
        var terms = query.Folded.Distinct(StringComparer.Ordinal).ToList();
        // Arm 0: the candidates. Arms 1..: (term, column) presence. Last arm: code prefix matches.
        var arms = new List<string> { matchOnly };
        foreach (var term in terms)
        {
            foreach (var (column, _) in TextColumns)
            {
                arms.Add(column + " : " + Quote(term));
            }
        }
        var codeArm = -1;
        if (query.CodeKeys.Count > 0)
        {
            codeArm = arms.Count;
            arms.Add("code : (" + string.Join(" OR ", query.CodeKeys.Select(k => Quote(k) + "*")) + ")");
        }
        var sql = string.Join(" UNION ALL ", arms.Select((_, i) =>
            $"SELECT {i.ToString(CultureInfo.InvariantCulture)}, rowid FROM search_fts WHERE search_fts MATCH @e{i.ToString(CultureInfo.InvariantCulture)} AND rowid >= @from"));
        var candidates = new HashSet<long>();
        var presence = new List<long>[arms.Count];
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

        var cache = Caches.GetOrCreateValue(connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } ? handle : connection);
        var averages = await BlobAsync(connection, "SELECT block FROM search_fts_data WHERE id = 1", ct) ?? [];
        if (!averages.AsSpan().SequenceEqual(cache.Averages))
        {
            cache.Averages = averages;
            cache.Frequencies.Clear();
        }
        var (rowCount, averageLength) = ReadAverages(averages);
        var missing = terms.Where(t => !cache.Frequencies.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            await using var command = DbCommands.Create(connection, null,
                "SELECT term, doc FROM temp.search_fts_vocab WHERE term IN (" + string.Join(',', missing.Select((_, i) => "@t" + i.ToString(CultureInfo.InvariantCulture))) + ")");
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

        // Row sizes (tokens over all columns, as bm25 uses) of the candidates.
        var lengths = new Dictionary<long, long>(candidates.Count);
        await using (var command = DbCommands.Create(connection, null,
            "SELECT id, sz FROM search_fts_docsize WHERE id IN (SELECT value FROM json_each(@ids))"))
        {
            command.Add("@ids", "[" + string.Join(',', candidates.Select(c => c.ToString(CultureInfo.InvariantCulture))) + "]");
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                lengths[reader.GetInt64(0)] = reader.IsDBNull(1) ? 0 : SumVarints((byte[])reader.GetValue(1));
            }
        }

        // Per candidate, per phrase: the weighted number of hits (bm25's "w").
        var phraseCount = query.Folded.Count + (codeArm >= 0 ? 1 : 0);
        var weights = new Dictionary<long, double[]>(candidates.Count);
        foreach (var id in candidates)
        {
            weights[id] = new double[Math.Max(phraseCount, 1)];
        }
        var termIndex = terms.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        for (var p = 0; p < query.Folded.Count; p++)
        {
            foreach (var w in weights.Values)
            {
                w[p] = BodyWeight;
            }
            var ti = termIndex[query.Folded[p]];
            for (var c = 0; c < TextColumns.Length; c++)
            {
                foreach (var id in presence[1 + ti * TextColumns.Length + c])
                {
                    if (weights.TryGetValue(id, out var w))
                    {
                        w[p] += TextColumns[c].Weight;
                    }
                }
            }
        }
        if (codeArm >= 0)
        {
            foreach (var id in presence[codeArm])
            {
                if (weights.TryGetValue(id, out var w))
                {
                    w[phraseCount - 1] += CodeWeight;
                }
            }
        }
        var idf = new double[Math.Max(phraseCount, 1)];
        for (var p = 0; p < query.Folded.Count; p++)
        {
            idf[p] = Idf(rowCount, cache.Frequencies[query.Folded[p]]);
        }
        if (codeArm >= 0)
        {
            idf[phraseCount - 1] = Idf(rowCount, presence[codeArm].Count);
        }

        var scored = new List<(long Id, double Score)>(candidates.Count);
        foreach (var (id, w) in weights)
        {
            var length = lengths.GetValueOrDefault(id);
            var norm = K1 * (1 - B + B * (averageLength > 0 ? length / averageLength : 1));
            double score = 0;
            for (var p = 0; p < phraseCount; p++)
            {
                if (w[p] > 0)
                {
                    score += idf[p] * (w[p] * (K1 + 1)) / (w[p] + norm);
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
    private static (long Rows, double AverageLength) ReadAverages(byte[] record)
    {
        if (record.Length == 0)
        {
            return (0, 0);
        }
        var offset = 0;
        var rows = ReadVarint(record, ref offset);
        long total = 0;
        for (var c = 0; c < ColumnCount && offset < record.Length; c++)
        {
            total += ReadVarint(record, ref offset);
        }
        return (rows, rows > 0 ? (double)total / rows : 0);
    }

    private static long SumVarints(byte[] blob)
    {
        var offset = 0;
        long total = 0;
        for (var c = 0; c < ColumnCount && offset < blob.Length; c++)
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
