namespace ParPortal.Features.Search.Postgres;

/// <summary>
/// The text of the one statement a PostgreSQL search runs (<see cref="PostgresSearch"/>). Its rows are facet counts
/// (kinds 0–5, see <see cref="FacetSql"/>) and the page's hits (kind 9, their rank in the count column), so the match
/// set is found once for both: the GIN bitmap of a common query costs 10–25 ms, and the statement that counted facets
/// and the statement that ranked used to build it two or three times.
/// </summary>
internal static class PostgresSearchSql
{
    /// <summary>Row kind of a hit; facet kinds are 0–5.</summary>
    public const int HitKind = 9;

    /// <summary>The columns of a counted match that facets and the date order read.</summary>
    private const string FacetColumns = "d.item_id, d.is_published, d.date, d.content_type, d.year, d.unit_code, d.unit_name, d.topics, d.code_key";

    /// <summary>
    /// One row in <see cref="SampleFactor"/>, chosen by a hash of the item id (independent of content, filters and
    /// dates), has its vectors in two small partial GIN indexes (<see cref="PostgresSearchIndex"/>). Matching the
    /// sample reads posting lists a sixteenth as long as the whole index's: a common query's first 10,000 matches cost
    /// 27–40 ms (the bitmap holds every match before the first row is read), its sample matches 4–9 ms.
    /// </summary>
    public const int SampleFactor = 16;

    /// <summary>The sample's condition, written as the partial indexes' predicate so the planner uses them.</summary>
    public const string Sampled = "(hashtext(d.item_id::text) & 15) = 0";

    /// <summary>
    /// Sample matches from which the total is taken to be above the cap (10,000): 720 sample matches estimate 11,520,
    /// and a query with at most 10,000 matches (625 expected in the sample, standard deviation 24) reaches 720 (four
    /// standard deviations) with a probability of about 3 in 100,000. Facets are then the sample's counts ×
    /// <see cref="SampleFactor"/>, marked estimated, as issue 14 allows above 10,000 matches (Lucene samples too).
    /// </summary>
    public const int SampleEnough = 720;

    /// <summary>The total row's key when facets were counted over the sample.</summary>
    public const string SampleKey = "sample";

    /// <summary>
    /// Sample matches newer than the body cutoff (<see cref="SampleSql"/>): the full matches newer than the sample's
    /// 40th newest number about 40 × 16 = 640, so the newest <see cref="PostgresSearch.RankLimit"/> (300) body matches
    /// lie above it unless the sample is off by five standard deviations (fewer than 300 would hold 40 sample rows);
    /// then the older rows complete the set, so the set is the same either way.
    /// </summary>
    public const int CutoffSampleRank = 40;

    /// <summary>
    /// Sample title-tier matches that must lie among the newest <see cref="RecentRows"/> rows for them to be walked:
    /// 10 stand for about 160 there. With fewer the walk (4,000 tests, 6–18 ms) would seldom fill the tier and the index
    /// is read after it anyway; with more it often stops early ("chỉ số hài lòng": 300 in the newest 4,000, while its
    /// synonym phrase makes the GIN bitmap cost 40 ms).
    /// </summary>
    public const int WalkSampleRank = 10;

    /// <summary>
    /// Sample matches below which the all-words rows (<see cref="MatchCtes"/>' <c>w</c>) are not read first: they can
    /// reach the cap only if the whole match does, and 600 sample matches stand for about 9,600 (the cap lies four
    /// standard deviations above). Reading them cost a second pass over the same rows ("cai cach hanh chinh" in 2024:
    /// 12 ms for 6,750 rows before the 7,502 of the match). Whatever the sample shows, the match counted is the same.
    /// </summary>
    public const int SampleFewer = 600;

    /// <summary>
    /// Rows the title tier's walk may cover when the title cutoff (the sample's <see cref="CutoffSampleRank"/>-th newest
    /// title match, about 640 full ones newer) lies among them: the walk then runs from the newest row down to that
    /// cutoff (at least the newest <see cref="RecentRows"/>) and stops at the tier's 300th row, so the older title
    /// rows are read through the GIN bitmap only past the cutoff, as before. A tier of 293 in the newest 4,000 ("dịch vụ
    /// công trực tuyến toàn trình") read its last 7 rows through the bitmap of all 7,340 title matches, fetching each to
    /// test its date (25 of 59 ms); walking on costs 1–3 µs a row, and it stops at 300 rows, on average about half
    /// way to the cutoff. Counting the rows above the cutoff reads at most this many date index entries (1–2 ms). (A
    /// bound from a nearer sample rank, 30, fell short of 300 on "cải cách hành chính": the sample held 30 of its 236
    /// newest title rows.)
    /// </summary>
    private const int DenseRows = 16_000;

