using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

/// <summary>Queries matching more rows than the engines rank or count in full still rank title hits first.</summary>
public class SearchLargeResultTests(SearchTestDatabase db) : IClassFixture<SearchTestDatabase>
{
    private const int BodyOnlyCount = 1200;

    [Fact]
    public async Task Search_RanksOldTitleMatchFirstAndPagesReachAll_WhenCommonWordsMatchMoreRowsThanRanked()
    {
        var titled = Guid.NewGuid();
        var when = new DateTimeOffset(2016, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));
        // The title match is indexed first, so it is the oldest row and outside any "newest" window.
        await db.UpsertAsync([new SearchDocument(titled, "Procedure", true, "Thủ tục hành chính về đăng ký kinh doanh", null, "Nộp hồ sơ.", "2.000575", ["kinh-doanh"], "SO-KH", "Sở Kế hoạch", when, "/p/old")]);
        var bulk = Enumerable.Range(0, BodyOnlyCount).Select(i => new SearchDocument(
            Guid.NewGuid(), i % 2 == 0 ? "Article" : "Document", true, $"Tin hoạt động số {i}", null,
            $"Bộ phận một cửa giải quyết thủ tục hành chính cho người dân, lượt {i}.", null, ["cchc"], "SO-NV", "Sở Nội vụ",
            when.AddDays(i), $"/a/{i}")).ToList();
        await db.UpsertAsync(bulk);

        var first = await db.SearchAsync(new SearchRequest("thu tuc hanh chinh"));
        Assert.Equal(titled, first.Hits[0].ItemId);
        Assert.Equal(BodyOnlyCount + 1, first.Total);
        Assert.Equal(BodyOnlyCount + 1, first.Facets.Types.Sum(f => f.Count), 20.0);

        var seen = new HashSet<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            var results = await db.SearchAsync(new SearchRequest("thu tuc hanh chinh", Page: page, PageSize: 10));
            Assert.Equal(10, results.Hits.Count);
            Assert.All(results.Hits, h => Assert.True(seen.Add(h.ItemId), "a hit repeated across pages"));
        }

        // Paging past the ranked tiers still reaches every counted match, each once.
        var all = new HashSet<Guid>();
        var pages = (first.Total + SearchLimits.MaxPageSize - 1) / SearchLimits.MaxPageSize;
        for (var page = 1; page <= pages; page++)
        {
            var results = await db.SearchAsync(new SearchRequest("thu tuc hanh chinh", Page: page, PageSize: SearchLimits.MaxPageSize));
            Assert.Equal(Math.Min(SearchLimits.MaxPageSize, first.Total - (page - 1) * SearchLimits.MaxPageSize), results.Hits.Count);
            Assert.All(results.Hits, h => Assert.True(all.Add(h.ItemId), $"a hit repeated on page {page}"));
        }
        Assert.Equal(first.Total, all.Count);
    }
}
