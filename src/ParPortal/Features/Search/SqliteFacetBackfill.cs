using System.Data.Common;
using ParPortal.Text;

namespace ParPortal.Features.Search;

/// <summary>
/// Fills <c>search_facets</c> for an index built before that table existed, once, from what search_docs and
/// search_doc_topics already hold, so that upgrading needs no rebuild.
/// </summary>
internal static class SqliteFacetBackfill
{
    public static async Task RunAsync(DbConnection connection, CancellationToken ct)
    {
        // Counting walks the small browse index and the compact facets table, so this check costs milliseconds at startup.
        await using (var check = DbCommands.Create(connection, null, "SELECT (SELECT count(*) FROM search_docs) - (SELECT count(*) FROM search_facets)"))
        {
            if (Convert.ToInt64(await check.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
        }
        var rows = new List<(long Id, string Type, long Year, string? Unit, string? UnitName, string? Code, string Title, string? Topics)>();
        await using (var read = DbCommands.Create(connection, null,
            """
            SELECT d.id, d.content_type, d.year, d.unit_code, d.unit_name, d.code, d.title,
                   (SELECT group_concat(t.topic, char(31)) FROM search_doc_topics t WHERE t.doc_id = d.id)
            FROM search_docs d WHERE NOT EXISTS (SELECT 1 FROM search_facets f WHERE f.id = d.id)
            """))
        {
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), Text(3), Text(4), Text(5), reader.GetString(6), Text(7)));
            }
        }
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var insert = DbCommands.Create(connection, tx,
            "INSERT INTO search_facets(id, content_type, year, unit_code, unit_name, code_key, title_words, topics) VALUES(@id, @type, @year, @unit, @unitName, @code, @words, @topics)");
        foreach (var name in new[] { "@id", "@type", "@year", "@unit", "@unitName", "@code", "@words", "@topics" })
        {
            insert.Add(name, null);
        }
        foreach (var r in rows)
        {
            var code = r.Code is null ? "" : VietnameseText.CodeKey(r.Code);
            insert.Set("@id", r.Id);
            insert.Set("@type", r.Type);
            insert.Set("@year", r.Year);
            insert.Set("@unit", r.Unit);
            insert.Set("@unitName", r.UnitName);
            insert.Set("@code", code.Length == 0 ? null : code);
            insert.Set("@words", VietnameseText.WordSpans(VietnameseText.Nfc(r.Title)).Count());
            insert.Set("@topics", r.Topics);
            await insert.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }
}
