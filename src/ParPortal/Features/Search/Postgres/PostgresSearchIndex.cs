using System.Data.Common;
using ParPortal.Features.Search.Synonyms;
using ParPortal.Text;

namespace ParPortal.Features.Search.Postgres;

/// <summary>
/// PostgreSQL full-text index: one table <c>search_documents</c> in the content database, written in the content
/// transaction (several web nodes share it). Vectors are built from the texts our code has already normalised and
/// folded (<see cref="IndexedText"/>), so the 'simple' configuration is enough and no unaccent extension is needed:
/// <c>tsv_exact</c> (exact title A, summary B), <c>tsv_fold</c> (folded title A, summary B, body and code C) and
/// <c>tsv_head</c> (the A and B part of <c>tsv_fold</c>, small and stored inline, so ranking and the title tier
/// never read the large, TOASTed body vector when they do not have to).
/// </summary>
public sealed class PostgresSearchIndex
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
        // Rows are moved out of line (TOAST) down to 128 bytes, so the heap holds the filter, sort and facet columns:
        // counting and faceting visit the heap rows of up to 10,000 matches.
        "ALTER TABLE search_documents SET (toast_tuple_target = 128)",
        "ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS title_key text NOT NULL DEFAULT ''",
        "ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS title_words integer NOT NULL DEFAULT 0",
        "ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS summary_words integer NOT NULL DEFAULT 0",
        "ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS tsv_head tsvector GENERATED ALWAYS AS (ts_filter(tsv_fold, '{a,b}')) STORED",
        // The title-only vector of earlier versions is replaced by tsv_head (title A, summary B).
        "ALTER TABLE search_documents DROP COLUMN IF EXISTS tsv_title",
        // What ranking and suggestions read for every candidate stays inline (MAIN storage leaves a value in the row
        // unless the row cannot fit a page): reading these from TOAST was half of a common query's ranking time.
        "ALTER TABLE search_documents ALTER COLUMN title SET STORAGE MAIN, ALTER COLUMN tsv_head SET STORAGE MAIN, ALTER COLUMN tsv_exact SET STORAGE MAIN",
        // Facets read the type, topics and unit of up to 10,000 matches: out of line, topics and unit names cost a
        // TOAST fetch per row (108 of 234 ms of a common query's facet statement).
        "ALTER TABLE search_documents ALTER COLUMN topics SET STORAGE MAIN, ALTER COLUMN unit_name SET STORAGE MAIN, ALTER COLUMN unit_code SET STORAGE MAIN, ALTER COLUMN code_key SET STORAGE MAIN",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_fold ON search_documents USING gin(tsv_fold)",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_head ON search_documents USING gin(tsv_head)",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_code ON search_documents(code_key text_pattern_ops)",
        // Newest first, for browsing and the title tier's walk. Not led by is_published: the planner would answer
        // "published rows" from it and test the words on each row's out-of-line body vector instead of using GIN.
        "DROP INDEX IF EXISTS ix_search_documents_browse",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_date ON search_documents(date DESC)",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_topics ON search_documents USING gin(topics)",
        // One row in 16 (PostgresSearchSql.Sampled): a common query's facets are estimated from these small indexes
        // instead of reading the first 10,000 matches from the whole index (about 3.5 MB for 100,000 items).
        "CREATE INDEX IF NOT EXISTS ix_search_documents_fold_sample ON search_documents USING gin(tsv_fold) WHERE (hashtext(item_id::text) & 15) = 0",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_head_sample ON search_documents USING gin(tsv_head) WHERE (hashtext(item_id::text) & 15) = 0",
        // Suggestions: titles beginning with the typed words, in key order, straight from this index. Not partial on
        // is_published: the planner would read a partial index just to find published rows. In the "C" collation (byte
        // order) one index serves both the prefix and the order: the text_pattern_ops index it replaces served only
        // the prefix, so a short prefix ("đ": 15,000 titles) read and sorted every match (390 ms).
        "DROP INDEX IF EXISTS ix_search_documents_title_key",
        "DROP INDEX IF EXISTS ix_search_documents_title_prefix",
        "CREATE INDEX IF NOT EXISTS ix_search_documents_title_order ON search_documents((title_key COLLATE \"C\"))",
    ];

    /// <summary>Rows per upsert statement.</summary>
    private const int UpsertBatchSize = 500;

    /// <summary>
    /// Creates or upgrades the table. Idempotent; returns true when rows predate the current layout (rebuild them):
    /// no title key, or no filter lexemes (<see cref="PostgresFilterLexemes"/>).
    /// </summary>
    public async Task<bool> EnsureSchemaAsync(DbConnection connection, CancellationToken ct = default)
    {
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            foreach (var sql in SchemaSql)
            {
                await DbCommands.ExecuteAsync(connection, null, sql, ct);
            }
            await using var stale = DbCommands.Create(connection, null,
                $"SELECT EXISTS(SELECT 1 FROM search_documents d WHERE (d.title_key = '' AND d.title <> '') OR {PostgresFilterLexemes.MissingSql})");
            return (bool)(await stale.ExecuteScalarAsync(ct))!;
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>Inserts or replaces documents, keyed by (ItemId, IsPublished), inside <paramref name="transaction"/> when given.</summary>
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
                INSERT INTO search_documents(item_id, is_published, content_type, year, unit_code, unit_name, date, url, code, code_key, topics,
                    title, summary, body, title_key, title_words, summary_words, tsv_exact, tsv_fold)
                SELECT r.item, r.pub, r.type, r.year, r.unit, r.unit_name, r.date, r.url, r.code, r.code_key,
                    ARRAY(SELECT jsonb_array_elements_text(r.topics::jsonb)), r.title, r.summary, r.body, r.tf, r.tw, r.sw,
                    setweight(to_tsvector('simple', r.tx), 'A') || setweight(to_tsvector('simple', r.sx), 'B'),
                    setweight(to_tsvector('simple', r.tf), 'A') || setweight(to_tsvector('simple', r.sf), 'B') || setweight(to_tsvector('simple', r.bf || ' ' || r.code_key), 'C') || r.fl::tsvector
                FROM unnest(@item, @pub, @type, @year, @unit, @unitName, @date, @url, @code, @codeKey, @topics, @title, @summary, @body, @tx, @sx, @tf, @sf, @bf, @tw, @sw, @fl)
                    AS r(item, pub, type, year, unit, unit_name, date, url, code, code_key, topics, title, summary, body, tx, sx, tf, sf, bf, tw, sw, fl)
                ON CONFLICT (item_id, is_published) DO UPDATE SET
                    content_type = EXCLUDED.content_type, year = EXCLUDED.year, unit_code = EXCLUDED.unit_code, unit_name = EXCLUDED.unit_name,
                    date = EXCLUDED.date, url = EXCLUDED.url, code = EXCLUDED.code, code_key = EXCLUDED.code_key, topics = EXCLUDED.topics,
                    title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body, title_key = EXCLUDED.title_key,
                    title_words = EXCLUDED.title_words, summary_words = EXCLUDED.summary_words, tsv_exact = EXCLUDED.tsv_exact, tsv_fold = EXCLUDED.tsv_fold
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
                var topics = batch.Select(d => d.Topics.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToArray()).ToList();
                command.Add("@topics", topics.Select(t => System.Text.Json.JsonSerializer.Serialize(t)).ToArray());
                command.Add("@title", batch.Select(d => VietnameseText.Nfc(d.Title)).ToArray());
                command.Add("@summary", batch.Select(d => d.Summary is null ? null : VietnameseText.Nfc(d.Summary)).ToArray());
                command.Add("@body", batch.Select(d => d.Body is null ? null : VietnameseText.Nfc(d.Body)).ToArray());
                command.Add("@tx", bt.Select(t => t.TitleExact).ToArray());
                command.Add("@sx", bt.Select(t => t.SummaryExact).ToArray());
                command.Add("@tf", bt.Select(t => t.TitleFolded).ToArray());
                command.Add("@sf", bt.Select(t => t.SummaryFolded).ToArray());
                command.Add("@bf", bt.Select(t => t.BodyFolded).ToArray());
                command.Add("@tw", bt.Select(t => t.TitleWords).ToArray());
                command.Add("@sw", bt.Select(t => t.SummaryWords).ToArray());
                command.Add("@fl", batch.Select((d, i) => PostgresFilterLexemes.Vector(d.ContentType, bt[i].Year, d.UnitCode, topics[i])).ToArray());
                await command.ExecuteNonQueryAsync(ct);
            }
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
            PostgresTermStatistics.NoteWrite(connection, unique.Count);
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

    /// <summary>Removes an item's published row, draft row, or both (<paramref name="isPublished"/> null).</summary>
    public async Task DeleteAsync(DbConnection connection, DbTransaction? transaction, Guid itemId, bool? isPublished, CancellationToken ct = default)
    {
        if (isPublished is { } pub)
        {
            await RunAsync(connection, transaction, "DELETE FROM search_documents WHERE item_id = @item AND is_published = @pub", ct, ("@item", itemId), ("@pub", pub));
        }
        else
        {
            await RunAsync(connection, transaction, "DELETE FROM search_documents WHERE item_id = @item", ct, ("@item", itemId));
        }
        PostgresTermStatistics.NoteWrite(connection, 2);
    }

    /// <summary>Removes every document (before a rebuild, in the rebuild's transaction).</summary>
    public async Task ClearAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct = default)
    {
        await RunAsync(connection, transaction, "DELETE FROM search_documents", ct);
        PostgresTermStatistics.NoteWrite(connection, null);
    }

    /// <summary>Refreshes the planner's statistics after a bulk load.</summary>
    public async Task AnalyzeAsync(DbConnection connection, CancellationToken ct = default)
    {
        await RunAsync(connection, null, "ANALYZE search_documents", ct);
        PostgresTermStatistics.NoteWrite(connection, null);
    }

    /// <summary>Runs a search. Never throws on odd query text.</summary>
    public Task<SearchResults> SearchAsync(DbConnection connection, SearchRequest request, SynonymDictionary synonyms, CancellationToken ct = default) =>
        PostgresSearch.SearchAsync(connection, request, synonyms, ct);

    /// <summary>Published titles beginning with, or else holding, the typed words.</summary>
    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(DbConnection connection, string prefix, int limit, CancellationToken ct = default) =>
        PostgresSuggester.SuggestAsync(connection, prefix, limit, ct);

    private static async Task RunAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var close = await DbCommands.EnsureOpenAsync(connection, ct);
        try
        {
            await DbCommands.ExecuteAsync(connection, transaction, sql, ct, parameters);
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
