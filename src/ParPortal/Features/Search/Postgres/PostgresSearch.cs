using System.Data.Common;
using System.Globalization;
using ParPortal.Features.Search.Ranking;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Features.Search.Postgres;

/// <summary>
/// One search on PostgreSQL in one round trip (an ADO.NET batch): the count and exact facets over up to 10,000
/// matches, then the ranked page. Ranking scores bounded candidate sets with <see cref="PostgresRanking"/>'s
/// expression: the newest 1,000 rows whose title and summary hold the query (the title tier), the rows whose code
/// matches, and, only when those cannot fill the page, the newest 1,000 other matches. Below those sizes every match
/// is ranked; above them, an old body-only match of a very common query is reached by paging (past the ranked
/// rows, the other counted matches follow newest first) or by adding words or filters.
/// </summary>
internal static class PostgresSearch
{
    /// <summary>Rows each candidate set ranks at most: scoring a row reads its vectors, so this bounds the work.</summary>
    internal const int RankLimit = 1000;

    private const string DraftClause =
        " AND (d.is_published = false OR NOT EXISTS (SELECT 1 FROM search_documents d2 WHERE d2.item_id = d.item_id AND d2.is_published = false))";

    public static async Task<SearchResults> SearchAsync(DbConnection connection, SearchRequest request, SynonymDictionary synonyms, CancellationToken ct)
    {
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
            var filters = Filters(request, parameters);
            await using var batch = connection.CreateBatch();
            if (query.IsBlank)
            {
                // Public browsing orders by (is_published, date DESC) first, constant is_published included, so the plan
                // walks ix_search_documents_browse and sorts only ties: ordering by date alone sorted every row.
                var order = request.IncludeDrafts ? "d.date DESC, d.item_id, d.is_published" : "d.is_published, d.date DESC, d.item_id";
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
            parameters.AddRange(ranking.Parameters);
            var where = filters + " AND d.tsv_fold @@ @fold::tsquery" + (ranking.CountCondition is { } count ? " AND " + count : "");
            var head = filters + " AND d.tsv_head @@ @head::tsquery" + (ranking.CountCondition is { } c2 ? " AND " + c2 : "");
            var codes = "false";
            for (var i = 0; i < ranking.CodeKeys.Count; i++)
            {
                var name = "@code" + i.ToString(CultureInfo.InvariantCulture) + "k";
                parameters.Add((name, ranking.CodeKeys[i]));
                codes += $" OR d.code_key LIKE {name} || '%'";
            }
            PostgresSql.AddPlannerSwitches(batch);
            PostgresSql.Add(batch, FacetSql(where), parameters);
            PostgresSql.Add(batch, HitsSql(where, head, filters, codes, ranking.Score), parameters);
            PostgresSql.AddPlannerRestore(batch);
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
    /// Candidates: the title tier t, the code matches k, and the other matches b when t and k cannot fill the page;
    /// all scored and sorted together (score, then newest). Pages past them list the other counted matches newest
    /// first (o, computed only for such pages), so paging reaches every match the total counts.
    /// </summary>
    private static string HitsSql(string where, string head, string filters, string codes, string score) => $"""
        WITH t AS MATERIALIZED (
            SELECT d.item_id, d.is_published FROM search_documents d WHERE {head} ORDER BY d.date DESC LIMIT {RankLimit}),
        k AS MATERIALIZED (
            SELECT d.item_id, d.is_published FROM search_documents d WHERE {filters} AND ({codes})
              AND NOT EXISTS (SELECT 1 FROM t WHERE t.item_id = d.item_id AND t.is_published = d.is_published) LIMIT 100),
        b AS MATERIALIZED (
            SELECT d.item_id, d.is_published FROM search_documents d
            WHERE {where} AND NOT (d.tsv_head @@ @head::tsquery) AND NOT ({codes}) AND (SELECT count(*) FROM t) + (SELECT count(*) FROM k) < @need
            ORDER BY d.date DESC LIMIT {RankLimit}),
        c AS (SELECT * FROM t UNION ALL SELECT * FROM k UNION ALL SELECT * FROM b),
        s AS MATERIALIZED (
            SELECT d.item_id, d.is_published, d.date, ({score})::float8 AS score
            FROM c JOIN search_documents d ON d.item_id = c.item_id AND d.is_published = c.is_published),
        o AS MATERIALIZED (
            SELECT d.item_id, d.is_published, d.date FROM search_documents d
            WHERE {where} AND (SELECT count(*) FROM s) < @need
              AND NOT EXISTS (SELECT 1 FROM s WHERE s.item_id = d.item_id AND s.is_published = d.is_published)
            ORDER BY d.date DESC, d.item_id, d.is_published LIMIT @need),
        r AS (
            SELECT item_id, is_published, date, 0 AS tier, score FROM s
            UNION ALL SELECT item_id, is_published, date, 1, 0 FROM o),
        p AS (SELECT * FROM r ORDER BY tier, score DESC, date DESC, item_id, is_published LIMIT @take OFFSET @skip)
        SELECT d.item_id, d.content_type, d.is_published, d.title, d.summary, d.body, d.url, d.date, p.score
        FROM p JOIN search_documents d ON d.item_id = p.item_id AND d.is_published = p.is_published
        ORDER BY p.tier, p.score DESC, p.date DESC, p.item_id, p.is_published
        """;

    /// <summary>The total (kind 4) and facet counts over at most <see cref="SearchLimits.MaxCountedTotal"/> matches, in one pass.</summary>
    private static string FacetSql(string where) => $"""
        WITH a AS MATERIALIZED (SELECT d.content_type, d.year, d.unit_code, d.unit_name, d.topics FROM search_documents d WHERE {where} LIMIT @cap)
        SELECT 4, '', NULL, count(*) FROM a
        UNION ALL SELECT 0, content_type, NULL, count(*) FROM a GROUP BY content_type
        UNION ALL SELECT 1, t, NULL, count(*) FROM a, unnest(a.topics) AS t GROUP BY t
        UNION ALL SELECT 2, year::text, NULL, count(*) FROM a GROUP BY year
        UNION ALL SELECT 3, unit_code, max(unit_name), count(*) FROM a WHERE unit_code IS NOT NULL GROUP BY unit_code
        """;

    private static async Task<SearchResults> ReadAsync(DbBatch batch, SearchQuery query, int page, int pageSize, CancellationToken ct, bool planner)
    {
        await using var reader = await batch.ExecuteReaderAsync(ct);
        if (planner)
        {
            await reader.NextResultAsync(ct);
        }
        var total = 0;
        var rows = new List<FacetRow>();
        while (await reader.ReadAsync(ct))
        {
            if (reader.GetInt32(0) == 4)
            {
                total = (int)reader.GetInt64(3);
                continue;
            }
            rows.Add(new FacetRow((FacetKind)reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3)));
        }
        await reader.NextResultAsync(ct);
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
        // Facets are exact below the count cap; at the cap they were counted over the first 10,000 matches.
        var capped = total >= SearchLimits.MaxCountedTotal;
        var facets = total == 0 ? SearchFacets.Empty : FacetMath.Build(rows, scale: 1);
        return new SearchResults(hits, total, facets, page, pageSize, FacetsSampled: capped, TotalIsCapped: capped);
    }

    private static string Filters(SearchRequest request, List<(string Name, object? Value)> parameters)
    {
        var where = request.IncludeDrafts ? "true" + DraftClause : "d.is_published";
        var types = SearchPaging.FilterValues(request.Types);
        if (types.Count > 0)
        {
            parameters.Add(("@types", types.ToArray()));
            where += " AND d.content_type = ANY(@types)";
        }
        var topics = SearchPaging.FilterValues(request.Topics);
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
