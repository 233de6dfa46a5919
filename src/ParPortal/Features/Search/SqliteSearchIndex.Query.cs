using System.Data.Common;
using System.Globalization;
using ParPortal.Text;

namespace ParPortal.Features.Search;

/// <summary>
/// Searching the SQLite index. FTS5 only matches here: it finds the newest matching rows (a doclist walk that
/// stops early), and our code ranks them with <see cref="SearchScoring"/> from their stored title and summary.
/// </summary>
public sealed partial class SqliteSearchIndex
{
    /// <summary>At most this many title matches are ranked (the body tier ranks the sample); see <see cref="RankAsync"/>.</summary>
    internal const int RankAllLimit = 1000;

    /// <summary>
    /// Leaves draft rows out of a statement on search_fts. Drafts are few (one per item being edited), so the
    /// list is built once per statement from the browse index and each match is a lookup in it; a "spub" token
    /// in the expression would make FTS5 walk a doclist with one entry per document.
    /// </summary>
    private const string PublishedRowsOnly = " AND rowid NOT IN (SELECT id FROM search_docs WHERE is_published = 0)";

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
            await TuneAsync(connection, ct);
            // Browsing without words still needs a match expression for the public sample: the "spub" token.
            var filter = MetaFilter(request, publishedToken: !request.IncludeDrafts && query.IsBlank);
            var words = query.IsBlank ? null : MatchExpression(query);
            var match = words is null ? filter : filter is null ? words : $"({words}) AND {filter}";
            var scope = new Scope(
                // Admin search shows each item's draft instead of its published row when there is one.
                request.IncludeDrafts ? " AND (d.is_published = 0 OR NOT EXISTS (SELECT 1 FROM search_docs d2 WHERE d2.item_id = d.item_id AND d2.is_published = 0))" : "",
                !request.IncludeDrafts && !query.IsBlank ? PublishedRowsOnly : "");

            // The newest matches (up to the sample size) give the facets, the total when there are fewer, the
            // oldest id where counting goes on when there are more, and the candidates for ranking.
            var sample = await SampleAsync(connection, match, scope, query.CodeKeys.Count > 0, ct);
            var total = sample.Rows.Count;
            var floor = sample.OldestId;
            if (total >= SearchLimits.FacetSampleSize)
            {
                var (older, oldest) = await CountOlderAsync(connection, match, scope, sample.OldestId, SearchLimits.MaxCountedTotal - total, ct);
                total += older;
                floor = oldest ?? floor;
            }
            var skip = (page - 1) * pageSize;
            var ids = total == 0 ? []
                : query.IsBlank ? await BrowseAsync(connection, request, scope.Drafts, skip, pageSize, ct)
                : await RankAsync(connection, request, query, sample, new Older(match!, scope, floor), skip, pageSize, ct);
            var (facets, sampled) = total == 0 ? (SearchFacets.Empty, false) : FacetMath.Build(sample.Facets, total);
            return new SearchResults(await LoadHitsAsync(connection, ids, query, ct), total, facets, page, pageSize, sampled,
                total >= SearchLimits.MaxCountedTotal);
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>How a statement on search_fts keeps to the rows the caller may see (admin: drafts; public: published).</summary>
    private sealed record Scope(string Drafts, string PublishedOnly);

    /// <summary>A sampled or candidate row with what ranking needs.</summary>
    private sealed record SampleRow(long Id, string? CodeKey, int TitleWords)
    {
        /// <summary>Reads (id, packed facets); the code key only when the query has codes to compare it with.</summary>
        public static SampleRow Read(DbDataReader reader, Range[] ranges, bool codes, out SqliteFacetRecord.Fields row)
        {
            row = new SqliteFacetRecord.Fields(reader.GetString(1), ranges);
            return new SampleRow(reader.GetInt64(0), codes && !row.CodeKey.IsEmpty ? row.CodeKey.ToString() : null, row.TitleWords);
        }
    }

