using System.Data.Common;
using ParPortal.Features.Search.Ranking;

namespace ParPortal.Features.Search.Postgres;

/// <summary>
/// Suggestions as the user types, the same way as Lucene's: published titles beginning with the typed words
/// (<c>title_key</c>, folded) in byte order straight from a B-tree in the "C" collation (no sort); when fewer than asked, titles holding
/// the words anywhere, the last as a prefix (GIN on tsv_head), shortest first. The second query takes the first
/// matches the index yields rather than the newest: ordering every title that holds a common prefix ("t") by date
/// cost 15–35 ms, and it only runs when no title begins with the typed words.
/// </summary>
internal static class PostgresSuggester
{
    /// <summary>Last words shorter than this are not GIN prefixes when whole words come before them.</summary>
    private const int MinPrefixLexeme = 3;

    /// <summary>
    /// Rows read per wanted suggestion from the beginnings index: titles repeat (a procedure and its articles), and a
    /// suggestion list holds each title once, so a list filled by duplicates would fall through to the slower search.
    /// </summary>
    private const int DuplicateAllowance = 4;

    public static async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(DbConnection connection, string prefix, int limit, CancellationToken ct)
    {
        var typed = SearchQuery.ParsePrefix(prefix);
        if (typed.IsEmpty)
        {
            return [];
        }
        limit = Math.Clamp(limit, 1, SuggestionLimits.Max);
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            var beginnings = typed.TitleBeginnings.ToArray();
            // A short last word ("c") as a GIN prefix merges the posting lists of every word it begins (18 ms for
            // "ke hoach c"); after whole words it is tested on the candidates' title keys instead.
            var shortLast = typed.Words.Count > 0 && typed.LastForms.Any(f => f.Length < MinPrefixLexeme);
            var contains = string.Join(" & ", typed.Words.Select(w => PostgresSql.Lexeme(w, "A"))
                .Concat(shortLast ? [] : ["(" + string.Join(" | ", typed.LastForms.Select(f => PostgresSql.Lexeme(f, "A*"))) + ")"]));
            var lastWord = shortLast ? " AND (' ' || d.title_key) LIKE ANY(@likes)" : "";
            await using var batch = connection.CreateBatch();
            for (var i = 0; i < beginnings.Length; i++)
            {
                PostgresSql.Add(batch, $"""
                    SELECT d.item_id, d.content_type, d.title, d.url, d.title_key FROM search_documents d
                    WHERE d.is_published AND (d.title_key COLLATE "C") LIKE @p{i} || '%' ORDER BY d.title_key COLLATE "C" LIMIT @limit
                    """, [("@p" + i, beginnings[i]), ("@limit", limit * DuplicateAllowance)]);
            }
            var result = new List<SearchSuggestion>();
            var titles = new HashSet<string>(StringComparer.Ordinal);
            var found = new List<(string Key, SearchSuggestion Suggestion)>();
            await using (var reader = await batch.ExecuteReaderAsync(ct))
            {
                do
                {
                    while (await reader.ReadAsync(ct))
                    {
                        found.Add((reader.GetString(4), new SearchSuggestion(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))));
                    }
                }
                while (await reader.NextResultAsync(ct));
            }
            foreach (var (_, s) in found.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                if (result.Count < limit && titles.Add(s.Title))
                {
                    result.Add(s);
                }
            }
            if (result.Count < limit)
            {
                await using var command = DbCommands.Create(connection, null, $"""
                    SELECT d.item_id, d.content_type, d.title, d.url, d.title_words FROM search_documents d
                    WHERE d.is_published AND d.tsv_head @@ @q::tsquery{lastWord} LIMIT @limit
                    """);
                command.Add("@q", contains);
                if (shortLast)
                {
                    command.Add("@likes", typed.LastForms.Select(f => "% " + f.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%").ToArray());
                }
                command.Add("@limit", limit * 4);
                var more = new List<(int Words, SearchSuggestion Suggestion)>();
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    more.Add((reader.GetInt32(4), new SearchSuggestion(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))));
                }
                foreach (var (_, s) in more.OrderBy(m => m.Words))
                {
                    if (result.Count < limit && titles.Add(s.Title))
                    {
                        result.Add(s);
                    }
                }
            }
            return result;
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }
}
