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
            PRIMARY KEY(item_id, is_published)) WITH (toast_tuple_target = 128)
        """,
        // Rows are moved out of line (TOAST) down to 128 bytes, so the heap holds the filter and sort columns and
        // pointers: a search visits the heap rows of thousands of matches for their date, type and topics, and
        // inline bodies and vectors made that most of the table's pages. Existing tables take it on rebuild.
        "ALTER TABLE search_documents SET (toast_tuple_target = 128)",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_fold ON search_documents USING gin(tsv_fold)",
        // The folded title words (weight A of tsv_fold), small and stored inline: the title tier matches and
        // ranks on it without reading the large, TOASTed tsv_fold of every candidate.
        "ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS tsv_title tsvector GENERATED ALWAYS AS (ts_filter(tsv_fold, '{a}')) STORED",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_title ON search_documents USING gin(tsv_title)",
        // …except what ranking and suggestions read for up to a thousand candidates: the title (suggestions sort
        // by its length), the title vector and the exact title/summary vector stay inline (MAIN storage is moved
        // out only if a row cannot fit a page); reading them from TOAST was half of a common query's ranking time.
        "ALTER TABLE search_documents ALTER COLUMN title SET STORAGE MAIN, ALTER COLUMN tsv_title SET STORAGE MAIN, ALTER COLUMN tsv_exact SET STORAGE MAIN",
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
        var (page, pageSize, query, empty) = DbCommands.BeginSearch(request);
        if (empty is not null)
        {
            return empty;
        }
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            var parameters = new List<(string Name, object? Value)>();
            var where = Filters(request, parameters);
            var terms = new HashSet<string>(query.Folded, StringComparer.Ordinal);
            var skip = (page - 1) * pageSize;
            if (query.IsBlank)
            {
                return await BrowseAsync(connection, where, parameters, request.IncludeDrafts, page, pageSize, skip, terms, ct);
            }

            var matches = new List<string>();
            var titleMatches = new List<string>();
            var titleScores = new List<string>();
            var bodyScores = new List<string>();
            if (query.Folded.Count > 0)
            {
                // Tokens are letters and digits only, so quoting them makes a tsquery that cannot fail to parse.
                parameters.Add(("@qf", string.Join(" & ", query.Folded.Select(Lexeme))));
                parameters.Add(("@qx", string.Join(" & ", query.Exact.Select(Lexeme))));
                matches.Add("d.tsv_fold @@ to_tsquery('simple', @qf)");
                titleMatches.Add("d.tsv_title @@ to_tsquery('simple', @qf)");
                // Normalisation 1 (÷ 1 + log length) on titles: a short title that is all query words outranks a long
                // one that merely contains them, as SearchScoring's length normalisation does on SQLite.
                titleScores.Add("ts_rank_cd(d.tsv_title, to_tsquery('simple', @qf), 33) + 2 * ts_rank_cd(d.tsv_exact, to_tsquery('simple', @qx), 32)");
                bodyScores.Add("ts_rank_cd(d.tsv_fold, to_tsquery('simple', @qf), 32) + 2 * ts_rank_cd(d.tsv_exact, to_tsquery('simple', @qx), 32)");
                if (query.Folded.Count > 1)
                {
                    parameters.Add(("@qp", string.Join(" <-> ", query.Folded.Select(Lexeme))));
                    titleScores.Add("CASE WHEN d.tsv_title @@ to_tsquery('simple', @qp) THEN 0.5 ELSE 0 END");
                    bodyScores.Add("CASE WHEN d.tsv_fold @@ to_tsquery('simple', @qp) THEN 0.5 ELSE 0 END");
                }
            }
            for (var i = 0; i < query.CodeKeys.Count; i++)
            {
                var name = "@ck" + i.ToString(CultureInfo.InvariantCulture);
                parameters.Add((name, query.CodeKeys[i]));
                matches.Add($"d.code_key LIKE {name} || '%'");
                titleMatches.Add($"d.code_key LIKE {name} || '%'");
                var code = $"CASE WHEN d.code_key = {name} THEN 20 WHEN d.code_key LIKE {name} || '%' THEN 10 ELSE 0 END";
                titleScores.Add(code);
                bodyScores.Add(code);
            }
            var filters = where;
            where += " AND (" + string.Join(" OR ", matches) + ")";
            var title = "(" + string.Join(" OR ", titleMatches) + ")";
            parameters.Add(("@cap", SearchLimits.MaxCountedTotal));
            parameters.Add(("@sample", SearchLimits.FacetSampleSize));
            parameters.Add(("@need", skip + pageSize));
            parameters.Add(("@take", pageSize));
            parameters.Add(("@skip", skip));

            // A title (or code) match is always a match, so the title tier tests only the title vector: adding the
            // tsv_fold condition made PostgreSQL decompress tsv_fold for every title candidate (0.5 s).
            // Scores are computed outside the LIMIT, or PostgreSQL computes them for every candidate before sorting.
            // Ranking in two tiers, as on SQLite: the newest RankAllLimit title (or code) matches, ranked on the
            // small title vector, then, only when they cannot fill the page, the newest RankAllLimit other matches,
            // ranked on the full folded vector. Every candidate set is bounded, so a query matching most of the
            // index ranks at most 2 × RankAllLimit rows. Pages past both tiers (only they compute "o") list the
            // other matches newest first, so that paging reaches every match the total counts.
            var hitsSql = $"""
                WITH t AS MATERIALIZED (
                    SELECT d.item_id, d.is_published, d.date, {string.Join(" + ", titleScores)} AS score
                    FROM (SELECT d.item_id, d.is_published, d.date, d.code_key, d.tsv_title, d.tsv_exact
                          FROM search_documents d WHERE {filters} AND {title} ORDER BY d.date DESC LIMIT {RankAllLimit}) d),
                b AS MATERIALIZED (
                    SELECT d.item_id, d.is_published, d.date FROM search_documents d
                    WHERE {where} AND NOT {title} AND (SELECT count(*) FROM t) < @need
                    ORDER BY d.date DESC LIMIT {RankAllLimit}),
                o AS MATERIALIZED (
                    SELECT d.item_id, d.is_published, d.date FROM search_documents d
                    WHERE {where} AND (SELECT count(*) FROM t) + (SELECT count(*) FROM b) < @need
                      AND NOT EXISTS (SELECT 1 FROM t WHERE t.item_id = d.item_id AND t.is_published = d.is_published)
                      AND NOT EXISTS (SELECT 1 FROM b WHERE b.item_id = d.item_id AND b.is_published = d.is_published)
                    ORDER BY d.date DESC, d.item_id, d.is_published LIMIT @need),
                r AS (
                    SELECT item_id, is_published, date, 0 AS tier, score FROM t
                    UNION ALL
                    SELECT d.item_id, d.is_published, d.date, 1, {string.Join(" + ", bodyScores)}
                    FROM b JOIN search_documents d ON d.item_id = b.item_id AND d.is_published = b.is_published
                    UNION ALL
                    SELECT item_id, is_published, date, 2, 0 FROM o),
                p AS (SELECT * FROM r ORDER BY tier, score DESC, date DESC, item_id, is_published LIMIT @take OFFSET @skip)
                SELECT d.item_id, d.content_type, d.is_published, d.title, d.summary, d.body, d.url, d.date, p.score
                FROM p JOIN search_documents d ON d.item_id = p.item_id AND d.is_published = p.is_published
                ORDER BY p.tier, p.score DESC, p.date DESC, p.item_id, p.is_published
                """;

            // One round trip. The planner does not know that evaluating @@ on a row means decompressing its
            // TOASTed tsv_fold, so with a LIMIT it prefers walking the table or the date index and testing every
            // row (0.2–0.7 s for common words); the GIN bitmap answers the same without touching tsv_fold.
            // Sequential and plain index scans are therefore switched off for these statements only, and the
            // caller's settings restored at the end (set_config(..., true) lasts at most until the transaction ends).
            await using var batch = connection.CreateBatch();
            AddStatement(batch, """
                SELECT set_config('parportal.search_seqscan', current_setting('enable_seqscan'), true),
                       set_config('parportal.search_indexscan', current_setting('enable_indexscan'), true),
                       set_config('parportal.search_parallel', current_setting('max_parallel_workers_per_gather'), true),
                       set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true),
                       set_config('max_parallel_workers_per_gather', '0', true)
                """, []);
            AddStatement(batch, FacetSql(where), parameters);
            AddStatement(batch, hitsSql, parameters);
            AddStatement(batch, """
                SELECT set_config('enable_seqscan', current_setting('parportal.search_seqscan'), true),
                       set_config('enable_indexscan', current_setting('parportal.search_indexscan'), true),
                       set_config('max_parallel_workers_per_gather', current_setting('parportal.search_parallel'), true)
                """, []);
            await using var reader = await batch.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            var (total, rows) = await ReadFacetRowsAsync(reader, ct);
            await reader.NextResultAsync(ct);
            var hits = await ReadHitsAsync(reader, terms, ct);
            var (facets, sampled) = total == 0 ? (SearchFacets.Empty, false) : FacetMath.Build(rows, total);
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

    /// <summary>Browsing without words: newest first from the date index, with count and facets.</summary>
    private static async Task<SearchResults> BrowseAsync(DbConnection connection, string where, List<(string Name, object? Value)> parameters,
        bool includeDrafts, int page, int pageSize, int skip, HashSet<string> terms, CancellationToken ct)
    {
        parameters.Add(("@cap", SearchLimits.MaxCountedTotal));
        parameters.Add(("@sample", SearchLimits.FacetSampleSize));
        parameters.Add(("@take", pageSize));
        parameters.Add(("@skip", skip));
        // Public browsing orders by (is_published, date DESC) first, constant is_published included, so the plan
        // walks ix_search_documents_browse and sorts only ties (incremental sort): ordering by date and item_id
        // alone made PostgreSQL sort every published row (70 ms at 100,000).
        var order = includeDrafts ? "d.date DESC, d.item_id, d.is_published" : "d.is_published, d.date DESC, d.item_id";
        await using var batch = connection.CreateBatch();
        AddStatement(batch, FacetSql(where), parameters);
        AddStatement(batch, $"""
            SELECT d.item_id, d.content_type, d.is_published, d.title, d.summary, d.body, d.url, d.date, 0.0
            FROM search_documents d WHERE {where}
            ORDER BY {order} LIMIT @take OFFSET @skip
            """, parameters);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var (total, rows) = await ReadFacetRowsAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var hits = await ReadHitsAsync(reader, terms, ct);
        var (facets, sampled) = total == 0 ? (SearchFacets.Empty, false) : FacetMath.Build(rows, total);
        return new SearchResults(hits, total, facets, page, pageSize, sampled, total >= SearchLimits.MaxCountedTotal);
    }

    private static void AddStatement(DbBatch batch, string sql, List<(string Name, object? Value)> parameters)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
        }
        batch.BatchCommands.Add(command);
    }

    private static async Task<List<SearchHit>> ReadHitsAsync(DbDataReader reader, HashSet<string> terms, CancellationToken ct)
    {
        var hits = new List<SearchHit>();
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
        return hits;
    }

    /// <summary>
    /// The total (up to <see cref="SearchLimits.MaxCountedTotal"/>, as kind 4) and facet counts over at most
    /// <see cref="SearchLimits.FacetSampleSize"/> matches (scaled above that), from one pass over the matches.
    /// </summary>
    private static string FacetSql(string where) =>
        $"""
        WITH a AS MATERIALIZED (SELECT d.content_type, d.year, d.unit_code, d.unit_name, d.topics FROM search_documents d WHERE {where} LIMIT @cap),
        m AS MATERIALIZED (SELECT * FROM a LIMIT @sample)
        SELECT 4, '', NULL, count(*) FROM a
        UNION ALL SELECT 0, content_type, NULL, count(*) FROM m GROUP BY content_type
        UNION ALL SELECT 1, t, NULL, count(*) FROM m, unnest(m.topics) AS t GROUP BY t
        UNION ALL SELECT 2, year::text, NULL, count(*) FROM m GROUP BY year
        UNION ALL SELECT 3, unit_code, max(unit_name), count(*) FROM m WHERE unit_code IS NOT NULL GROUP BY unit_code
        """;

    private static async Task<(int Total, List<(int Kind, string Value, string? Label, long Count)> Rows)> ReadFacetRowsAsync(DbDataReader reader, CancellationToken ct)
    {
        var total = 0;
        var rows = new List<(int Kind, string Value, string? Label, long Count)>();
        while (await reader.ReadAsync(ct))
        {
            if (reader.GetInt32(0) == 4)
            {
                total = (int)reader.GetInt64(3);
                continue;
            }
            rows.Add((reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3)));
        }
        return (total, rows);
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
        // Every word must be in the title, the last one as a prefix: matched on the small title vector, whose
        // GIN index answers without reading the TOASTed full vector (weight-A queries on tsv_fold had to).
        var tsquery = string.Join(" & ", words.Select((w, i) => Lexeme(w) + (i == words.Count - 1 ? ":*" : "")));
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            await using var command = DbCommands.Create(connection, null,
                """
                SELECT d.item_id, d.content_type, d.title, d.url FROM search_documents d
                WHERE d.is_published AND d.tsv_title @@ to_tsquery('simple', @q)
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
}
