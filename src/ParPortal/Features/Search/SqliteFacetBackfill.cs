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
        var rows = new List<(long Id, string Facets)>();
        await using (var read = DbCommands.Create(connection, null,
            """
            SELECT d.id, d.content_type, d.year, d.unit_code, d.unit_name, d.code, d.title,
                   (SELECT group_concat(t.topic, char(30)) FROM search_doc_topics t WHERE t.doc_id = d.id)
            FROM search_docs d WHERE NOT EXISTS (SELECT 1 FROM search_facets f WHERE f.id = d.id)
            """))
        {
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                var code = Text(5);
                var topics = Text(7)?.Split(SqliteFacetRecord.TopicSeparator) ?? [];
                rows.Add((reader.GetInt64(0), SqliteFacetRecord.Pack(reader.GetString(1), reader.GetInt32(2),
                    SqliteSearchIndex.TitleWords(reader.GetString(6)), code is null ? null : VietnameseText.CodeKey(code),
                    Text(3), Text(4), topics)));
            }
        }
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var insert = DbCommands.Create(connection, tx, "INSERT INTO search_facets(id, facets) VALUES(@id, @facets)");
        insert.Add("@id", null);
        insert.Add("@facets", null);
        foreach (var (id, facets) in rows)
        {
            insert.Set("@id", id);
            insert.Set("@facets", facets);
            await insert.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }
}
