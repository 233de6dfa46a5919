using System.Data.Common;
using System.Globalization;
using ParPortal.Features.Search.Ranking;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Features.Search.Postgres;

/// <summary>
/// One search on PostgreSQL in one statement (<see cref="PostgresSearchSql"/>): the count and exact facets over up to
/// 10,000 matches and the ranked page, from one scan of the match. Ranking scores bounded candidate sets with
/// <see cref="PostgresRanking"/>'s expression: the newest <see cref="RankLimit"/> rows whose title and summary hold the
/// query (the title tier), the rows whose code matches, and, only when those cannot fill the page, the newest
/// <see cref="RankLimit"/> other matches. Below those sizes every match is ranked; above them, an old body-only match
/// of a very common query is reached by paging (past the ranked rows, the other counted matches follow newest first)
/// or by adding words or filters.
/// </summary>
internal static class PostgresSearch
{
    /// <summary>
    /// Rows each candidate set ranks at most: scoring a row decompresses its body vector, so this bounds the work
    /// (1,000 rows cost about 10 ms more than 300 on the 100,000-item benchmark). The title tier is the newest
    /// rows whose title and summary hold the query, so for a very common query older title matches are reached by
    /// adding words or filters.
    /// </summary>
    internal const int RankLimit = 300;

    private const string DraftClause =
        " AND (d.is_published = false OR NOT EXISTS (SELECT 1 FROM search_documents d2 WHERE d2.item_id = d.item_id AND d2.is_published = false))";

    /// <param name="explain">When given, the statement's plan (EXPLAIN ANALYZE, BUFFERS) is added to it instead of searching.</param>
    public static async Task<SearchResults> SearchAsync(DbConnection connection, SearchRequest request, SynonymDictionary synonyms, CancellationToken ct, List<string>? explain = null)
    {
        string Explained(string sql) => explain is null ? sql : "EXPLAIN (ANALYZE, BUFFERS) " + sql;
        var (page, pageSize) = SearchPaging.Clamp(request);
        var query = SearchQuery.Parse(request.Query, synonyms, request.RequireAllWords);
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
                PostgresSql.Add(batch, Explained(PostgresSearchSql.BrowseSql(filters)), parameters);
                return await ReadAsync(batch, query, page, pageSize, explain, ct, planner: false, statements: 1);
            }