    /// <summary>
    /// The ids of the rows the caller may see that match, newest first, within <paramref name="bounds"/> (SQL
    /// conditions on "{id}", the id column). With no expression (admin browsing) every row in scope matches.
    /// CROSS JOIN fixes the join order (SQLite never reorders it); the draft clause sits inside any LIMIT the
    /// caller adds, so that a limited list is full whenever more rows match.
    /// </summary>
    private static string MatchingIds(string? match, Scope scope, string bounds = "") =>
        match is null
            ? $"SELECT d.id AS id FROM search_docs d WHERE 1 = 1{bounds.Replace("{id}", "d.id", StringComparison.Ordinal)}{scope.Drafts} ORDER BY d.id DESC"
            : scope.Drafts.Length == 0
                ? $"SELECT rowid AS id FROM search_fts WHERE search_fts MATCH @q{bounds.Replace("{id}", "rowid", StringComparison.Ordinal)}{scope.PublishedOnly} ORDER BY rowid DESC"
                : $"SELECT f.rowid AS id FROM search_fts f CROSS JOIN search_docs d ON d.id = f.rowid WHERE search_fts MATCH @q{bounds.Replace("{id}", "f.rowid", StringComparison.Ordinal)}{scope.Drafts} ORDER BY f.rowid DESC";

    /// <summary>The sample's facet counts (kind, value, label, count) and its rows.</summary>
    private sealed record Sample(List<(int Kind, string Value, string? Label, long Count)> Facets, List<SampleRow> Rows, long OldestId);

    /// <summary>
    /// The newest <see cref="SearchLimits.FacetSampleSize"/> matches (all when fewer), read in one statement and
    /// counted into facets as they are read. Grouping the same rows in SQLite (a materialised table and four
    /// GROUP BYs) cost as much as reading them, and topic combinations hardly repeat, so counting happens here.
    /// </summary>
    private static async Task<Sample> SampleAsync(DbConnection connection, string? match, Scope scope, bool codes, CancellationToken ct)
    {
        // The sample first, then each row's facets by primary key.
        await using var command = DbCommands.Create(connection, null,
            $"SELECT x.id, x.facets FROM ({MatchingIds(match, scope)} LIMIT @cap) s CROSS JOIN search_facets x ON x.id = s.id");
        command.Add("@q", match);
        command.Add("@cap", SearchLimits.FacetSampleSize);
        var counter = new SqliteFacetCounter();
        var rows = new List<SampleRow>();
        var oldest = long.MaxValue;
        var ranges = new Range[SqliteFacetRecord.Slots];
        // SQLite answers synchronously; the async reader calls only wrap the same work, a thousand times here.
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (reader.Read())
        {
            var sampled = SampleRow.Read(reader, ranges, codes, out var row);
            counter.Add(row);
            rows.Add(sampled);
            oldest = Math.Min(oldest, sampled.Id);
        }
        return new Sample(counter.Rows(), rows, rows.Count == 0 ? 0 : oldest);
    }

    /// <summary>
    /// Counts the matches older than the sample, newest first, up to <paramref name="cap"/>, and returns the
    /// oldest one counted: the floor below which ranking does not look (see <see cref="RankAsync"/>).
    /// </summary>
    private static async Task<(int Count, long? Oldest)> CountOlderAsync(DbConnection connection, string? match, Scope scope, long below, int cap, CancellationToken ct)
    {
        await using var command = DbCommands.Create(connection, null,
            $"SELECT count(*), min(id) FROM ({MatchingIds(match, scope, " AND {id} < @below")} LIMIT @cap)");
        command.Add("@q", match);
        command.Add("@below", below);
        command.Add("@cap", cap);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return reader.Read() ? (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt64(1)) : (0, null);
    }

