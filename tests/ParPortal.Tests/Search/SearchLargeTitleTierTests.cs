using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

/// <summary>
/// More title matches than the engines rank in full (each ranks only the newest 1,000): exact diacritics and the
/// adjacent phrase still order them.
/// </summary>
public class SearchLargeTitleTierTests(SearchTestDatabase db) : IClassFixture<SearchTestDatabase>
{
    private const int ScatteredCount = 1200;

    [Fact]
    public async Task Search_RanksExactThenPhraseTitles_WhenTitlesMatchMoreRowsThanRanked()
    {
        var when = new DateTimeOffset(2020, 1, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var scattered = Enumerable.Range(0, ScatteredCount).Select(i => new SearchDocument(
            Guid.NewGuid(), "Article", true, $"Hanh chinh so {i} ve thu tuc", null, "Noi dung.", null, [], "SO-NV", "Sở Nội vụ",
            when.AddHours(i), $"/a/{i}")).ToList();
        await db.UpsertAsync(scattered);
        var exact = Guid.NewGuid();
        var phrase = Guid.NewGuid();
        await db.UpsertAsync([
            new SearchDocument(exact, "Article", true, "Thủ tục hành chính cấp xã mới", null, "Nội dung.", null, [], "SO-NV", "Sở Nội vụ", when.AddHours(ScatteredCount + 5), "/a/exact"),
            new SearchDocument(phrase, "Article", true, "Thu tuc hanh chinh cap xa moi", null, "Noi dung.", null, [], "SO-NV", "Sở Nội vụ", when.AddHours(ScatteredCount + 4), "/a/phrase"),
        ]);
        // Both are the newest (rowid on SQLite, date on PostgreSQL), so they are inside the newest-1,000 window.
        var results = await db.SearchAsync(new SearchRequest("thủ tục hành chính"));
        Assert.Equal(exact, results.Hits[0].ItemId);
        Assert.Equal(phrase, results.Hits[1].ItemId);
    }
}
