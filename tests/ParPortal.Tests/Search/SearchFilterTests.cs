using Npgsql;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Postgres;

namespace ParPortal.Tests.Search;

/// <summary>
/// Filters (type, topic, year, unit) keep exactly the rows that hold every filter. PostgreSQL also writes them as
/// lexemes of the folded vector and ANDs them into the match so GIN reads only the filtered rows; odd values (quotes,
/// backslashes, spaces, a value too long for a lexeme) must filter the same, and rows written before the lexemes must
/// make the index rebuild itself.
/// </summary>
public class SearchFilterTests(SearchTestDatabase db) : IClassFixture<SearchTestDatabase>
{
    private static readonly string LongTopic = "chu-de-" + new string('x', 600);
    private static readonly string[] Types = ["Procedure", "Article", "Document"];
    private static readonly string[] Units = ["SO-TP", "O'Brien\\unit", "SO NV"];
    private static readonly string[][] Topics = [["dat-dai"], ["dat-dai", "xay dung"], [], [LongTopic]];

    private static List<SearchDocument> Rows(string word)
    {
        var when = new DateTimeOffset(2021, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));
        return Enumerable.Range(0, 72).Select(i => new SearchDocument(
            Guid.NewGuid(), Types[i % 3], true, $"Hồ sơ {word} số {i}", null, "Nội dung hồ sơ.", null, Topics[i % 4],
            Units[i / 3 % 3], "Đơn vị " + (i / 3 % 3), when.AddYears(i % 2).AddDays(i), $"/f/{word}/{i}")).ToList();
    }

    public static TheoryData<string?, string?, int?, string?> Filters => new()
    {
        { "Procedure", null, null, null },
        { null, "dat-dai", null, null },
        { null, "xay dung", 2022, null },
        { null, null, 2021, "O'Brien\\unit" },
        { "Article", null, null, "SO NV" },
        { null, LongTopic, null, null },
        { "Document", "dat-dai", 2022, "SO-TP" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Search_KeepsExactlyTheFilteredRows_WhenFiltersHoldOddValues(string? type, string? topic, int? year, string? unit)
    {
        var word = "loc" + Guid.NewGuid().ToString("N")[..6];
        var rows = Rows(word);
        await db.UpsertAsync(rows);

        var results = await db.SearchAsync(new SearchRequest(word, type is null ? null : [type], topic is null ? null : [topic], year, unit, PageSize: 50));

        var expected = rows.Where(r => (type is null || r.ContentType == type) && (topic is null || r.Topics.Contains(topic))
            && (year is null || r.Date.ToOffset(TimeSpan.FromHours(7)).Year == year) && (unit is null || r.UnitCode == unit)).Select(r => r.Url).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, results.Total);
        Assert.Equal(expected, results.Hits.Select(h => h.Url).Order().ToList());
    }

    [Fact]
    public async Task EnsureSchema_ReportsRowsForRebuild_WhenTheyLackFilterLexemes()
    {
        var word = "cu" + Guid.NewGuid().ToString("N")[..6];
        await db.UpsertAsync(Rows(word));
        var found = await db.SearchAsync(new SearchRequest(word, Year: 2022, PageSize: 50));
        Assert.Equal(36, found.Total);
        if (!db.IsPostgres)
        {
            // Lucene filters on its own fields; the lexemes and their upgrade are PostgreSQL's.
            return;
        }
        var index = new PostgresSearchIndex();
        await using var connection = await db.OpenAsync();
        Assert.False(await index.EnsureSchemaAsync(connection));

        // A row as written before the lexemes: its folded vector without them (tsv_head follows, being generated).
        await using (var strip = new NpgsqlCommand(
            "UPDATE search_documents SET tsv_fold = ts_delete(tsv_fold, ARRAY(SELECT u.lexeme FROM unnest(tsv_fold) u WHERE u.lexeme LIKE '§%')) WHERE url = @url",
            connection))
        {
            strip.Parameters.AddWithValue("url", $"/f/{word}/1");
            Assert.Equal(1, await strip.ExecuteNonQueryAsync());
        }

        Assert.True(await index.EnsureSchemaAsync(connection));
    }
}