            var words = query.Units.SelectMany(u => u.Code?.Words ?? [u.Word.Folded]).Concat(query.FunctionWords.Select(w => w.Folded)).ToList();
            var (corpus, frequencies) = await PostgresTermStatistics.For(connection).GetAsync(connection, words, ct);
            var ranking = PostgresRanking.Build(query, corpus, frequencies, PostgresFilterLexemes.Query(request));
            SearchStages.Mark("terms");
            parameters.AddRange(ranking.Parameters);
            var where = filters + " AND " + ranking.MatchCondition;
            var codes = "false";
            for (var i = 0; i < ranking.CodeKeys.Count; i++)
            {
                var name = "@code" + i.ToString(CultureInfo.InvariantCulture) + "k";
                parameters.Add((name, ranking.CodeKeys[i]));
                codes += $" OR d.code_key LIKE {name} || '%'";
            }
            var matches = PostgresSearchSql.MatchCtes(where, ranking.AllMatch is null ? null : filters + " AND d.tsv_fold @@ @all::tsquery");
            // Plain index scans stay on: the title tier of common words walks the date index.
            PostgresSql.AddPlannerSwitches(batch, indexScans: true);
            // The sample's title-tier test is skipped when it would read the body vector (its cutoff is then unset).
            PostgresSql.Add(batch, Explained(PostgresSearchSql.SampleSql(where, ranking.HeadReadsBody ? "false" : ranking.HeadCondition)), parameters);
            PostgresSql.Add(batch, Explained(PostgresSearchSql.SearchSql(
                matches, where, ranking.HeadCondition, !ranking.HeadReadsBody, filters, codes, ranking.Scores, ranking.Queries)), parameters);
            PostgresSql.AddPlannerRestore(batch);
            return await ReadAsync(batch, query, page, pageSize, explain, ct, planner: true, statements: 2);
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
    /// Reads the facet rows and hits of the batch's <paramref name="statements"/> statements (the sample statement's
    /// and the search's; in any order: hits carry their rank), or their plans.
    /// </summary>
    private static async Task<SearchResults> ReadAsync(DbBatch batch, SearchQuery query, int page, int pageSize, List<string>? explain, CancellationToken ct, bool planner, int statements)
    {
        await using var reader = await batch.ExecuteReaderAsync(ct);
        SearchStages.Mark("execute");
        if (planner)
        {
            await reader.NextResultAsync(ct);
        }
        var total = 0;
        var sampled = false;
        var rows = new List<FacetRow>();
        var topics = new Dictionary<string, long>(StringComparer.Ordinal);
        var hits = new List<(long Rank, SearchHit Hit)>();
        for (var statement = 0; statement < statements; statement++)
        {
            if (statement > 0)
            {
                await reader.NextResultAsync(ct);
            }
            while (await reader.ReadAsync(ct))
            {
                if (explain is not null)
                {
                    explain.Add(reader.GetValue(0)?.ToString() ?? "");
                    continue;
                }
                var kind = reader.GetInt32(0);
                if (kind == PostgresSearchSql.HitKind)
                {
                    hits.Add((reader.GetInt64(3), ReadHit(reader, query)));
                }
                else if (kind == 4)
                {
                    // The sample's total (its key says so) stands for the whole match set.
                    var fromSample = reader.GetString(1) == PostgresSearchSql.SampleKey;
                    if (fromSample || !sampled)
                    {
                        total = (int)reader.GetInt64(3);
                        sampled = fromSample;
                    }
                }
                else if (kind == 5)
                {
                    foreach (var topic in reader.GetString(1).Split('\u001f', StringSplitOptions.RemoveEmptyEntries))
                    {
                        topics[topic] = topics.GetValueOrDefault(topic) + reader.GetInt64(3);
                    }
                }
                else if (!reader.IsDBNull(1))
                {
                    // A unit facet of rows without a unit has no key: those rows are not counted under any unit.
                    rows.Add(new FacetRow((FacetKind)kind, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3)));
                }
            }
        }
        if (explain is not null)
        {
            return SearchResults.Empty(page, pageSize);
        }
        rows.AddRange(topics.Select(t => new FacetRow(FacetKind.Topic, t.Key, null, t.Value)));
        SearchStages.Mark("read");
        // Facets are exact below the count cap. Above it they were counted over the sample (and scaled to estimate every
        // match), or, when the sample did not show it, over the first 10,000 matches.
        var capped = sampled || total >= SearchLimits.MaxCountedTotal;
        var facets = total == 0 ? SearchFacets.Empty : FacetMath.Build(rows, scale: sampled ? PostgresSearchSql.SampleFactor : 1);
        total = sampled ? SearchLimits.MaxCountedTotal : total;
        return new SearchResults(hits.OrderBy(h => h.Rank).Select(h => h.Hit).ToList(), total, facets, page, pageSize, FacetsSampled: capped, TotalIsCapped: capped);
    }

    private static SearchHit ReadHit(DbDataReader reader, SearchQuery query)
    {
        var title = reader.GetString(7);
        return new SearchHit(
            reader.GetGuid(4),
            reader.GetString(5),
            reader.GetBoolean(6),
            title,
            SnippetBuilder.Highlight(title, query.HighlightTerms),
            SnippetBuilder.Snippet(query.HighlightTerms, reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(8) ? null : reader.GetString(8)),
            reader.GetString(10),
            new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(11), DateTimeKind.Utc)),
            reader.GetDouble(12));
    }

    /// <summary>The request's filters as SQL over <c>d</c>, their values added to <paramref name="parameters"/>.</summary>
    internal static string Filters(SearchRequest request, List<(string Name, object? Value)> parameters)
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
