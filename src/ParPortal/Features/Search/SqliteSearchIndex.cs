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
public sealed partial class SqliteSearchIndex : ISearchIndex
{
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
        // What a search reads for each of up to a thousand sampled or candidate rows, packed (SqliteFacetRecord),
        // in rows of about 80 bytes: reading it from search_docs, whose rows carry the whole body, touched a page
        // per row and cost three times as much (3.1 against 0.95 ms for 1,000 rows).
        "CREATE TABLE IF NOT EXISTS search_facets(id INTEGER PRIMARY KEY, facets TEXT NOT NULL)",
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
            tx, sx, tf, sf, bf, code, meta,
            content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')
        """,
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS search_titles USING fts5(
            t, tx, code, meta, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')
        """,
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
            await SqliteFacetBackfill.RunAsync(connection, ct);
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
                "DELETE FROM search_fts WHERE rowid = @id; DELETE FROM search_titles WHERE rowid = @id; DELETE FROM search_doc_topics WHERE doc_id = @id; DELETE FROM search_facets WHERE id = @id; DELETE FROM search_docs WHERE id = @id");
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
            await using var insertFacets = DbCommands.Create(connection, tx, "INSERT INTO search_facets(id, facets) VALUES(@id, @facets)");
            insertFacets.Add("@id", null);
            insertFacets.Add("@facets", null);
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

                var topics = FacetTopics(d.Topics);
                insertFacets.Set("@id", id);
                insertFacets.Set("@facets", SqliteFacetRecord.Pack(d.ContentType, t.Year, TitleWords(d.Title), t.CodeKey, d.UnitCode, d.UnitName, topics));
                await insertFacets.ExecuteNonQueryAsync(ct);

                if (d.IsPublished)
                {
                    insertTitle.Set("@id", id);
                    insertTitle.Set("@t", t.TitleFolded);
                    insertTitle.Set("@tx", t.TitleExact);
                    insertTitle.Set("@code", t.CodeKey);
                    insertTitle.Set("@meta", MetaTokens(d, t.Year));
                    await insertTitle.ExecuteNonQueryAsync(ct);
                }
                foreach (var topic in topics)
                {
                    insertTopic.Set("@id", id);
                    insertTopic.Set("@topic", topic);
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
                DELETE FROM search_facets WHERE id IN ({ids});
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
                DELETE FROM search_facets;
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

    /// <summary>A document's distinct topics, trimmed, in the order given.</summary>
    internal static List<string> FacetTopics(IEnumerable<string> topics) =>
        topics.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A title's word count, for length normalisation (the same words the index holds).</summary>
    internal static int TitleWords(string title) => VietnameseText.WordSpans(VietnameseText.Nfc(title)).Count();

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
}
