using System.Data.Common;
using Microsoft.Data.Sqlite;
using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

/// <summary>
/// What only the SQLite index has: its compact facets table (and the backfill of an index built before it),
/// and its suggestion order. Runs on its own SQLite file whatever the test provider.
/// </summary>
public sealed class SqliteSearchIndexTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pp_sqlite_search_" + Guid.NewGuid().ToString("N") + ".db");
    private readonly SqliteSearchIndex _index = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return Task.CompletedTask;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await _index.EnsureSchemaAsync(connection);
        return connection;
    }

    private static SearchDocument Doc(string title, string? code, string[] topics, int year, string unit = "SO-TP") =>
        new(Guid.NewGuid(), "Procedure", true, title, "Tóm tắt.", "Nội dung thủ tục.", code, topics, unit, "Sở Tư pháp",
            new DateTimeOffset(year, 3, 1, 8, 0, 0, TimeSpan.FromHours(7)), "/p/" + Guid.NewGuid().ToString("N"));

    private static async Task<List<string>> FacetRowsAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, facets FROM search_facets ORDER BY id";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetValue(i).ToString())));
        }
        return rows;
    }

    [Fact]
    public async Task Upsert_PacksTypeYearTitleLengthCodeUnitAndTopics_InFacetsTable()
    {
        await using var connection = await OpenAsync();
        await _index.UpsertAsync(connection, null, [Doc("Đăng ký khai sinh", "1.001193", ["ho-tich", " tu-phap ", "ho-tich"], 2025)]);

        var row = Assert.Single(await FacetRowsAsync(connection));
        Assert.EndsWith("|Procedure\u001f2025\u001f4\u001f1001193\u001fSO-TP\u001fSở Tư pháp\u001fho-tich\u001etu-phap", row);
    }

    [Fact]
    public async Task Upsert_KeepsFacetsReadable_WhenUnitNameHoldsSeparatorCharacters()
    {
        await using var connection = await OpenAsync();
        var doc = Doc("Đăng ký khai sinh", null, ["ho-tich"], 2025) with { UnitName = "Sở\u001fTư\u001epháp" };
        await _index.UpsertAsync(connection, null, [doc]);

        var results = await _index.SearchAsync(connection, new SearchRequest("khai sinh"));

        Assert.Equal("Sở Tư pháp", Assert.Single(results.Facets.Units).Label);
        Assert.Equal("ho-tich", Assert.Single(results.Facets.Topics).Value);
    }

    [Fact]
    public async Task EnsureSchema_FillsFacetsTable_WhenIndexWasBuiltBeforeIt()
    {
        await using var connection = await OpenAsync();
        await _index.UpsertAsync(connection, null,
        [
            Doc("Cấp phiếu lý lịch tư pháp", "2.000488", ["tu-phap"], 2024),
            Doc("Đăng ký kết hôn có yếu tố nước ngoài", null, [], 2025, unit: "SO-NV"),
            Doc("Chứng thực bản sao từ bản chính", "2.000815", ["chung-thuc", "tu-phap"], 2023),
        ]);
        var expected = await FacetRowsAsync(connection);
        var before = await _index.SearchAsync(connection, new SearchRequest("tu phap"));
        await using (var drop = connection.CreateCommand())
        {
            drop.CommandText = "DROP TABLE search_facets";
            await drop.ExecuteNonQueryAsync();
        }

        await _index.EnsureSchemaAsync(connection);

        Assert.Equal(expected, await FacetRowsAsync(connection));
        var after = await _index.SearchAsync(connection, new SearchRequest("tu phap"));
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Hits.Select(h => h.ItemId), after.Hits.Select(h => h.ItemId));
        Assert.Equal(before.Facets.Topics, after.Facets.Topics);
    }

    [Fact]
    public async Task Delete_RemovesFacetsRow_WithTheDocument()
    {
        await using var connection = await OpenAsync();
        var doc = Doc("Đăng ký khai tử", "1.000656", ["ho-tich"], 2025);
        await _index.UpsertAsync(connection, null, [doc, Doc("Đăng ký giám hộ", null, [], 2025)]);

        await _index.DeleteAsync(connection, null, doc.ItemId, null);

        var row = Assert.Single(await FacetRowsAsync(connection));
        Assert.EndsWith("|Procedure\u001f2025\u001f4\u001f\u001fSO-TP\u001fSở Tư pháp\u001f", row);
    }

    [Fact]
    public async Task Suggest_PutsTitlesBeginningWithTypedWordsFirst_ThenAdjacentThenScattered()
    {
        await using var connection = await OpenAsync();
        var scattered = Doc("Khai sinh và đăng ký", null, [], 2025);
        var adjacent = Doc("Hướng dẫn đăng ký khai sinh", null, [], 2025);
        var starts = Doc("Đăng ký khai sinh cho trẻ em sinh ra ở nước ngoài, theo quy định mới", null, [], 2020);
        await _index.UpsertAsync(connection, null, [starts, adjacent, scattered]);

        var titles = (await _index.SuggestAsync(connection, "dang ky kh", 5)).Select(s => s.Title).ToList();

        Assert.Equal([starts.Title, adjacent.Title, scattered.Title], titles);
    }
}
