using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

public class SearchConsistencyTests(SearchTestDatabase db) : IClassFixture<SearchTestDatabase>
{
    private static SearchDocument Article(Guid id, string title, bool published = true) =>
        new(id, "Article", published, title, "Tóm tắt", "Nội dung bài viết", null, ["cchc"], "SO-NV", "Sở Nội vụ",
            DateTimeOffset.UtcNow, "/a/" + id);

    [Fact]
    public async Task Upsert_ReplacesRow_WhenSameItemAndStateIndexedAgain()
    {
        var id = Guid.NewGuid();
        await db.UpsertAsync([Article(id, "Tiêu đề cũ về giao thông")]);
        await db.UpsertAsync([Article(id, "Tiêu đề mới về nông thôn")]);

        Assert.DoesNotContain((await db.SearchAsync(new SearchRequest("giao thong"))).Hits, h => h.ItemId == id);
        var hit = Assert.Single((await db.SearchAsync(new SearchRequest("nong thon"))).Hits, h => h.ItemId == id);
        Assert.Equal("Tiêu đề mới về nông thôn", hit.Title);
    }

    [Fact]
    public async Task Delete_RemovesOnlyRequestedState_WhenItemHasDraftAndPublished()
    {
        var id = Guid.NewGuid();
        await db.UpsertAsync([Article(id, "Quy trình lưu trữ điện tử"), Article(id, "Quy trình lưu trữ điện tử bản nháp", published: false)]);

        await db.DeleteAsync(id, isPublished: false);
        var admin = await db.SearchAsync(new SearchRequest("luu tru dien tu", IncludeDrafts: true));
        Assert.True(Assert.Single(admin.Hits, h => h.ItemId == id).IsPublished);

        await db.DeleteAsync(id, isPublished: null);
        Assert.DoesNotContain((await db.SearchAsync(new SearchRequest("luu tru dien tu", IncludeDrafts: true))).Hits, h => h.ItemId == id);
    }

    [Fact]
    public async Task Search_LeavesDraftsOutOfTotalFacetsAndBodyTier_WhenDraftsMatchTheWords()
    {
        // A published title match, a published body-only match (ranked in the body tier) and two drafts matching
        // the same words: one of another item only, one of the published item. Public search must count and
        // facet the published rows only, whatever way the engine leaves drafts out.
        var titled = Guid.NewGuid();
        var bodyOnly = Guid.NewGuid();
        var draftOnly = Guid.NewGuid();
        await db.UpsertAsync([
            Article(titled, "Hướng dẫn kiểm định thang máy"),
            Article(titled, "Hướng dẫn kiểm định thang máy (sửa)", published: false) with { UnitCode = "SO-XD", UnitName = "Sở Xây dựng" },
            Article(bodyOnly, "Quy định an toàn công trình") with { Body = "Kiểm định thang máy định kỳ mỗi năm" },
            Article(draftOnly, "Tài liệu nháp", published: false) with { Body = "Kiểm định thang máy", UnitCode = "SO-XD", UnitName = "Sở Xây dựng" },
        ]);

        var results = await db.SearchAsync(new SearchRequest("kiem dinh thang may"));
        Assert.Equal(2, results.Total);
        Assert.Equal([titled, bodyOnly], results.Hits.Select(h => h.ItemId));
        Assert.All(results.Hits, h => Assert.True(h.IsPublished));
        var unit = Assert.Single(results.Facets.Units);
        Assert.Equal(("SO-NV", 2), (unit.Value, unit.Count));

        var admin = await db.SearchAsync(new SearchRequest("kiem dinh thang may", IncludeDrafts: true));
        Assert.Contains(admin.Hits, h => h.ItemId == draftOnly && !h.IsPublished);
    }

    [Fact]
    public async Task Upsert_RejectsDocument_WhenUrlIsMissing()
    {
        var bad = Article(Guid.NewGuid(), "Thiếu đường dẫn") with { Url = "" };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.UpsertAsync([bad]));
        Assert.Contains("Url", error.Message);
    }
}