    /// <summary>
    /// Rows the walk reads at most: every row from the walk's cutoff on (fewer than <see cref="DenseRows"/> from a
    /// title cutoff, about <see cref="RecentRows"/> from the recent one). As a LIMIT on the date order it makes the
    /// planner walk the date index newest first and stop at the tier's 300th row; without it the planner, unable to
    /// see the cutoff, fetched every row of the range through a bitmap and sorted them (9,044 rows tested for 665
    /// matches, 12.7 of 23 ms for "dich vu cong truc tuyen").
    /// </summary>
    private const int WalkRows = DenseRows + RecentRows;

    /// <summary>Set by <see cref="SampleSql"/>: '1' when the sample shows fewer than <see cref="SampleFewer"/> matches.</summary>
    private const string Few = "(coalesce(current_setting('parportal.search_few', true), '') = '1')";

    /// <summary>Set by <see cref="SampleSql"/>: '1' when the sample shows more than 10,000 matches.</summary>
    private const string Big = "(coalesce(current_setting('parportal.search_big', true), '') = '1')";

    /// <summary>
    /// Set by <see cref="SampleSql"/>: the date of the sample's <see cref="CutoffSampleRank"/>-th newest match
    /// (<c>body</c>) or title-tier match (<c>head</c>). Read from a setting, not a CTE, because the planner then sees
    /// its value (it estimates with stable functions) and intersects the date index with the GIN bitmap: with a CTE's
    /// value it assumes a third of the table and walks the date range testing every row's out-of-line body vector.
    /// </summary>
    private static string Cutoff(string which) =>
        $"coalesce(nullif(current_setting('parportal.search_cutoff_{which}', true), ''), '-infinity')::timestamptz";

    /// <summary>
    /// The statement before the search: the sample <c>sm</c> (see <see cref="SampleFactor"/>). When it shows more than
    /// 10,000 matches its facet counts are the result (marked <see cref="SampleKey"/>), and the search statement does
    /// not read the whole match set. Either way it records whether it did and the cutoffs (<see cref="Cutoff"/>: body,
    /// head, and walk: the title cutoff (or the date of the <see cref="RecentRows"/>-th newest row, if older) when it
    /// lies among the newest <see cref="DenseRows"/> rows, else the date of the <see cref="RecentRows"/>-th newest row
    /// when the title tier is dense there, else infinity) for the search statement, which is planned after this one runs. <paramref name="head"/>: the title
    /// tier's condition, "false" when it would read the body vector (no title cutoff then).
    /// </summary>
    public static string SampleSql(string where, string head) => $"""
        WITH sm AS MATERIALIZED (SELECT {FacetColumns}, ({head}) IS TRUE AS h FROM search_documents d WHERE {Sampled} AND {where}),
        sn AS MATERIALIZED (
            SELECT count(*) >= {SampleEnough} AS big, count(*) < {SampleFewer} AS few,
                   (SELECT s.date FROM sm s ORDER BY s.date DESC OFFSET {CutoffSampleRank - 1} LIMIT 1) AS body,
                   (SELECT s.date FROM sm s WHERE s.h ORDER BY s.date DESC OFFSET {CutoffSampleRank - 1} LIMIT 1) AS head,
                   (SELECT s.date FROM sm s WHERE s.h ORDER BY s.date DESC OFFSET {WalkSampleRank - 1} LIMIT 1) AS walk,
                   (SELECT s.date FROM search_documents s ORDER BY s.date DESC OFFSET {RecentRows} LIMIT 1) AS recent FROM sm),
        cfg AS MATERIALIZED (
            SELECT set_config('parportal.search_big', CASE WHEN big THEN '1' ELSE '0' END, true) AS big,
                   set_config('parportal.search_few', CASE WHEN few THEN '1' ELSE '0' END, true) AS few,
                   set_config('parportal.search_cutoff_body', coalesce(body::text, ''), true) AS body,
                   set_config('parportal.search_cutoff_head', coalesce(head::text, ''), true) AS head,
                   set_config('parportal.search_cutoff_walk',
                       CASE WHEN head IS NOT NULL AND (SELECT count(*) FROM (SELECT FROM search_documents s WHERE s.date >= head LIMIT {DenseRows}) x) < {DenseRows}
                            THEN least(head, recent)::text WHEN walk >= recent THEN recent::text ELSE 'infinity' END, true) AS walk FROM sn)
        SELECT f.* FROM ({FacetSql("sm", "true")}) f WHERE (SELECT big FROM cfg) = '1'
        """;

