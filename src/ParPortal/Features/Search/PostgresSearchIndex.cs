using System.Data.Common;
using System.Globalization;
using ParPortal.Text;

namespace ParPortal.Features.Search;

/// <summary>
/// PostgreSQL full-text index: one table <c>search_documents</c> with two weighted tsvectors (exact words
/// and folded words; title A, summary B, body C) built from the texts our code has already normalised, so
/// the 'simple' configuration is enough and no unaccent extension or generated column is needed.
/// Matching uses the folded tsvector's GIN index; ranking adds the exact-word rank, a phrase bonus and a
/// code bonus.
/// </summary>
public sealed class PostgresSearchIndex : ISearchIndex
{
    private static readonly string[] SchemaSql =
    [
        """
        CREATE TABLE IF NOT EXISTS search_documents(
            item_id uuid NOT NULL,
            is_published boolean NOT NULL,
            content_type text NOT NULL,
            year integer NOT NULL,
            unit_code text,
            unit_name text,
            date timestamptz NOT NULL,
            url text NOT NULL,
            code text,
            code_key text NOT NULL DEFAULT '',
            topics text[] NOT NULL DEFAULT '{}',
            title text NOT NULL,
            summary text,
            body text,
            tsv_exact tsvector NOT NULL,
            tsv_fold tsvector NOT NULL,
            PRIMARY KEY(item_id, is_published))
        """,
        "CREATE INDEX IF NOT EXISTS ix_search_documents_fold ON search_documents USING gin(tsv_fold)",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_code ON search_documents(code_key text_pattern_ops)",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_browse ON search_documents(is_published, date DESC)",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_topics ON search_documents USING gin(topics)",
    ];

    /// <summary>Above this many matches, only bounded candidate sets are ranked.</summary>
    internal const int RankAllLimit = 1000;

    private const string DraftClause =
        " AND (d.is_published = false OR NOT EXISTS (SELECT 1 FROM search_documents d2 WHERE d2.item_id = d.item_id AND d2.is_published = false))";

