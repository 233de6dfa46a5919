using System.Data.Common;
using System.Globalization;
using ParPortal.Features.Search.Ranking;
using ParPortal.Features.Search.Synonyms;

using ParPortal.Features.Search;
using ParPortal.Features.Search.Postgres;

namespace ParPortal.Bench;

/// <summary>
/// The PostgreSQL search as it was before issue 14's statement work (main at 3fc7acf), kept in the bench only so that
/// <c>search --baseline</c> and <c>search-explain --all</c> give before ÷ after ratios in the same run, on the same
/// database and load. Not used by the site.
/// One search on PostgreSQL in one round trip (an ADO.NET batch): the count and exact facets over up to 10,000
/// matches, then the ranked page. Ranking scores bounded candidate sets with <see cref="PostgresRanking"/>'s
/// expression: the newest 1,000 rows whose title and summary hold the query (the title tier), the rows whose code
/// matches, and, only when those cannot fill the page, the newest 1,000 other matches. Below those sizes every match
/// is ranked; above them, an old body-only match of a very common query is reached by paging (past the ranked
/// rows, the other counted matches follow newest first) or by adding words or filters.
/// </summary>
internal static class PostgresSearchBefore
{
    /// <summary>The weight array literal '{d}' (our vectors have no D weight, so setweight(…, 'D', words) marks the query's words).</summary>
    private const string OnlyWeightD = "'{d}'";

    /// <summary>
    /// Rows each candidate set ranks at most: scoring a row decompresses its body vector, so this bounds the work
    /// (1,000 rows cost about 10 ms more than 300 on the 100,000-item benchmark). The title tier is the newest
    /// rows whose title and summary hold the query, so for a very common query older title matches are reached by
    /// adding words or filters.
    /// </summary>
    private const int RankLimit = PostgresSearch.RankLimit;

