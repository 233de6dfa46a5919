using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

/// <summary>Admin search (drafts included) over more matches than the engines rank: bounded, title matches first.</summary>
public class SearchLargeAdminTests(SearchTestDatabase db) : IClassFixture<SearchTestDatabase>
{
    private const int BodyOnlyCount = 1200;

    [Fact]
    public async Task AdminSearch_RanksNewDraftTitleFirstAndCountsAll_WhenCommonWordsMatchMoreRowsThanRanked()
    {
        var when = new DateTimeOffset(2018, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var bulk = Enumerable.Range(0, BodyOnlyCount).Select(i => new SearchDocument(
            Guid.NewGuid(), "Article", true, $"Tin hoạt động số {i}", null,
            $"Bộ phận một cửa giải quyết thủ tục hành chính cho người dân, lượt {i}.", null, ["cchc"], "SO-NV", "Sở Nội vụ",
            when.AddDays(i), $"/a/{i}")).ToList();
        await db.UpsertAsync(bulk);
        // An item being edited: its published row matches only in the body, its draft has the words in the title.
        var edited = bulk[^1];
        var draft = edited with { IsPublished = false, Title = "Thủ tục hành chính được cắt giảm", Date = when.AddDays(BodyOnlyCount + 1) };
        await db.UpsertAsync([draft]);

        var admin = await db.SearchAsync(new SearchRequest("thủ tục hành chính", IncludeDrafts: true));
        Assert.Equal(draft.ItemId, admin.Hits[0].ItemId);
        Assert.False(admin.Hits[0].IsPublished);
        Assert.Equal(BodyOnlyCount, admin.Total);
        Assert.DoesNotContain(admin.Hits.Skip(1), h => h.ItemId == edited.ItemId);

        var published = await db.SearchAsync(new SearchRequest("thủ tục hành chính"));
        Assert.Equal(BodyOnlyCount, published.Total);
        Assert.All(published.Hits, h => Assert.True(h.IsPublished));
        Assert.DoesNotContain(published.Hits, h => h.Title == draft.Title);
    }
}