    /// <summary>
    /// Public and admin ranking in two tiers. First the rows whose title holds every query word (or whose code
    /// matches), then the others, each ordered by <see cref="SearchScoring"/> and then newest first. Both tiers
    /// are bounded: when more rows match than the sample holds ("thủ tục hành chính" over 100,000 items), the
    /// title tier is the newest <see cref="RankAllLimit"/> title matches among the rows counted (the newest
    /// <see cref="SearchLimits.MaxCountedTotal"/> matches, from the floor in <paramref name="older"/> on), which can be
    /// older than the sample, and the body tier is the sample. The floor keeps a filtered query whose titles
    /// rarely match from walking the whole title table. Pages past both tiers list the other counted matches,
    /// newest first. What scoring needs to know of each row comes from plain FTS5 matches over the
    /// candidates' rowid range (<see cref="FeaturesAsync"/>), never from bm25.
    /// </summary>
    private static async Task<List<(long Id, double Score)>> RankAsync(DbConnection connection, SearchRequest request, SearchQuery query, Sample sample,
        Older older, int skip, int take, CancellationToken ct)
    {
        var need = skip + take;
        // The request's filters narrow each feature's walk as they narrowed the candidates.
        var filter = MetaFilter(request, publishedToken: false);
        // search_titles holds published rows only, so admin search (drafts) reads titles from search_fts.
        var columns = request.IncludeDrafts ? TitleColumns.Drafts : TitleColumns.Published;
        var fromTitles = sample.Rows.Count >= SearchLimits.FacetSampleSize && !request.IncludeDrafts;
        var candidates = fromTitles ? await TitleCandidatesAsync(connection, query, filter, older.Floor, ct) : sample.Rows;
        // Title candidates of a query without a code all hold every word in their title: no need to ask.
        var allInTitle = fromTitles && query.CodeKeys.Count == 0;
        var ranked = new List<(long Id, double Score)>();
        if (candidates.Count > 0)
        {
            var title = await FeaturesAsync(connection, candidates.Min(c => c.Id), TitleFeatures(query, columns, allInTitle), filter, ct);
            ranked.AddRange(Ordered(candidates
                .Select(c => (c.Id, Code: SearchScoring.Code(query, c.CodeKey), Words: allInTitle || title.Has(InTitle, c.Id), c.TitleWords))
                .Where(c => c.Words || c.Code > 0)
                .Select(c => (c.Id, SearchScoring.Title(c.Code, c.Words, title.Has(ExactInTitle, c.Id), title.Has(AdjacentInTitle, c.Id), c.TitleWords)))));
        }
        if (ranked.Count < need)
        {
            var inTitleTier = ranked.Select(r => r.Id).ToHashSet();
            var body = sample.Rows.Where(r => !inTitleTier.Contains(r.Id)).ToList();
            if (body.Count > 0)
            {
                var found = await FeaturesAsync(connection, sample.OldestId, BodyFeatures(query), filter, ct);
                ranked.AddRange(Ordered(body.Select(r => (r.Id, SearchScoring.Body(SearchScoring.Code(query, r.CodeKey),
                    found.Has(AllInSummary, r.Id), found.Has(ExactAnywhere, r.Id), found.Has(AdjacentAnywhere, r.Id))))));
            }
        }
        if (ranked.Count < need && sample.Rows.Count >= SearchLimits.FacetSampleSize)
        {
            // Tier 3, for pages past the ranked tiers: the counted matches older than the sample, newest first,
            // so that paging reaches every match the total counts.
            var inRanked = ranked.Select(r => r.Id).ToHashSet();
            var olderTitled = ranked.Count(r => r.Id < sample.OldestId);
            var rest = await OlderMatchesAsync(connection, older, sample.OldestId, need - ranked.Count + olderTitled, ct);
            ranked.AddRange(rest.Where(id => !inRanked.Contains(id)).Select(id => (id, 0.0)));
        }
        return ranked.Skip(skip).Take(take).ToList();
    }

    /// <summary>What reaching the matches older than the sample needs: the expression, the scope, and the counted floor.</summary>
    private sealed record Older(string Match, Scope Scope, long Floor);

    /// <summary>Up to <paramref name="take"/> matches below <paramref name="below"/> and from the floor on, newest first.</summary>
    private static async Task<List<long>> OlderMatchesAsync(DbConnection connection, Older older, long below, int take, CancellationToken ct)
    {
        await using var command = DbCommands.Create(connection, null,
            $"{MatchingIds(older.Match, older.Scope, " AND {id} < @below AND {id} >= @floor")} LIMIT @take");
        command.Add("@q", older.Match);
        command.Add("@below", below);
        command.Add("@floor", older.Floor);
        command.Add("@take", take);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    private static List<(long Id, double Score)> Ordered(IEnumerable<(long Id, double Score)> scored) =>
        scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.Id).ToList();

    /// <summary>The newest <see cref="RankAllLimit"/> published rows from <paramref name="floor"/> on whose title (or code) matches.</summary>
    private static async Task<List<SampleRow>> TitleCandidatesAsync(DbConnection connection, SearchQuery query, string? filter,
        long floor, CancellationToken ct)
    {
        var titleMatch = MatchExpression(query, "t")!;
        await using var command = DbCommands.Create(connection, null,
            """
            SELECT x.id, x.facets
            FROM (SELECT rowid AS id FROM search_titles WHERE search_titles MATCH @q AND rowid >= @floor ORDER BY rowid DESC LIMIT @n) s
            CROSS JOIN search_facets x ON x.id = s.id
            """);
        command.Add("@q", filter is null ? titleMatch : $"({titleMatch}) AND {filter}");
        command.Add("@floor", floor);
        command.Add("@n", RankAllLimit);
        var list = new List<SampleRow>();
        var ranges = new Range[SqliteFacetRecord.Slots];
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (reader.Read())
        {
            list.Add(SampleRow.Read(reader, ranges, query.CodeKeys.Count > 0, out _));
        }
        return list;
    }

