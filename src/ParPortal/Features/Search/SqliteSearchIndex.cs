using System.Data.Common;
using System.Globalization;
using System.Text;
using ParPortal.Text;

namespace ParPortal.Features.Search;

/// <summary>
/// SQLite FTS5 index. Documents live in <c>search_docs</c> (original text for snippets, facet columns) and
/// <c>search_doc_topics</c>; words live in the contentless FTS5 table <c>search_fts</c> whose rowid is
/// <c>search_docs.id</c>. Folding is done in our code (FTS5's unicode61 does not fold đ), so the tokenizer
/// only splits on the spaces we put between words. Filters are FTS5 tokens in the <c>meta</c> column, so a
/// filtered count is a doclist intersection rather than a join.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    // Column weights: exact title, summary; folded title, summary, body; code key; meta (never scores).
    // Exact columns outweigh folded ones, title outweighs summary outweighs body, and a code typed exactly wins.
    private const string RankFunction = "bm25(10.0, 4.0, 6.0, 2.5, 0.6, 60.0, 0.0)";

    // Title table columns: folded title, exact title, code key, meta.
    private const string TitleRankFunction = "bm25(6.0, 10.0, 60.0, 0.0)";

    private static readonly string[] SchemaSql =
    [
        """
        CREATE TABLE IF NOT EXISTS search_docs(
            id INTEGER PRIMARY KEY,
            item_id TEXT NOT NULL,
            is_published INTEGER NOT NULL,
            content_type TEXT NOT NULL,
            year INTEGER NOT NULL,
            unit_code TEXT,
            unit_name TEXT,
            date_ms INTEGER NOT NULL,
            url TEXT NOT NULL,
            code TEXT,
            title TEXT NOT NULL,
            summary TEXT,
            body TEXT,
            UNIQUE(item_id, is_published))
        """,
        "CREATE INDEX IF NOT EXISTS ix_search_docs_browse ON search_docs(is_published, date_ms)",
        "CREATE TABLE IF NOT EXISTS search_doc_topics(doc_id INTEGER NOT NULL, topic TEXT NOT NULL, PRIMARY KEY(doc_id, topic)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS ix_search_doc_topics_topic ON search_doc_topics(topic, doc_id)",
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
            tx, sx, tf, sf, bf, code, meta,
            content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')
        """,
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS search_titles USING fts5(
            t, tx, code, meta, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')
        """,
        $"INSERT INTO search_titles(search_titles, rank) VALUES('rank', '{TitleRankFunction}')",
        $"INSERT INTO search_fts(search_fts, rank) VALUES('rank', '{RankFunction}')",
        // FTS5 flushes its pending terms to a new segment whenever they pass 'hashsize' (1 MB by default) and
        // then merges segments; a 5,000-document rebuild batch made ten segments. 32 MB makes about one per
        // batch: a 100,000-item rebuild took 16% less CPU (36.5 → 30.6 s) for the same index size.
        $"INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', {FtsHashSize})",
        $"INSERT INTO search_titles(search_titles, rank) VALUES('hashsize', {FtsHashSize})",
    ];

    private const int FtsHashSize = 32 * 1024 * 1024;

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
        var texts = IndexedText.FromMany(documents);
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        var own = transaction is null ? await connection.BeginTransactionAsync(ct) : null;
        var tx = transaction ?? own;
        try
        {
            await using var find = DbCommands.Create(connection, tx, "SELECT id FROM search_docs WHERE item_id = @item AND is_published = @pub");
            find.Add("@item", null);
            find.Add("@pub", null);
            await using var clear = DbCommands.Create(connection, tx,
                "DELETE FROM search_fts WHERE rowid = @id; DELETE FROM search_titles WHERE rowid = @id; DELETE FROM search_doc_topics WHERE doc_id = @id; DELETE FROM search_docs WHERE id = @id");
            clear.Add("@id", null);
            await using var insertDoc = DbCommands.Create(connection, tx,
                """
                INSERT INTO search_docs(item_id, is_published, content_type, year, unit_code, unit_name, date_ms, url, code, title, summary, body)
                VALUES(@item, @pub, @type, @year, @unit, @unitName, @date, @url, @code, @title, @summary, @body) RETURNING id
                """);
            foreach (var name in new[] { "@item", "@pub", "@type", "@year", "@unit", "@unitName", "@date", "@url", "@code", "@title", "@summary", "@body" })
            {
                insertDoc.Add(name, null);
            }
            await using var insertFts = DbCommands.Create(connection, tx,
                "INSERT INTO search_fts(rowid, tx, sx, tf, sf, bf, code, meta) VALUES(@id, @tx, @sx, @tf, @sf, @bf, @code, @meta)");
            foreach (var name in new[] { "@id", "@tx", "@sx", "@tf", "@sf", "@bf", "@code", "@meta" })
            {
                insertFts.Add(name, null);
            }
            await using var insertTitle = DbCommands.Create(connection, tx, "INSERT INTO search_titles(rowid, t, tx, code, meta) VALUES(@id, @t, @tx, @code, @meta)");
            foreach (var name in new[] { "@id", "@t", "@tx", "@code", "@meta" })
            {
                insertTitle.Add(name, null);
            }
            await using var insertTopic = DbCommands.Create(connection, tx, "INSERT OR IGNORE INTO search_doc_topics(doc_id, topic) VALUES(@id, @topic)");
            insertTopic.Add("@id", null);
            insertTopic.Add("@topic", null);

            for (var i = 0; i < documents.Count; i++)
            {
                var d = documents[i];
                var t = texts[i];
                var item = d.ItemId.ToString("D");
                find.Set("@item", item);
                find.Set("@pub", d.IsPublished ? 1 : 0);
                if (await find.ExecuteScalarAsync(ct) is long existing)
                {
                    clear.Set("@id", existing);
                    await clear.ExecuteNonQueryAsync(ct);
                }
                insertDoc.Set("@item", item);
                insertDoc.Set("@pub", d.IsPublished ? 1 : 0);
                insertDoc.Set("@type", d.ContentType);
                insertDoc.Set("@year", t.Year);
                insertDoc.Set("@unit", d.UnitCode);
                insertDoc.Set("@unitName", d.UnitName);
                insertDoc.Set("@date", d.Date.ToUnixTimeMilliseconds());
                insertDoc.Set("@url", d.Url);
                insertDoc.Set("@code", d.Code);
                insertDoc.Set("@title", VietnameseText.Nfc(d.Title));
                insertDoc.Set("@summary", d.Summary is null ? null : VietnameseText.Nfc(d.Summary));
                insertDoc.Set("@body", d.Body is null ? null : VietnameseText.Nfc(d.Body));
                var id = (long)(await insertDoc.ExecuteScalarAsync(ct))!;

                insertFts.Set("@id", id);
                insertFts.Set("@tx", t.TitleExact);
                insertFts.Set("@sx", t.SummaryExact);
                insertFts.Set("@tf", t.TitleFolded);
                insertFts.Set("@sf", t.SummaryFolded);
                insertFts.Set("@bf", t.BodyFolded);
                insertFts.Set("@code", t.CodeKey);
                insertFts.Set("@meta", MetaTokens(d, t.Year));
                await insertFts.ExecuteNonQueryAsync(ct);

                if (d.IsPublished)
                {
                    insertTitle.Set("@id", id);
                    insertTitle.Set("@t", t.TitleFolded);
                    insertTitle.Set("@tx", t.TitleExact);
                    insertTitle.Set("@code", t.CodeKey);
                    insertTitle.Set("@meta", MetaTokens(d, t.Year));
                    await insertTitle.ExecuteNonQueryAsync(ct);
                }
                foreach (var topic in d.Topics.Where(s => !string.IsNullOrWhiteSpace(s)))
                {
                    insertTopic.Set("@id", id);
                    insertTopic.Set("@topic", topic.Trim());
                    await insertTopic.ExecuteNonQueryAsync(ct);
                }
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

    /// <inheritdoc />
    public async Task DeleteAsync(DbConnection connection, DbTransaction? transaction, Guid itemId, bool? isPublished, CancellationToken ct = default)
    {
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            const string ids = "SELECT id FROM search_docs WHERE item_id = @item AND (@pub IS NULL OR is_published = @pub)";
            await DbCommands.ExecuteAsync(connection, transaction,
                $"""
                DELETE FROM search_fts WHERE rowid IN ({ids});
                DELETE FROM search_titles WHERE rowid IN ({ids});
                DELETE FROM search_doc_topics WHERE doc_id IN ({ids});
                DELETE FROM search_docs WHERE id IN ({ids});
                """,
                ct, ("@item", itemId.ToString("D")), ("@pub", isPublished is null ? null : isPublished.Value ? 1 : 0));
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
            await DbCommands.ExecuteAsync(connection, transaction,
                """
                INSERT INTO search_fts(search_fts) VALUES('delete-all');
                INSERT INTO search_titles(search_titles) VALUES('delete-all');
                DELETE FROM search_doc_topics;
                DELETE FROM search_docs;
                """, ct);
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>Merges the FTS5 segments after a bulk rebuild; queries get faster. Optional.</summary>
    public static Task OptimizeAsync(DbConnection connection, CancellationToken ct = default) =>
        DbCommands.ExecuteAsync(connection, null,
            "INSERT INTO search_fts(search_fts) VALUES('optimize'); INSERT INTO search_titles(search_titles) VALUES('optimize');", ct);

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
            await TuneAsync(connection, ct);
            // A public word search leaves drafts out by rowid (NOT IN the draft ids, read from the browse index)
            // rather than with the "spub" token: bm25 walks the whole doclist of every phrase of a ranked expression
            // once per statement, and spub's has one entry per document (100,000); matching got cheaper too.
            // Browsing without words still needs spub as its match expression.
            var publishedOnly = !request.IncludeDrafts && !query.IsBlank ? PublishedRowsOnly : "";
            var filter = MetaFilter(request, publishedToken: !request.IncludeDrafts && query.IsBlank);
            string? WithFilter(string? text) => text is null ? filter : filter is null ? text : $"({text}) AND {filter}";
            // search_titles holds published rows only, so its expressions need no "spub": bm25 walks the whole
            // doclist of every phrase of the expression once per query, and spub's is one entry per document.
            var titleFilter = MetaFilter(request, publishedToken: false);
            string WithTitleFilter(string text) => titleFilter is null ? text : $"({text}) AND {titleFilter}";
            // The match-only expression selects the same rows as the full one with fewer phrases, so counting,
            // windowing and facets use it; only ranking pays for the exact and phrase terms.
            var matchOnly = WithFilter(query.IsBlank ? null : MatchOnlyExpression(query));
            var full = WithFilter(query.IsBlank ? null : MatchExpression(query));  // admin search ranks all matches with it
            // Admin search shows each item's draft instead of its published row when there is one.
            var draftClause = request.IncludeDrafts
                ? " AND (d.is_published = 0 OR NOT EXISTS (SELECT 1 FROM search_docs d2 WHERE d2.item_id = d.item_id AND d2.is_published = 0))"
                : "";
            var skip = (page - 1) * pageSize;

            if (!request.IncludeDrafts)
            {
                // Public search (words, or the "spub" filter when browsing, so there is a match expression). One statement takes the newest matches (up to the facet sample size), counts
                // facets over them and returns their number and oldest id: below the sample size that number is
                // the exact total and nothing else needs counting; above it, the oldest id is where the
                // bounded ranking starts, and only the rest is counted, up to the cap.
                var sample = await FacetSampleAsync(connection, matchOnly, "", publishedOnly, ct);
                var found = sample.Count;
                if (sample.Count >= SearchLimits.FacetSampleSize)
                {
                    found += await ScalarIntAsync(connection,
                        $"SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH @q AND rowid < @below{publishedOnly} LIMIT @cap)",
                        ct, ("@q", matchOnly), ("@below", sample.OldestId), ("@cap", SearchLimits.MaxCountedTotal - sample.Count));
                }
                var ids = found == 0 ? []
                    : query.IsBlank ? await BrowseAsync(connection, request, draftClause, skip, pageSize, ct)
                    : await RankTieredAsync(connection, matchOnly!, WithTitleFilter(TitleExpression(query)!), WithTitleFilter(TitleMatchOnlyExpression(query)!),
                        found > RankAllLimit ? sample.OldestId : 0, publishedOnly, skip, pageSize, ct);
                var (sampleFacets, isSampled) = FacetMath.Build(sample.Rows, found);
                return new SearchResults(await LoadHitsAsync(connection, ids, query, ct), found, sampleFacets, page, pageSize, isSampled,
                    found >= SearchLimits.MaxCountedTotal);
            }

            var total = await ScalarIntAsync(connection,
                matchOnly is null
                    ? $"SELECT count(*) FROM search_docs d WHERE 1 = 1{draftClause}"
                    : request.IncludeDrafts
                        ? $"SELECT count(*) FROM search_fts f JOIN search_docs d ON d.id = f.rowid WHERE search_fts MATCH @q{draftClause}"
                        : "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH @q LIMIT @cap)",
                ct, ("@q", matchOnly), ("@cap", SearchLimits.MaxCountedTotal));

            List<(long Id, double Score)> ranked;
            if (query.IsBlank)
            {
                ranked = await BrowseAsync(connection, request, draftClause, skip, pageSize, ct);
            }
            else
            {
                ranked = await RankedAsync(connection,
                    $"SELECT d.id, f.rank FROM search_fts f JOIN search_docs d ON d.id = f.rowid WHERE search_fts MATCH @q{draftClause} ORDER BY f.rank, d.id LIMIT @take OFFSET @skip",
                    ct, ("@q", full), ("@take", pageSize), ("@skip", skip));
            }

            var hits = await LoadHitsAsync(connection, ranked, query, ct);
            var sampleAll = await FacetSampleAsync(connection, matchOnly, draftClause, "", ct);
            var (facets, sampled) = total == 0 ? (SearchFacets.Empty, false) : FacetMath.Build(sampleAll.Rows, total);
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

    /// <summary>
    /// Browsing without words: newest first by walking the date index and filtering on columns, which stops
    /// after one page instead of sorting every published row.
    /// </summary>
    private static Task<List<(long Id, double Score)>> BrowseAsync(DbConnection connection, SearchRequest request, string draftClause, int skip, int take, CancellationToken ct)
    {
        var (where, parameters) = ColumnFilter(request);
        return RankedAsync(connection,
            $"SELECT d.id, 0.0 FROM search_docs d WHERE {where}{draftClause} ORDER BY d.is_published DESC, d.date_ms DESC, d.id DESC LIMIT @take OFFSET @skip",
            ct, [.. parameters, ("@take", take), ("@skip", skip)]);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Tuned = new();

    /// <summary>
    /// Once per native connection: memory-map the file and give the page cache 16 MB. A search reads index
    /// pages and up to a thousand document rows scattered over a file of hundreds of MB; with the default 2 MB
    /// cache each of those pages was another read() and copy. Reading only; safe on the caller's connection.
    /// </summary>
    private static async Task TuneAsync(DbConnection connection, CancellationToken ct)
    {
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } || Tuned.TryGetValue(handle, out _))
        {
            return;
        }
        await DbCommands.ExecuteAsync(connection, null, "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;", ct);
        Tuned.AddOrUpdate(handle, handle);
    }

    /// <summary>
    /// Leaves draft rows out of a statement on search_fts. Drafts are few (one per item being edited), so the
    /// list is built once per statement from the browse index and each match is a lookup in it.
    /// </summary>
    private const string PublishedRowsOnly = " AND rowid NOT IN (SELECT id FROM search_docs WHERE is_published = 0)";

    /// <summary>Above this many matches, only the newest are ranked; see <see cref="RankTieredAsync"/>.</summary>
    internal const int RankAllLimit = 1000;

    /// <summary>
    /// Public ranking in two tiers. First the rows whose title (or code) matches, ranked in the small title
    /// table, where the exact-diacritic words and the adjacent phrase add to bm25: titles are short, so these
    /// extra phrases cost little. Then every other match, ranked by bm25 on the folded words over all columns.
    /// bm25 costs a few microseconds for every row it ranks and every extra phrase is another pass over
    /// the long body doclists, so the body tier uses the folded words only, and when more than
    /// <see cref="RankAllLimit"/> rows match ("thủ tục hành chính" over 100,000 items) each tier ranks only its
    /// newest <see cref="RankAllLimit"/> matches. Title hits come first, as their weight would put them first
    /// anyway; an old body-only match of a very common query is reached by adding words or filters.
    /// </summary>
    private static async Task<List<(long Id, double Score)>> RankTieredAsync(DbConnection connection,
        string matchOnly, string titleFull, string titleMatchOnly, long oldestRanked, string publishedOnly, int skip, int take, CancellationToken ct)
    {
        var need = skip + take;
        // Every title match is also a match of the whole row, so when no more than RankAllLimit rows match in all
        // (oldestRanked is 0) the title table cannot hold more either and the boundary query is skipped.
        var titled = await RankNewestAsync(connection, "search_titles", titleFull, titleMatchOnly, need, mayBeLarge: oldestRanked > 0, ct);
        var merged = new List<(long Id, double Score)>(titled);
        if (titled.Count < need)
        {
            // The body tier starts at the oldest of the newest matches, which the facet sample already found.
            var rest = await RankedAsync(connection,
                $"SELECT rowid, rank FROM search_fts WHERE search_fts MATCH @q AND rowid >= @from{publishedOnly} ORDER BY rank, rowid LIMIT @take",
                ct, ("@q", matchOnly), ("@from", oldestRanked), ("@take", need + titled.Count));
            var seen = titled.Select(t => t.Id).ToHashSet();
            merged.AddRange(rest.Where(w => !seen.Contains(w.Id)));
        }
        return merged.Skip(skip).Take(take).ToList();
    }

    /// <summary>Ranks the matches of one FTS table, or only its newest <see cref="RankAllLimit"/> when there are more.</summary>
    private static async Task<List<(long Id, double Score)>> RankNewestAsync(DbConnection connection, string table, string full, string matchOnly, int take, bool mayBeLarge, CancellationToken ct)
    {
        var boundary = !mayBeLarge ? null : await ScalarLongAsync(connection,
            $"SELECT rowid FROM {table} WHERE {table} MATCH @q ORDER BY rowid DESC LIMIT 1 OFFSET @offset",
            ct, ("@q", matchOnly), ("@offset", RankAllLimit - 1));
        return await RankedAsync(connection,
            $"SELECT rowid, rank FROM {table} WHERE {table} MATCH @q AND rowid >= @from ORDER BY rank, rowid LIMIT @take",
            ct, ("@q", full), ("@from", boundary ?? 0), ("@take", take));
    }

    private static async Task<List<(long Id, double Score)>> RankedAsync(DbConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = DbCommands.Create(connection, null, sql);
        foreach (var (name, value) in parameters)
        {
            command.Add(name, value);
        }
        var list = new List<(long Id, double Score)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add((reader.GetInt64(0), -reader.GetDouble(1)));
        }
        return list;
    }

    private static async Task<int> ScalarIntAsync(DbConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        (int)(await ScalarLongAsync(connection, sql, ct, parameters) ?? 0);

    private static async Task<long?> ScalarLongAsync(DbConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = DbCommands.Create(connection, null, sql);
        foreach (var (name, value) in parameters)
        {
            command.Add(name, value);
        }
        var result = await command.ExecuteScalarAsync(ct);
        return result is null or DBNull ? null : Convert.ToInt64(result, CultureInfo.InvariantCulture);
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
        var expression = "t : (" + string.Join(" AND ", words.Select((w, i) => i == words.Count - 1 ? Quote(w) + "*" : Quote(w))) + ")";
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            // A one-letter prefix matches most titles: rank only the newest matches, as search does.
            var ranked = await RankNewestAsync(connection, "search_titles", expression, expression, limit, true, ct);
            if (ranked.Count == 0)
            {
                return [];
            }
            await using var command = DbCommands.Create(connection, null,
                "SELECT id, item_id, content_type, title, url FROM search_docs WHERE id IN ("
                + string.Join(',', ranked.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture))) + ")");
            for (var i = 0; i < ranked.Count; i++)
            {
                command.Add("@id" + i.ToString(CultureInfo.InvariantCulture), ranked[i].Id);
            }
            var rows = new Dictionary<long, SearchSuggestion>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows[reader.GetInt64(0)] = new SearchSuggestion(Guid.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4));
            }
            return ranked.Where(r => rows.ContainsKey(r.Id)).Select(r => rows[r.Id]).ToList();
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
    /// The FTS5 expression, built only from our own quoted tokens: all folded words must match (folded
    /// tokens only occur in folded columns, or in exact ones when the word has no diacritics, which is the
    /// same document); the exact words, the words as an adjacent phrase and a code prefix are OR-ed in. The
    /// exact and phrase parts select subsets of the folded match, so they only add to the bm25 score.
    /// </summary>
    internal static string? MatchExpression(SearchQuery query)
    {
        var parts = new List<string>();
        if (query.Folded.Count > 0)
        {
            parts.Add("(" + string.Join(" AND ", query.Folded.Select(Quote)) + ")");
            if (!query.Exact.SequenceEqual(query.Folded))
            {
                parts.Add("{tx sx} : (" + string.Join(" AND ", query.Exact.Select(Quote)) + ")");
            }
            if (query.Folded.Count > 1)
            {
                parts.Add(Quote(string.Join(' ', query.Folded)));
            }
        }
        AddCode(query, parts);
        return parts.Count == 0 ? null : string.Join(" OR ", parts);
    }

    /// <summary>The same rows as <see cref="MatchExpression"/>, with only the phrases needed to select them.</summary>
    internal static string? MatchOnlyExpression(SearchQuery query)
    {
        var parts = new List<string>();
        if (query.Folded.Count > 0)
        {
            parts.Add("(" + string.Join(" AND ", query.Folded.Select(Quote)) + ")");
        }
        AddCode(query, parts);
        return parts.Count == 0 ? null : string.Join(" OR ", parts);
    }

    /// <summary>The ranking expression for the title table (columns t, tx, code).</summary>
    internal static string? TitleExpression(SearchQuery query)
    {
        var parts = new List<string>();
        if (query.Folded.Count > 0)
        {
            parts.Add("t : (" + string.Join(" AND ", query.Folded.Select(Quote)) + ")");
            if (!query.Exact.SequenceEqual(query.Folded))
            {
                parts.Add("tx : (" + string.Join(" AND ", query.Exact.Select(Quote)) + ")");
            }
            if (query.Folded.Count > 1)
            {
                parts.Add("t : " + Quote(string.Join(' ', query.Folded)));
            }
        }
        AddCode(query, parts);
        return parts.Count == 0 ? null : string.Join(" OR ", parts);
    }

    /// <summary>The rows of the title table that <see cref="TitleExpression"/> selects, with fewer phrases.</summary>
    internal static string? TitleMatchOnlyExpression(SearchQuery query)
    {
        var parts = new List<string>();
        if (query.Folded.Count > 0)
        {
            parts.Add("t : (" + string.Join(" AND ", query.Folded.Select(Quote)) + ")");
        }
        AddCode(query, parts);
        return parts.Count == 0 ? null : string.Join(" OR ", parts);
    }

    private static void AddCode(SearchQuery query, List<string> parts)
    {
        if (query.CodeKeys.Count > 0)
        {
            parts.Add("code : (" + string.Join(" OR ", query.CodeKeys.Select(k => Quote(k) + "*")) + ")");
        }
    }

    private static string Quote(string token) => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The request's filters as SQL over search_docs, for browsing without words.</summary>
    private static (string Where, List<(string Name, object? Value)> Parameters) ColumnFilter(SearchRequest request)
    {
        var parameters = new List<(string Name, object? Value)>();
        var where = request.IncludeDrafts ? "1 = 1" : "d.is_published = 1";
        var types = DbCommands.FilterValues(request.Types);
        if (types.Count > 0)
        {
            where += " AND d.content_type IN (" + string.Join(", ", types.Select((t, i) => "@type" + i.ToString(CultureInfo.InvariantCulture))) + ")";
            parameters.AddRange(types.Select((t, i) => ("@type" + i.ToString(CultureInfo.InvariantCulture), (object?)t)));
        }
        var topics = DbCommands.FilterValues(request.Topics);
        if (topics.Count > 0)
        {
            where += " AND EXISTS (SELECT 1 FROM search_doc_topics t WHERE t.doc_id = d.id AND t.topic IN ("
                + string.Join(", ", topics.Select((t, i) => "@topic" + i.ToString(CultureInfo.InvariantCulture))) + "))";
            parameters.AddRange(topics.Select((t, i) => ("@topic" + i.ToString(CultureInfo.InvariantCulture), (object?)t)));
        }
        if (request.Year is { } year)
        {
            where += " AND d.year = @year";
            parameters.Add(("@year", year));
        }
        if (!string.IsNullOrWhiteSpace(request.Unit))
        {
            where += " AND d.unit_code = @unit";
            parameters.Add(("@unit", request.Unit.Trim()));
        }
        return (where, parameters);
    }

    private static string MetaTokens(SearchDocument d, int year)
    {
        var sb = new StringBuilder(d.IsPublished ? "spub" : "sdraft");
        sb.Append(" t").Append(VietnameseText.CodeKey(d.ContentType));
        sb.Append(" y").Append(year.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(d.UnitCode))
        {
            sb.Append(" u").Append(VietnameseText.CodeKey(d.UnitCode));
        }
        foreach (var topic in d.Topics.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            sb.Append(" p").Append(VietnameseText.CodeKey(topic));
        }
        return sb.ToString();
    }

    private static string? MetaFilter(SearchRequest request, bool publishedToken)
    {
        var clauses = new List<string>();
        if (publishedToken)
        {
            clauses.Add("\"spub\"");
        }
        var types = DbCommands.FilterValues(request.Types);
        if (types.Count > 0)
        {
            clauses.Add("(" + string.Join(" OR ", types.Select(t => Quote("t" + VietnameseText.CodeKey(t)))) + ")");
        }
        var topics = DbCommands.FilterValues(request.Topics);
        if (topics.Count > 0)
        {
            clauses.Add("(" + string.Join(" OR ", topics.Select(t => Quote("p" + VietnameseText.CodeKey(t)))) + ")");
        }
        if (request.Year is { } year)
        {
            clauses.Add(Quote("y" + year.ToString(CultureInfo.InvariantCulture)));
        }
        if (!string.IsNullOrWhiteSpace(request.Unit))
        {
            clauses.Add(Quote("u" + VietnameseText.CodeKey(request.Unit)));
        }
        return clauses.Count == 0 ? null : "meta : (" + string.Join(" AND ", clauses) + ")";
    }

    private static async Task<IReadOnlyList<SearchHit>> LoadHitsAsync(DbConnection connection, List<(long Id, double Score)> ranked, SearchQuery query, CancellationToken ct)
    {
        if (ranked.Count == 0)
        {
            return [];
        }
        var terms = new HashSet<string>(query.Folded, StringComparer.Ordinal);
        var rows = new Dictionary<long, SearchHit>();
        await using var command = DbCommands.Create(connection, null,
            "SELECT id, item_id, content_type, is_published, title, summary, body, url, date_ms FROM search_docs WHERE id IN ("
            + string.Join(',', ranked.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture))) + ")");
        for (var i = 0; i < ranked.Count; i++)
        {
            command.Add("@id" + i.ToString(CultureInfo.InvariantCulture), ranked[i].Id);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var title = reader.GetString(4);
            var summary = reader.IsDBNull(5) ? null : reader.GetString(5);
            var body = reader.IsDBNull(6) ? null : reader.GetString(6);
            rows[reader.GetInt64(0)] = new SearchHit(
                Guid.Parse(reader.GetString(1)),
                reader.GetString(2),
                reader.GetInt64(3) == 1,
                title,
                SnippetBuilder.Highlight(title, terms),
                SnippetBuilder.Snippet(terms, body, summary),
                reader.GetString(7),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
                0);
        }
        return ranked.Where(r => rows.ContainsKey(r.Id)).Select(r => rows[r.Id] with { Score = r.Score }).ToList();
    }

    private sealed record FacetSample(List<(int Kind, string Value, string? Label, long Count)> Rows, int Count, long OldestId);

    /// <summary>
    /// Facet counts over the newest <see cref="SearchLimits.FacetSampleSize"/> matches (all of them when there
    /// are fewer), with the number of rows sampled and the oldest sampled id, in one statement.
    /// </summary>
    private static async Task<FacetSample> FacetSampleAsync(DbConnection connection, string? match, string draftClause, string publishedOnly, CancellationToken ct)
    {
        // Counting facets over every match of a very common word is the slow part of faceted search; above
        // the sample size the counts come from a sample and are scaled to the exact total.
        var source = match is null
            ? $"SELECT d.id, d.content_type, d.year, d.unit_code, d.unit_name FROM search_docs d WHERE 1 = 1{draftClause} ORDER BY d.id DESC LIMIT @cap"
            : $"SELECT d.id, d.content_type, d.year, d.unit_code, d.unit_name FROM (SELECT rowid AS id FROM search_fts WHERE search_fts MATCH @q{publishedOnly} ORDER BY rowid DESC LIMIT @cap) s "
              + $"JOIN search_docs d ON d.id = s.id WHERE 1 = 1{draftClause}";
        // CROSS JOIN fixes the join order (SQLite never reorders it): sample first, then each row's topics by
        // primary key. With a plain JOIN the planner walked the whole topic index in topic order to save the
        // GROUP BY sort, probing the sample per entry: 7-10 ms for every search, even one with no match.
        var sql =
            $"""
            WITH m AS MATERIALIZED ({source})
            SELECT 0, content_type, NULL, count(*) FROM m GROUP BY content_type
            UNION ALL SELECT 1, t.topic, NULL, count(*) FROM m CROSS JOIN search_doc_topics t ON t.doc_id = m.id GROUP BY t.topic
            UNION ALL SELECT 2, CAST(year AS TEXT), NULL, count(*) FROM m GROUP BY year
            UNION ALL SELECT 3, unit_code, max(unit_name), count(*) FROM m WHERE unit_code IS NOT NULL GROUP BY unit_code
            UNION ALL SELECT 4, CAST(coalesce(min(id), 0) AS TEXT), NULL, count(*) FROM m
            """;
        await using var command = DbCommands.Create(connection, null, sql);
        command.Add("@q", match);
        command.Add("@cap", SearchLimits.FacetSampleSize);
        var rows = new List<(int Kind, string Value, string? Label, long Count)>();
        int count = 0;
        long oldest = 0;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var kind = reader.GetInt32(0);
                if (kind == 4)
                {
                    oldest = long.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
                    count = (int)reader.GetInt64(3);
                    continue;
                }
                rows.Add((kind, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3)));
            }
        }
        return new FacetSample(rows, count, oldest);
    }
}