    /// <inheritdoc />
    public async Task EnsureSchemaAsync(DbConnection connection, CancellationToken ct = default)
    {
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            foreach (var sql in SchemaSql)
            {
                await DbCommands.ExecuteAsync(connection, null, sql, ct);
            }
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <inheritdoc />
    public async Task UpsertAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<SearchDocument> documents, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var d in documents)
        {
            SearchDocumentValidator.Validate(d);
        }
        // The last version of a key wins, as it would row by row; one multi-row statement cannot update a row twice.
        var last = new Dictionary<(Guid, bool), int>();
        for (var i = 0; i < documents.Count; i++)
        {
            last[(documents[i].ItemId, documents[i].IsPublished)] = i;
        }
        var unique = last.Values.Order().Select(i => documents[i]).ToList();
        var texts = IndexedText.FromMany(unique);
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        var own = transaction is null ? await connection.BeginTransactionAsync(ct) : null;
        try
        {
            // One statement per batch of rows, the columns passed as arrays and unnested on the server: a
            // statement per row cost a round trip and a plan execution each (300 rows/s in a rebuild).
            await using var command = DbCommands.Create(connection, transaction ?? own,
                """
                INSERT INTO search_documents(item_id, is_published, content_type, year, unit_code, unit_name, date, url, code, code_key, topics, title, summary, body, tsv_exact, tsv_fold)
                SELECT r.item, r.pub, r.type, r.year, r.unit, r.unit_name, r.date, r.url, r.code, r.code_key,
                    ARRAY(SELECT jsonb_array_elements_text(r.topics::jsonb)), r.title, r.summary, r.body,
                    setweight(to_tsvector('simple', r.tx), 'A') || setweight(to_tsvector('simple', r.sx), 'B'),
                    setweight(to_tsvector('simple', r.tf), 'A') || setweight(to_tsvector('simple', r.sf), 'B') || setweight(to_tsvector('simple', r.bf || ' ' || r.code_key), 'C')
                FROM unnest(@item, @pub, @type, @year, @unit, @unitName, @date, @url, @code, @codeKey, @topics, @title, @summary, @body, @tx, @sx, @tf, @sf, @bf)
                    AS r(item, pub, type, year, unit, unit_name, date, url, code, code_key, topics, title, summary, body, tx, sx, tf, sf, bf)
                ON CONFLICT (item_id, is_published) DO UPDATE SET
                    content_type = EXCLUDED.content_type, year = EXCLUDED.year, unit_code = EXCLUDED.unit_code, unit_name = EXCLUDED.unit_name,
                    date = EXCLUDED.date, url = EXCLUDED.url, code = EXCLUDED.code, code_key = EXCLUDED.code_key, topics = EXCLUDED.topics,
                    title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body, tsv_exact = EXCLUDED.tsv_exact, tsv_fold = EXCLUDED.tsv_fold
                """);
            for (var start = 0; start < unique.Count; start += UpsertBatchSize)
            {
                var batch = unique.Skip(start).Take(UpsertBatchSize).ToList();
                var bt = texts.Skip(start).Take(UpsertBatchSize).ToList();
                command.Parameters.Clear();
                command.Add("@item", batch.Select(d => d.ItemId).ToArray());
                command.Add("@pub", batch.Select(d => d.IsPublished).ToArray());
                command.Add("@type", batch.Select(d => d.ContentType).ToArray());
                command.Add("@year", bt.Select(t => t.Year).ToArray());
                command.Add("@unit", batch.Select(d => d.UnitCode).ToArray());
                command.Add("@unitName", batch.Select(d => d.UnitName).ToArray());
                command.Add("@date", batch.Select(d => d.Date.UtcDateTime).ToArray());
                command.Add("@url", batch.Select(d => d.Url).ToArray());
                command.Add("@code", batch.Select(d => d.Code).ToArray());
                command.Add("@codeKey", bt.Select(t => t.CodeKey).ToArray());
                command.Add("@topics", batch.Select(d => System.Text.Json.JsonSerializer.Serialize(
                    d.Topics.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToArray())).ToArray());
                command.Add("@title", batch.Select(d => VietnameseText.Nfc(d.Title)).ToArray());
                command.Add("@summary", batch.Select(d => d.Summary is null ? null : VietnameseText.Nfc(d.Summary)).ToArray());
                command.Add("@body", batch.Select(d => d.Body is null ? null : VietnameseText.Nfc(d.Body)).ToArray());
                command.Add("@tx", bt.Select(t => t.TitleExact).ToArray());
                command.Add("@sx", bt.Select(t => t.SummaryExact).ToArray());
                command.Add("@tf", bt.Select(t => t.TitleFolded).ToArray());
                command.Add("@sf", bt.Select(t => t.SummaryFolded).ToArray());
                command.Add("@bf", bt.Select(t => t.BodyFolded).ToArray());
                await command.ExecuteNonQueryAsync(ct);
            }
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>Rows per upsert statement.</summary>
    private const int UpsertBatchSize = 500;

    /// <inheritdoc />
    public async Task DeleteAsync(DbConnection connection, DbTransaction? transaction, Guid itemId, bool? isPublished, CancellationToken ct = default)
    {
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            if (isPublished is { } pub)
            {
                await DbCommands.ExecuteAsync(connection, transaction, "DELETE FROM search_documents WHERE item_id = @item AND is_published = @pub", ct, ("@item", itemId), ("@pub", pub));
            }
            else
            {
                await DbCommands.ExecuteAsync(connection, transaction, "DELETE FROM search_documents WHERE item_id = @item", ct, ("@item", itemId));
            }
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <inheritdoc />
    public async Task ClearAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct = default)
    {
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            await DbCommands.ExecuteAsync(connection, transaction, "DELETE FROM search_documents", ct);
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <inheritdoc />
    public async Task<SearchResults> SearchAsync(DbConnection connection, SearchRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (page, pageSize) = DbCommands.Paging(request);
        var query = SearchQuery.Parse(request.Query);
        if (query.IsEmpty)
        {
            return SearchResults.Empty(page, pageSize);
        }
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            var parameters = new List<(string Name, object? Value)>();
            var where = Filters(request, parameters);
            string score;
            var titleMatches = new List<string>();
            if (query.IsBlank)
            {
                score = "0.0";
            }
            else
            {
                var matches = new List<string>();
                var scores = new List<string>();
                if (query.Folded.Count > 0)
                {
                    // Tokens are letters and digits only, so quoting them makes a tsquery that cannot fail to parse.
                    parameters.Add(("@qf", string.Join(" & ", query.Folded.Select(Lexeme))));
                    parameters.Add(("@qx", string.Join(" & ", query.Exact.Select(Lexeme))));
                    matches.Add("d.tsv_fold @@ to_tsquery('simple', @qf)");
                    parameters.Add(("@qt", string.Join(" & ", query.Folded.Select(t => Lexeme(t) + ":A"))));
                    titleMatches.Add("d.tsv_fold @@ to_tsquery('simple', @qt)");
                    scores.Add("ts_rank_cd(d.tsv_fold, to_tsquery('simple', @qf), 32) + 2 * ts_rank_cd(d.tsv_exact, to_tsquery('simple', @qx), 32)");
                    if (query.Folded.Count > 1)
                    {
                        parameters.Add(("@qp", string.Join(" <-> ", query.Folded.Select(Lexeme))));
                        scores.Add("CASE WHEN d.tsv_fold @@ to_tsquery('simple', @qp) THEN 0.5 ELSE 0 END");
                    }
                }
                for (var i = 0; i < query.CodeKeys.Count; i++)
                {
                    var name = "@ck" + i.ToString(CultureInfo.InvariantCulture);
                    parameters.Add((name, query.CodeKeys[i]));
                    matches.Add($"d.code_key LIKE {name} || '%'");
                    titleMatches.Add($"d.code_key LIKE {name} || '%'");
                    scores.Add($"CASE WHEN d.code_key = {name} THEN 20 WHEN d.code_key LIKE {name} || '%' THEN 10 ELSE 0 END");
                }
                where += " AND (" + string.Join(" OR ", matches) + ")";
                score = string.Join(" + ", scores);
            }
            int total;
            await using (var command = DbCommands.Create(connection, null, $"SELECT count(*) FROM (SELECT 1 FROM search_documents d WHERE {where} LIMIT @cap) c"))
            {
                foreach (var (name, value) in parameters)
                {
                    command.Add(name, value);
                }
                command.Add("@cap", SearchLimits.MaxCountedTotal);
                total = Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            }
            var order = (query.IsBlank ? "d.date DESC" : "score DESC, d.date DESC") + ", d.item_id, d.is_published";
            var source = $"search_documents d WHERE {where}";
            if (!query.IsBlank && total > RankAllLimit)
            {
                // Ranking reads every candidate's tsvector, so a very common query ranks two bounded sets, as on
                // SQLite: the newest title (or code) matches first, then the newest other matches.
                var title = "(" + string.Join(" OR ", titleMatches) + ")";
                source = $"""
                    ((SELECT d.*, 0 AS tier FROM search_documents d WHERE {where} AND {title} ORDER BY d.date DESC LIMIT {RankAllLimit})
                     UNION ALL
                     (SELECT d.*, 1 AS tier FROM search_documents d WHERE {where} AND NOT {title} ORDER BY d.date DESC LIMIT {RankAllLimit})) d
                    """;
                order = "d.tier, " + order;
            }
            var hits = new List<SearchHit>();
            var terms = new HashSet<string>(query.Folded, StringComparer.Ordinal);
            await using (var command = DbCommands.Create(connection, null,
                $"""
                SELECT d.item_id, d.content_type, d.is_published, d.title, d.summary, d.body, d.url, d.date, {score} AS score
                FROM {source}
                ORDER BY {order} LIMIT @take OFFSET @skip
                """))
            {
                foreach (var (name, value) in parameters)
                {
                    command.Add(name, value);
                }
                command.Add("@take", pageSize);
                command.Add("@skip", (page - 1) * pageSize);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var title = reader.GetString(3);
                    hits.Add(new SearchHit(
                        reader.GetGuid(0),
                        reader.GetString(1),
                        reader.GetBoolean(2),
                        title,
                        SnippetBuilder.Highlight(title, terms),
                        SnippetBuilder.Snippet(terms, reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(4) ? null : reader.GetString(4)),
                        reader.GetString(6),
                        new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(7), DateTimeKind.Utc)),
                        Convert.ToDouble(reader.GetValue(8), CultureInfo.InvariantCulture)));
                }
            }
            var (facets, sampled) = await FacetsAsync(connection, where, parameters, total, ct);
            return new SearchResults(hits, total, facets, page, pageSize, sampled, total >= SearchLimits.MaxCountedTotal);
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(DbConnection connection, string prefix, int limit, CancellationToken ct = default)
    {
        var words = SearchQuery.ParsePrefix(prefix);
        limit = Math.Clamp(limit, 1, 50);
        if (words.Count == 0)
        {
            return [];
        }
        // Weight A is the title: every word must be in the title, the last one as a prefix.
        var tsquery = string.Join(" & ", words.Select((w, i) => Lexeme(w) + (i == words.Count - 1 ? ":*A" : ":A")));
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            await using var command = DbCommands.Create(connection, null,
                """
                SELECT d.item_id, d.content_type, d.title, d.url FROM search_documents d
                WHERE d.is_published AND d.tsv_fold @@ to_tsquery('simple', @q)
                ORDER BY length(d.title), d.date DESC LIMIT @limit
                """);
            command.Add("@q", tsquery);
            command.Add("@limit", limit);
            var list = new List<SearchSuggestion>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                list.Add(new SearchSuggestion(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
            return list;
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static string Lexeme(string token) => "'" + token.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "'";

    private static string Filters(SearchRequest request, List<(string Name, object? Value)> parameters)
    {
        var where = request.IncludeDrafts ? "true" + DraftClause : "d.is_published";
        var types = DbCommands.FilterValues(request.Types);
        if (types.Count > 0)
        {
            parameters.Add(("@types", types.ToArray()));
            where += " AND d.content_type = ANY(@types)";
        }
        var topics = DbCommands.FilterValues(request.Topics);
        if (topics.Count > 0)
        {
            parameters.Add(("@topics", topics.ToArray()));
            where += " AND d.topics && @topics";
        }
        if (request.Year is { } year)
        {
            parameters.Add(("@year", year));
            where += " AND d.year = @year";
        }
        if (!string.IsNullOrWhiteSpace(request.Unit))
        {
            parameters.Add(("@unit", request.Unit.Trim()));
            where += " AND d.unit_code = @unit";
        }
        return where;
    }

    private static async Task<(SearchFacets Facets, bool Sampled)> FacetsAsync(DbConnection connection, string where, List<(string Name, object? Value)> parameters, int total, CancellationToken ct)
    {
        if (total == 0)
        {
            return (SearchFacets.Empty, false);
        }
        // As on SQLite: above the sample size, count a sample and scale to the exact total.
        await using var command = DbCommands.Create(connection, null,
            $"""
            WITH m AS MATERIALIZED (SELECT d.content_type, d.year, d.unit_code, d.unit_name, d.topics FROM search_documents d WHERE {where} LIMIT @cap)
            SELECT 0, content_type, NULL, count(*) FROM m GROUP BY content_type
            UNION ALL SELECT 1, t, NULL, count(*) FROM m, unnest(m.topics) AS t GROUP BY t
            UNION ALL SELECT 2, year::text, NULL, count(*) FROM m GROUP BY year
            UNION ALL SELECT 3, unit_code, max(unit_name), count(*) FROM m WHERE unit_code IS NOT NULL GROUP BY unit_code
            """);
        foreach (var (name, value) in parameters)
        {
            command.Add(name, value);
        }
        command.Add("@cap", SearchLimits.FacetSampleSize);
        var rows = new List<(int Kind, string Value, string? Label, long Count)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3)));
            }
        }
        return FacetMath.Build(rows, total);
    }
}