    /// <param name="explain">When given, the statements' plans (EXPLAIN ANALYZE, BUFFERS) are added to it instead of searching.</param>
    public static async Task<SearchResults> SearchAsync(DbConnection connection, SearchRequest request, SynonymDictionary synonyms, CancellationToken ct, List<string>? explain = null)
    {
        string Explained(string sql) => explain is null ? sql : "EXPLAIN (ANALYZE, BUFFERS) " + sql;
        var (page, pageSize) = SearchPaging.Clamp(request);
        var query = SearchQuery.Parse(request.Query, synonyms);
        if (query.IsEmpty)
        {
            return SearchResults.Empty(page, pageSize);
        }
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            var parameters = new List<(string Name, object? Value)>
            {
                ("@cap", SearchLimits.MaxCountedTotal), ("@need", page * pageSize), ("@take", pageSize), ("@skip", (page - 1) * pageSize),
            };
            var filters = PostgresSearch.Filters(request, parameters);
            await using var batch = connection.CreateBatch();
            if (query.IsBlank)
            {
                // The plan walks ix_search_documents_date newest first and sorts only ties (incremental sort).
                const string order = "d.date DESC, d.item_id, d.is_published";
                PostgresSql.Add(batch, FacetSql(filters), parameters);
                PostgresSql.Add(batch, $"""
                    SELECT d.item_id, d.content_type, d.is_published, d.title, d.summary, d.body, d.url, d.date, 0.0::float8
                    FROM search_documents d WHERE {filters} ORDER BY {order} LIMIT @take OFFSET @skip
                    """, parameters);
                return await ReadAsync(batch, query, page, pageSize, ct, planner: false);
            }

            var words = query.Units.SelectMany(u => u.Code?.Words ?? [u.Word.Folded]).Concat(query.FunctionWords.Select(w => w.Folded)).ToList();
            var (corpus, frequencies) = await PostgresTermStatistics.For(connection).GetAsync(connection, words, ct);
            var ranking = PostgresRanking.Build(query, corpus, frequencies);
            SearchStages.Mark("terms");
            parameters.AddRange(ranking.Parameters);
            var where = filters + " AND " + ranking.MatchCondition;
            var head = filters + " AND " + ranking.HeadCondition;
            var codes = "false";
            for (var i = 0; i < ranking.CodeKeys.Count; i++)
            {
                var name = "@code" + i.ToString(CultureInfo.InvariantCulture) + "k";
                parameters.Add((name, ranking.CodeKeys[i]));
                codes += $" OR d.code_key LIKE {name} || '%'";
            }
            PostgresSql.AddPlannerSwitches(batch);
            PostgresSql.Add(batch, Explained(FacetSql(where, ranking.AllMatch is null ? null : filters + " AND d.tsv_fold @@ @all::tsquery")), parameters);
            // The hits may walk the date index (the title tier of common words); sequential scans stay off.
            PostgresSql.Add(batch, "SELECT set_config('enable_indexscan', 'on', true)", []);
            PostgresSql.Add(batch, Explained(HitsSql(where, head, filters, codes, ranking.Score, ranking.Queries)), parameters);
            PostgresSql.AddPlannerRestore(batch);
            if (explain is not null)
            {
                await using var plans = await batch.ExecuteReaderAsync(ct);
                do
                {
                    while (await plans.ReadAsync(ct))
                    {
                        explain.Add(plans.GetValue(0)?.ToString() ?? "");
                    }
                }
                while (await plans.NextResultAsync(ct));
                return SearchResults.Empty(page, pageSize);
            }
            return await ReadAsync(batch, query, page, pageSize, ct, planner: true);
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>
    /// Candidates: the title tier t (the newest rows whose title and summary hold the query: for common words the
    /// planner walks the date index testing the small inline tsv_head, for rare ones it sorts the GIN matches), the
    /// code matches k, and the other matches b when t and k cannot fill the page (OFFSET 0 keeps b on the GIN bitmap:
    /// walking the date index would decompress the body vector of every row it passes); all scored and sorted
    /// together (score, then newest). Pages past them list the other counted matches newest first (o, computed only
    /// for such pages), so paging reaches every match the total counts.
    /// </summary>
    private static string HitsSql(string where, string head, string filters, string codes, string score, string queries) => $"""
        WITH t AS MATERIALIZED (
            SELECT d.item_id, d.is_published FROM search_documents d WHERE {head} ORDER BY d.date DESC LIMIT {RankLimit}),
        k AS MATERIALIZED (
            SELECT d.item_id, d.is_published FROM search_documents d WHERE {filters} AND ({codes})
              AND NOT EXISTS (SELECT 1 FROM t WHERE t.item_id = d.item_id AND t.is_published = d.is_published) LIMIT 100),
        b AS MATERIALIZED (
            SELECT x.item_id, x.is_published FROM (
                SELECT d.item_id, d.is_published, d.date FROM search_documents d
                WHERE {where} AND NOT (d.tsv_head @@ @head::tsquery) AND NOT ({codes}) AND (SELECT count(*) FROM t) + (SELECT count(*) FROM k) < @need
                OFFSET 0) x
            ORDER BY x.date DESC LIMIT {RankLimit}),
        c AS (SELECT * FROM t UNION ALL SELECT * FROM k UNION ALL SELECT * FROM b),
        s0 AS MATERIALIZED (
            SELECT d.item_id, d.is_published, d.date, d.content_type, d.code_key, d.title_words, d.summary_words, d.tsv_head, d.tsv_exact,
                ts_filter(setweight(d.tsv_fold, 'D', @lexemes::text[]), {OnlyWeightD}) AS fv
            FROM c JOIN search_documents d ON d.item_id = c.item_id AND d.is_published = c.is_published),
        q AS MATERIALIZED (SELECT {queries}),
        s AS MATERIALIZED (SELECT d.item_id, d.is_published, d.date, ({score})::float8 AS score FROM s0 d CROSS JOIN q),
        o AS MATERIALIZED (
            SELECT x.item_id, x.is_published, x.date FROM (
                SELECT d.item_id, d.is_published, d.date FROM search_documents d
                WHERE {where} AND (SELECT count(*) FROM s) < @need
                  AND NOT EXISTS (SELECT 1 FROM s WHERE s.item_id = d.item_id AND s.is_published = d.is_published)
                OFFSET 0) x
            ORDER BY x.date DESC, x.item_id, x.is_published LIMIT @need),
        r AS (
            SELECT item_id, is_published, date, 0 AS tier, score FROM s
            UNION ALL SELECT item_id, is_published, date, 1, 0 FROM o),
        p AS (SELECT * FROM r ORDER BY tier, score DESC, date DESC, item_id, is_published LIMIT @take OFFSET @skip)
        SELECT d.item_id, d.content_type, d.is_published, d.title, d.summary, d.body, d.url, d.date, p.score
        FROM p JOIN search_documents d ON d.item_id = p.item_id AND d.is_published = p.is_published
        ORDER BY p.tier, p.score DESC, p.date DESC, p.item_id, p.is_published
        """;

    /// <summary>
    /// The total (kind 4) and facet counts over at most <see cref="SearchLimits.MaxCountedTotal"/> matches, in one pass.
    /// When not every unit is required, the rows holding all of them are read first (<paramref name="allWords"/>: GIN
    /// intersects their posting lists quickly): if they alone reach the cap, the total is capped either way and the
    /// "at least m of n" match (an OR of ANDs, which GIN evaluates item by item, three to four times slower) is skipped.
    /// Topics are grouped by their stored combination (kind 5) and counted per topic in our code: unnesting every
    /// row's array cost more than the rest of the statement.
    /// </summary>
    private static string FacetSql(string where, string? allWords = null) => allWords is null
        ? $"""
            WITH a AS MATERIALIZED (SELECT d.content_type, d.year, d.unit_code, d.unit_name, d.topics FROM search_documents d WHERE {where} LIMIT @cap)
            {FacetSelect}
            """
        : $"""
            WITH w AS MATERIALIZED (SELECT d.content_type, d.year, d.unit_code, d.unit_name, d.topics FROM search_documents d WHERE {allWords} LIMIT @cap),
            x AS MATERIALIZED (
                SELECT d.content_type, d.year, d.unit_code, d.unit_name, d.topics FROM search_documents d
                WHERE (SELECT count(*) FROM w) < @cap AND {where} LIMIT @cap),
            a AS (SELECT * FROM x UNION ALL SELECT * FROM w WHERE (SELECT count(*) FROM w) >= @cap)
            {FacetSelect}
            """;

    private const string FacetSelect = """
        SELECT 4, '', NULL, count(*) FROM a
        UNION ALL SELECT 0, content_type, NULL, count(*) FROM a GROUP BY content_type
        UNION ALL SELECT 5, array_to_string(topics, chr(31)), NULL, count(*) FROM a GROUP BY topics
        UNION ALL SELECT 2, year::text, NULL, count(*) FROM a GROUP BY year
        UNION ALL SELECT 3, unit_code, max(unit_name), count(*) FROM a WHERE unit_code IS NOT NULL GROUP BY unit_code
        """;

    private static async Task<SearchResults> ReadAsync(DbBatch batch, SearchQuery query, int page, int pageSize, CancellationToken ct, bool planner)
    {
        await using var reader = await batch.ExecuteReaderAsync(ct);
        SearchStages.Mark("execute");
        if (planner)
        {
            await reader.NextResultAsync(ct);
        }
        var total = 0;
        var rows = new List<FacetRow>();
        var topics = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            if (reader.GetInt32(0) == 4)
            {
                total = (int)reader.GetInt64(3);
                continue;
            }
            if (reader.GetInt32(0) == 5)
            {
                foreach (var topic in reader.GetString(1).Split('\u001f', StringSplitOptions.RemoveEmptyEntries))
                {
                    topics[topic] = topics.GetValueOrDefault(topic) + reader.GetInt64(3);
                }
                continue;
            }
            rows.Add(new FacetRow((FacetKind)reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3)));
        }
        rows.AddRange(topics.Select(t => new FacetRow(FacetKind.Topic, t.Key, null, t.Value)));
        SearchStages.Mark("facets");
        await reader.NextResultAsync(ct);
        if (planner)
        {
            // Past the set_config between the two statements.
            await reader.NextResultAsync(ct);
        }
        var hits = new List<SearchHit>();
        while (await reader.ReadAsync(ct))
        {
            var title = reader.GetString(3);
            hits.Add(new SearchHit(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetBoolean(2),
                title,
                SnippetBuilder.Highlight(title, query.HighlightTerms),
                SnippetBuilder.Snippet(query.HighlightTerms, reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(4) ? null : reader.GetString(4)),
                reader.GetString(6),
                new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(7), DateTimeKind.Utc)),
                reader.GetDouble(8)));
        }
        SearchStages.Mark("hits");
        // Facets are exact below the count cap; at the cap they were counted over the first 10,000 matches.
        var capped = total >= SearchLimits.MaxCountedTotal;
        var facets = total == 0 ? SearchFacets.Empty : FacetMath.Build(rows, scale: 1);
        return new SearchResults(hits, total, facets, page, pageSize, FacetsSampled: capped, TotalIsCapped: capped);
    }
}