    /// <summary>
    /// The counted matches <c>m</c> with <c>h</c>, whether the title and summary hold the query (the title tier; one
    /// test on the small inline vector per counted row). When the sample showed more than 10,000 matches
    /// (<see cref="SampleSql"/>), <c>m</c> is not read (its count stands at the cap). Otherwise <c>m</c> holds every
    /// match up to the cap (at most @cap): when not every unit is required, the rows holding all of them are read first
    /// (<paramref name="allWords"/>; GIN intersects their posting lists quickly) and, when they alone reach the cap, the
    /// "at least m of n" match (an OR of ANDs, which GIN evaluates item by item, three to four times slower) is
    /// skipped; <c>m</c> is then incomplete and <c>h</c> is not needed (null). The first read is left out when the
    /// sample shows too few matches for it to reach the cap (<see cref="SampleFewer"/>). <c>n</c> holds the count,
    /// read by the statement's guards.
    /// </summary>
    public static string MatchCtes(string where, string? allWords) => (allWords is null
        ? $"""
            m AS MATERIALIZED (
                SELECT {FacetColumns}, d.tsv_head @@ @head::tsquery AS h FROM search_documents d
                WHERE NOT {Big} AND {where} LIMIT @cap)
            """
        : $"""
            w AS MATERIALIZED (
                SELECT {FacetColumns}, NULL::boolean AS h FROM search_documents d WHERE NOT {Big} AND NOT {Few} AND {allWords} LIMIT @cap),
            x AS MATERIALIZED (
                SELECT {FacetColumns}, d.tsv_head @@ @head::tsquery AS h FROM search_documents d
                WHERE NOT {Big} AND (SELECT count(*) FROM w) < @cap AND {where} LIMIT @cap),
            m AS MATERIALIZED (SELECT * FROM x UNION ALL SELECT * FROM w WHERE (SELECT count(*) FROM w) >= @cap)
            """) + $"""
        ,
        n AS MATERIALIZED (SELECT CASE WHEN {Big} THEN @cap ELSE (SELECT count(*) FROM m) END AS c)
        """;

    /// <summary>
    /// The newest <see cref="PostgresSearch.RankLimit"/> rows of <paramref name="rows"/> (a query over <c>d</c> with
    /// its date) older than <paramref name="upper"/>: first those from the cutoff <paramref name="lower"/> on
    /// (<see cref="Cutoff"/>; the date index and the GIN bitmap intersected, about 640 rows fetched instead of every
    /// match: 65 ms → 15 ms for "bưu chính công ích", 33,000 body-only matches), then, only when they are too few,
    /// the older ones. OFFSET 0 keeps each on the GIN bitmap: walking the date index would read every passed row's
    /// body vector.
    /// </summary>
    private static string NewestFromCutoff(string rows, string lower, string upper) => $"""
        (SELECT y.item_id, y.is_published FROM (
            (SELECT x.item_id, x.is_published FROM ({rows} AND d.date >= {lower} AND d.date < {upper} OFFSET 0) x ORDER BY x.date DESC LIMIT {PostgresSearch.RankLimit})
            UNION ALL
            (SELECT x.item_id, x.is_published FROM ({rows} AND d.date < least({lower}, {upper}) OFFSET 0) x ORDER BY x.date DESC LIMIT {PostgresSearch.RankLimit})) y
         LIMIT {PostgresSearch.RankLimit})
        """;

    /// <summary>
    /// Counts over <paramref name="source"/> in one pass (grouping sets): the total (kind 4, its key
    /// <see cref="SampleKey"/> when <paramref name="sampled"/> holds), types (0), topic combinations (5, split per topic
    /// in our code: unnesting every row's array cost more than the rest), years (2) and units (3).
    /// </summary>
    public static string FacetSql(string source, string sampled) => $"""
        SELECT CASE WHEN GROUPING(content_type) = 0 THEN 0 WHEN GROUPING(topics) = 0 THEN 5 WHEN GROUPING(year) = 0 THEN 2
                    WHEN GROUPING(unit_code) = 0 THEN 3 ELSE 4 END AS kind,
               CASE WHEN GROUPING(content_type) = 0 THEN content_type WHEN GROUPING(topics) = 0 THEN array_to_string(topics, chr(31))
                    WHEN GROUPING(year) = 0 THEN year::text WHEN GROUPING(unit_code) = 0 THEN unit_code
                    WHEN {sampled} THEN '{SampleKey}' ELSE '' END AS key,
               max(unit_name) AS label, count(*) AS n,
               NULL::uuid, NULL::text, NULL::boolean, NULL::text, NULL::text, NULL::text, NULL::text, NULL::timestamptz, NULL::float8
        FROM {source} GROUP BY GROUPING SETS ((), (content_type), (topics), (year), (unit_code))
        """;