    // Feature tags: what a row is known to hold.
    private const int InTitle = 0, ExactInTitle = 1, AdjacentInTitle = 2, AllInSummary = 3, ExactAnywhere = 4, AdjacentAnywhere = 5, TitleStarts = 6;

    /// <summary>Where titles are matched: the small title table (published rows) or the title columns of search_fts.</summary>
    private sealed record TitleColumns(string Table, string Folded, string Exact)
    {
        public static readonly TitleColumns Published = new("search_titles", "t", "tx");
        public static readonly TitleColumns Drafts = new("search_fts", "tf", "tx");
    }

    private static List<(int Tag, string Table, string Expression)> TitleFeatures(SearchQuery query, TitleColumns c, bool allInTitle)
    {
        var list = new List<(int Tag, string Table, string Expression)>();
        if (query.Folded.Count > 0)
        {
            if (!allInTitle)
            {
                list.Add((InTitle, c.Table, $"{c.Folded} : ({AllOf(query.Folded)})"));
            }
            if (SearchScoring.HasDiacritics(query))
            {
                list.Add((ExactInTitle, c.Table, $"{c.Exact} : ({AllOf(query.Exact)})"));
            }
            if (query.Folded.Count > 1)
            {
                list.Add((AdjacentInTitle, c.Table, $"{c.Folded} : {Quote(string.Join(' ', query.Folded))}"));
            }
        }
        return list;
    }

    private static List<(int Tag, string Table, string Expression)> BodyFeatures(SearchQuery query)
    {
        var list = new List<(int Tag, string Table, string Expression)>();
        if (query.Folded.Count > 0)
        {
            list.Add((AllInSummary, "search_fts", $"sf : ({AllOf(query.Folded)})"));
            if (SearchScoring.HasDiacritics(query))
            {
                list.Add((ExactAnywhere, "search_fts", $"{{tx sx}} : ({AllOf(query.Exact)})"));
            }
            if (query.Folded.Count > 1)
            {
                list.Add((AdjacentAnywhere, "search_fts", $"{{tf sf bf}} : {Quote(string.Join(' ', query.Folded))}"));
            }
        }
        return list;
    }

    private static string AllOf(IEnumerable<string> words) => string.Join(" AND ", words.Select(Quote));

    /// <summary>Rows known to hold each feature.</summary>
    private sealed class FeatureSets
    {
        private readonly Dictionary<int, HashSet<long>> _sets = [];

        public void Add(int tag, long id)
        {
            if (!_sets.TryGetValue(tag, out var set))
            {
                _sets[tag] = set = [];
            }
            set.Add(id);
        }

        public bool Has(int tag, long id) => _sets.TryGetValue(tag, out var set) && set.Contains(id);
    }

