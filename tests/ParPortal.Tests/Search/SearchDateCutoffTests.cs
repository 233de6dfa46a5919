using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

/// <summary>
/// Above 10,000 matches PostgreSQL reads the newest body-only matches and the older title-tier rows from a date cutoff
/// taken from its one-in-16 sample (the date index intersected with the GIN bitmap), completing from older rows when
/// too few lie above it. The candidates must still be the newest rows, so equal scores list newest first.
/// </summary>
public class SearchDateCutoffTests(SearchTestDatabase db) : IClassFixture<SearchTestDatabase>
{
    [Fact]
    public async Task Search_ListsNewestBodyMatchesFirst_WhenManyRowsMatchOnlyInTheirBodies()
    {
        const int count = 13_000;
        var when = new DateTimeOffset(2018, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));
        // The rows' ids are not in date order, so a cutoff that picked rows by position or id would show other rows.
        var documents = Enumerable.Range(0, count).Select(i => new SearchDocument(
            Id("body", i), "Article", true, $"Thông báo số {i}", null, "Dịch vụ bưu chính công ích tại xã.", null, [],
            "SO-TT", "Sở Thông tin", when.AddMinutes(i), $"/bc/{i}")).ToList();
        foreach (var chunk in documents.Chunk(4_000))
        {
            await db.UpsertAsync(chunk);
        }

        var results = await db.SearchAsync(new SearchRequest("bưu chính công ích", PageSize: 10));

        Assert.True(results.Total >= SearchLimits.MaxCountedTotal);
        var newest = Enumerable.Range(0, 10).Select(k => $"/bc/{count - 1 - k}").ToList();
        Assert.Equal(newest, results.Hits.Select(h => h.Url).ToList());
    }

    [Fact]
    public async Task Search_ListsNewestTitleMatchesFirst_WhenNewRowsRarelyHoldTheWordsInTheirTitles()
    {
        // Every row holds the words in its body; old rows hold them in one title in 5, the newest 4,000 in one in 50,
        // so the sample finds the title tier sparse among the newest rows and reads it from its title cutoff.
        var inTitle = await TitleTierRowsAsync("title", "kd", "Kiểm định chất lượng", new DateTimeOffset(2017, 6, 1, 8, 0, 0, TimeSpan.FromHours(7)), oldEvery: 5, newEvery: 50);

        var results = await db.SearchAsync(new SearchRequest("kiểm định chất lượng", PageSize: 10));

        Assert.True(results.Total >= SearchLimits.MaxCountedTotal);
        var newest = Enumerable.Range(0, TierRows).Reverse().Where(inTitle).Take(10).Select(i => $"/kd/{i}").ToList();
        Assert.Equal(newest, results.Hits.Select(h => h.Url).ToList());
    }

    [Fact]
    public async Task Search_PagesThroughTheNewestTitleMatches_WhenTheTierRunsPastTheNewestRows()
    {
        // The newest 4,000 rows hold the words in one title in 16 (250, fewer than the 300 the tier ranks), older rows
        // in one in 4, so PostgreSQL's walk of the title tier runs on past the newest rows (its bound from the sample).
        var inTitle = await TitleTierRowsAsync("walk", "td", "Thẩm định giá đất", new DateTimeOffset(2016, 2, 1, 8, 0, 0, TimeSpan.FromHours(7)), oldEvery: 4, newEvery: 16);

        var expected = Enumerable.Range(0, TierRows).Reverse().Where(inTitle).Take(300).Select(i => $"/td/{i}").ToList();
        var pages = new List<string>();
        foreach (var page in Enumerable.Range(1, 10))
        {
            var results = await db.SearchAsync(new SearchRequest("thẩm định giá đất", Page: 20 + page, PageSize: 10));
            pages.AddRange(results.Hits.Select(h => h.Url));
        }

        // Ranks 201–300 cross from the newest 4,000 rows into the older ones: same rows, newest first, none twice.
        Assert.Equal(expected.Skip(200).ToList(), pages);
    }

    private const int TierRows = 14_000;

    /// <summary>
    /// <see cref="TierRows"/> rows a minute apart, all holding <paramref name="words"/> in their bodies; one row in
    /// <paramref name="oldEvery"/> holds them in its title, among the newest 4,000 one in <paramref name="newEvery"/>.
    /// Returns which rows hold them in their titles. Row i is "/<paramref name="url"/>/i", its id from <paramref name="test"/>.
    /// </summary>
    private async Task<Func<int, bool>> TitleTierRowsAsync(string test, string url, string words, DateTimeOffset when, int oldEvery, int newEvery)
    {
        bool InTitle(int i) => i < TierRows - 4_000 ? i % oldEvery == 0 : i % newEvery == 0;
        var documents = Enumerable.Range(0, TierRows).Select(i => new SearchDocument(
            Id(test, i), "Article", true, InTitle(i) ? $"{words} đợt {i}" : $"Thông báo đợt {i}", null,
            $"Nội dung {words.ToLowerInvariant()}.", null, [], "SO-KH", "Sở Khoa học", when.AddMinutes(i), $"/{url}/{i}")).ToList();
        foreach (var chunk in documents.Chunk(4_000))
        {
            await db.UpsertAsync(chunk);
        }
        return InTitle;
    }

    /// <summary>A fixed id per row: which rows fall in PostgreSQL's sample depends only on the id.</summary>
    private static Guid Id(string test, int i) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("date-cutoff-" + test + "-" + i)));
}