    /// <summary>Browsing (no words): facets over the filtered rows and the page newest first (the date index, incremental sort of ties).</summary>
    public static string BrowseSql(string filters) => $"""
        WITH m AS MATERIALIZED (SELECT {FacetColumns} FROM search_documents d WHERE {filters} LIMIT @cap)
        {FacetSql("m", "false")}
        UNION ALL
        (SELECT {HitKind}, NULL, NULL, row_number() OVER (ORDER BY d.date DESC, d.item_id, d.is_published),
            d.item_id, d.content_type, d.is_published, d.title, d.summary, d.body, d.url, d.date, 0.0::float8
         FROM search_documents d WHERE {filters} ORDER BY d.date DESC, d.item_id, d.is_published LIMIT @take OFFSET @skip)
        """;

    /// <summary>
    /// Rows, newest first, in which the title tier of a common query is looked for first: walking them in date order
    /// and testing each row's inline title-and-summary vector costs about 1 µs a row, while the GIN bitmap of a query
    /// whose words are in a quarter of all titles visits every such row before sorting (25,000 rows, 60 ms for
    /// "UBND tỉnh", with the planner misjudging the synonym phrase's selectivity). They are read only when the sample
    /// shows enough title matches among them (<see cref="WalkSampleRank"/>); a sparser tier tested all 4,000 rows
    /// (6–18 ms) before going to the index anyway, so it is read from the title cutoff on through the GIN bitmap and
    /// the date index. Their bound stays a subquery the planner cannot see, as before this cutoff work (shown its
    /// value, the planner estimated the range well and still fetched and sorted every row in it). A tier with fewer
    /// than <see cref="PostgresSearch.RankLimit"/> rows there is completed from the older rows, so the tier is the same
    /// newest rows either way.
    /// </summary>
    private const int RecentRows = 4000;