    /// <summary>
    /// The rows from <paramref name="from"/> on that match each feature's expression, in one statement. Each part
    /// is a doclist walk that starts at the rowid, so its cost follows the candidates, not the table.
    /// </summary>
    private static async Task<FeatureSets> FeaturesAsync(DbConnection connection, long from, List<(int Tag, string Table, string Expression)> features, string? filter, CancellationToken ct)
    {
        var sets = new FeatureSets();
        if (features.Count == 0)
        {
            return sets;
        }
        await using var command = DbCommands.Create(connection, null, string.Join(" UNION ALL ", features.Select((f, i) =>
            $"SELECT {f.Tag.ToString(CultureInfo.InvariantCulture)}, rowid FROM {f.Table} WHERE {f.Table} MATCH @f{i.ToString(CultureInfo.InvariantCulture)} AND rowid >= @from")));
        for (var i = 0; i < features.Count; i++)
        {
            command.Add("@f" + i.ToString(CultureInfo.InvariantCulture), filter is null ? features[i].Expression : $"({features[i].Expression}) AND {filter}");
        }
        command.Add("@from", from);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            sets.Add(reader.GetInt32(0), reader.GetInt64(1));
        }
        return sets;
    }

    /// <summary>
    /// Browsing without words: newest first by walking the date index and filtering on columns, which stops
    /// after one page instead of sorting every published row.
    /// </summary>
    private static async Task<List<(long Id, double Score)>> BrowseAsync(DbConnection connection, SearchRequest request, string draftClause, int skip, int take, CancellationToken ct)
    {
        var (where, parameters) = ColumnFilter(request);
        await using var command = DbCommands.Create(connection, null,
            $"SELECT d.id FROM search_docs d WHERE {where}{draftClause} ORDER BY d.is_published DESC, d.date_ms DESC, d.id DESC LIMIT @take OFFSET @skip");
        foreach (var (name, value) in parameters)
        {
            command.Add(name, value);
        }
        command.Add("@take", take);
        command.Add("@skip", skip);
        var ids = new List<(long Id, double Score)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add((reader.GetInt64(0), 0));
        }
        return ids;
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

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(DbConnection connection, string prefix, int limit, CancellationToken ct = default)
    {
        var words = SearchQuery.ParsePrefix(prefix);
        limit = Math.Clamp(limit, 1, 50);
        if (words.Count == 0)
        {
            return [];
        }
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            await TuneAsync(connection, ct);
            // A one-letter prefix matches most titles: score only the newest matches, as search does.
            var candidates = new List<(long Id, int TitleWords)>();
            await using (var command = DbCommands.Create(connection, null,
                """
                SELECT x.id, x.facets
                FROM (SELECT rowid AS id FROM search_titles WHERE search_titles MATCH @q ORDER BY rowid DESC LIMIT @n) s
                CROSS JOIN search_facets x ON x.id = s.id
                """))
            {
                command.Add("@q", "t : (" + string.Join(" AND ", words.Select((w, i) => i == words.Count - 1 ? Quote(w) + "*" : Quote(w))) + ")");
                command.Add("@n", RankAllLimit);
                var ranges = new Range[SqliteFacetRecord.Slots];
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (reader.Read())
                {
                    candidates.Add((reader.GetInt64(0), new SqliteFacetRecord.Fields(reader.GetString(1), ranges).TitleWords));
                }
            }
            if (candidates.Count == 0)
            {
                return [];
            }
            // The typed words as a phrase whose last word is a prefix: at the start of the title, or anywhere
            // (every candidate holds a single typed word, so adjacency is asked only of several).
            var phrase = Quote(string.Join(' ', words)) + " *";
            var features = new List<(int Tag, string Table, string Expression)> { (TitleStarts, "search_titles", "t : ^ " + phrase) };
            if (words.Count > 1)
            {
                features.Add((AdjacentInTitle, "search_titles", "t : " + phrase));
            }
            var found = await FeaturesAsync(connection, candidates.Min(c => c.Id), features, null, ct);
            var top = candidates
                .OrderByDescending(c => SearchScoring.Suggestion(found.Has(TitleStarts, c.Id), words.Count == 1 || found.Has(AdjacentInTitle, c.Id), c.TitleWords))
                .ThenByDescending(c => c.Id)
                .Take(limit)
                .Select(c => c.Id)
                .ToList();
            return await SuggestionsAsync(connection, top, ct);
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task<List<SearchSuggestion>> SuggestionsAsync(DbConnection connection, List<long> ids, CancellationToken ct)
    {
        await using var command = DbCommands.Create(connection, null,
            "SELECT id, item_id, content_type, title, url FROM search_docs WHERE id IN ("
            + string.Join(',', ids.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture))) + ")");
        for (var i = 0; i < ids.Count; i++)
        {
            command.Add("@id" + i.ToString(CultureInfo.InvariantCulture), ids[i]);
        }
        var rows = new Dictionary<long, SearchSuggestion>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows[reader.GetInt64(0)] = new SearchSuggestion(Guid.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4));
        }
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    /// <summary>
    /// The FTS5 expression, built only from our own quoted tokens: all folded words must match (folded tokens
    /// only occur in folded columns, or in exact ones when the word has no diacritics, which is the same
    /// document), in <paramref name="column"/> when given (the title table's "t"), or a code prefix.
    /// </summary>
    internal static string? MatchExpression(SearchQuery query, string? column = null)
    {
        var parts = new List<string>();
        if (query.Folded.Count > 0)
        {
            parts.Add((column is null ? "" : column + " : ") + "(" + AllOf(query.Folded) + ")");
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
}