    /// <summary>
    /// The search. When the counted matches are all the matches (fewer than @cap), the candidates come from <c>m</c>:
    /// no second index scan. Otherwise (a common query) as before: the title tier t is the newest
    /// <see cref="PostgresSearch.RankLimit"/> rows whose title and summary hold the query (first among the newest
    /// <see cref="RecentRows"/> rows, walking the date index: IS TRUE keeps the test off the GIN index there), b the newest other matches when t and k cannot fill the page (OFFSET 0
    /// keeps b on the GIN bitmap: walking the date index would read every passed row's body vector). k: code matches.
    /// All are scored together (score, then newest), in two steps: every candidate's score with its body tests failed
    /// and the most they can add (lo ≤ score ≤ lo + bound, from inline columns only), then the whole score, which reads
    /// the out-of-line body vector, only for candidates whose lo + bound reaches the page's last row's lo (the others
    /// cannot be on the page, so they keep lo); pages past them list the other matches newest first
    /// (o), so paging reaches every match the total counts. <paramref name="headOnM"/> is false when the title tier's
    /// test also counts units on the body vector (<c>h</c> tests only the title and summary).
    /// </summary>
    public static string SearchSql(string matchCtes, string where, string head, bool headOnM, string filters, string codes, PostgresScore score, string queries)
    {
        var all = "(SELECT c FROM n) < @cap";
        var tierOnM = headOnM ? all : "false";
        var bodyOnly = NewestFromCutoff($"""
            SELECT d.item_id, d.is_published, d.date FROM search_documents d
            WHERE NOT {all} AND {where} AND NOT (d.tsv_head @@ @head::tsquery) AND NOT ({codes}) AND (SELECT count(*) FROM t) + (SELECT count(*) FROM k) < @need
            """, Cutoff("body"), "'infinity'::timestamptz");
        var olderTitles = NewestFromCutoff($"""
            SELECT d.item_id, d.is_published, d.date FROM search_documents d
            WHERE NOT {tierOnM} AND {filters} AND {head}
            """, Cutoff("head"), Cutoff("walk"));
        return $"""
            WITH {matchCtes},
            t AS MATERIALIZED (
                (SELECT d.item_id, d.is_published FROM m d WHERE {tierOnM} AND d.h ORDER BY d.date DESC LIMIT {PostgresSearch.RankLimit})
                UNION ALL
                (SELECT y.item_id, y.is_published FROM (
                    (SELECT x.item_id, x.is_published FROM (
                        SELECT d.item_id, d.is_published, d.date, ({head}) IS TRUE AS h FROM search_documents d
                        WHERE NOT {tierOnM} AND d.date >= (SELECT {Cutoff("walk")}) AND {filters} ORDER BY d.date DESC LIMIT {WalkRows}) x
                     WHERE x.h ORDER BY x.date DESC LIMIT {PostgresSearch.RankLimit})
                    UNION ALL
                    {olderTitles}) y
                 LIMIT {PostgresSearch.RankLimit})),
            k AS MATERIALIZED (
                SELECT d.item_id, d.is_published FROM search_documents d WHERE {filters} AND ({codes})
                  AND NOT EXISTS (SELECT 1 FROM t WHERE t.item_id = d.item_id AND t.is_published = d.is_published) LIMIT 100),
            b AS MATERIALIZED (
                (SELECT d.item_id, d.is_published FROM m d
                 WHERE {all} AND NOT d.h AND NOT ({codes}) AND (SELECT count(*) FROM t) + (SELECT count(*) FROM k) < @need
                 ORDER BY d.date DESC LIMIT {PostgresSearch.RankLimit})
                UNION ALL
                {bodyOnly}),
            c AS (SELECT * FROM t UNION ALL SELECT * FROM k UNION ALL SELECT * FROM b),
            s0 AS MATERIALIZED (
                SELECT d.item_id, d.is_published, d.date, d.content_type, d.code_key, d.title_words, d.summary_words, d.tsv_head, d.tsv_exact,
                    NULL::tsvector AS fv
                FROM c JOIN search_documents d ON d.item_id = c.item_id AND d.is_published = c.is_published),
            q AS MATERIALIZED (SELECT {queries}),
            s1 AS MATERIALIZED (SELECT d.item_id, d.is_published, d.date, ({score.WithoutBody})::float8 AS lo FROM s0 d CROSS JOIN q),
            thr AS MATERIALIZED (SELECT coalesce((SELECT lo FROM s1 ORDER BY lo DESC OFFSET @need - 1 LIMIT 1), '-infinity'::float8) AS v),
            s2 AS MATERIALIZED (
                SELECT d.item_id, d.is_published, d.date, d.content_type, d.code_key, d.title_words, d.summary_words, d.tsv_head, d.tsv_exact,
                    ts_filter(setweight(d.tsv_fold, 'D', @lexemes::text[]), '{"{d}"}') AS fv
                FROM s1 JOIN search_documents d ON d.item_id = s1.item_id AND d.is_published = s1.is_published
                WHERE s1.lo + {score.Bound} >= (SELECT v FROM thr)),
            s AS MATERIALIZED (
                SELECT d.item_id, d.is_published, d.date, ({score.Full})::float8 AS score FROM s2 d CROSS JOIN q
                UNION ALL SELECT item_id, is_published, date, lo FROM s1 WHERE lo + {score.Bound} < (SELECT v FROM thr)),
            o AS MATERIALIZED (
                (SELECT d.item_id, d.is_published, d.date FROM m d
                 WHERE {all} AND (SELECT count(*) FROM s) < @need
                   AND NOT EXISTS (SELECT 1 FROM s WHERE s.item_id = d.item_id AND s.is_published = d.is_published)
                 ORDER BY d.date DESC, d.item_id, d.is_published LIMIT @need)
                UNION ALL
                (SELECT x.item_id, x.is_published, x.date FROM (
                    SELECT d.item_id, d.is_published, d.date FROM search_documents d
                    WHERE NOT {all} AND {where} AND (SELECT count(*) FROM s) < @need
                      AND NOT EXISTS (SELECT 1 FROM s WHERE s.item_id = d.item_id AND s.is_published = d.is_published)
                    OFFSET 0) x
                 ORDER BY x.date DESC, x.item_id, x.is_published LIMIT @need)),
            r AS (
                SELECT item_id, is_published, date, 0 AS tier, score FROM s
                UNION ALL SELECT item_id, is_published, date, 1, 0 FROM o),
            p AS (SELECT *, row_number() OVER (ORDER BY tier, score DESC, date DESC, item_id, is_published) AS rank
                  FROM r ORDER BY tier, score DESC, date DESC, item_id, is_published LIMIT @take OFFSET @skip)
            SELECT f.* FROM ({FacetSql("m", "false")}) f WHERE NOT {Big}
            UNION ALL
            SELECT {HitKind}, NULL, NULL, p.rank, d.item_id, d.content_type, d.is_published, d.title, d.summary, d.body, d.url, d.date, p.score
            FROM p JOIN search_documents d ON d.item_id = p.item_id AND d.is_published = p.is_published
            """;
    }
}
