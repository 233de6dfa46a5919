using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

public class SearchConsistencyTests(SearchTestDatabase db) : IClassFixture<SearchTestDatabase>
{
    private static SearchDocument Article(Guid id, string title, bool published = true) =>
        new(id, "Article", published, title, "Tóm tắt", "Nội dung bài viết", null, ["cchc"], "SO-NV", "Sở Nội vụ",
            DateTimeOffset.UtcNow, "/a/" + id);

    [Fact]
    public async Task Upsert_LeavesIndexUnchanged_WhenTransactionRollsBack()
    {
        var kept = Guid.NewGuid();
        await using var connection = await db.OpenAsync();
        await db.Index.UpsertAsync(connection, null, [Article(kept, "Tiếp nhận hồ sơ trực tuyến")]);
        var before = await db.Index.SearchAsync(connection, new SearchRequest("ho so"));

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await db.Index.UpsertAsync(connection, transaction, [Article(Guid.NewGuid(), "Hồ sơ mới trong giao dịch")]);
            await db.Index.DeleteAsync(connection, transaction, kept, null);
            var inside = await CountInTransactionAsync(connection, transaction);
            Assert.NotEqual(-1, inside);
            await transaction.RollbackAsync();
        }

        var after = await db.Index.SearchAsync(connection, new SearchRequest("ho so"));
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Hits.Select(h => h.ItemId), after.Hits.Select(h => h.ItemId));
        Assert.Contains(after.Hits, h => h.ItemId == kept);
    }

    [Fact]
    public async Task Upsert_ReplacesRow_WhenSameItemAndStateIndexedAgain()
    {
        var id = Guid.NewGuid();
        await using var connection = await db.OpenAsync();
        await db.Index.UpsertAsync(connection, null, [Article(id, "Tiêu đề cũ về giao thông")]);
        await db.Index.UpsertAsync(connection, null, [Article(id, "Tiêu đề mới về nông thôn")]);

        Assert.DoesNotContain((await db.Index.SearchAsync(connection, new SearchRequest("giao thong"))).Hits, h => h.ItemId == id);
        var hit = Assert.Single((await db.Index.SearchAsync(connection, new SearchRequest("nong thon"))).Hits, h => h.ItemId == id);
        Assert.Equal("Tiêu đề mới về nông thôn", hit.Title);
    }

    [Fact]
    public async Task Delete_RemovesOnlyRequestedState_WhenItemHasDraftAndPublished()
    {
        var id = Guid.NewGuid();
        await using var connection = await db.OpenAsync();
        await db.Index.UpsertAsync(connection, null, [Article(id, "Quy trình lưu trữ điện tử"), Article(id, "Quy trình lưu trữ điện tử bản nháp", published: false)]);

        await db.Index.DeleteAsync(connection, null, id, isPublished: false);
        var admin = await db.Index.SearchAsync(connection, new SearchRequest("luu tru dien tu", IncludeDrafts: true));
        Assert.True(Assert.Single(admin.Hits, h => h.ItemId == id).IsPublished);

        await db.Index.DeleteAsync(connection, null, id, isPublished: null);
        Assert.DoesNotContain((await db.Index.SearchAsync(connection, new SearchRequest("luu tru dien tu", IncludeDrafts: true))).Hits, h => h.ItemId == id);
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
        await using var connection = await db.OpenAsync();
        await db.Index.UpsertAsync(connection, null,
        [
            Article(titled, "Hướng dẫn kiểm định thang máy"),
            Article(titled, "Hướng dẫn kiểm định thang máy (sửa)", published: false) with { UnitCode = "SO-XD", UnitName = "Sở Xây dựng" },
            Article(bodyOnly, "Quy định an toàn công trình") with { Body = "Kiểm định thang máy định kỳ mỗi năm" },
            Article(draftOnly, "Tài liệu nháp", published: false) with { Body = "Kiểm định thang máy", UnitCode = "SO-XD", UnitName = "Sở Xây dựng" },
        ]);

        var results = await db.Index.SearchAsync(connection, new SearchRequest("kiem dinh thang may"));
        Assert.Equal(2, results.Total);
        Assert.Equal([titled, bodyOnly], results.Hits.Select(h => h.ItemId));
        Assert.All(results.Hits, h => Assert.True(h.IsPublished));
        var unit = Assert.Single(results.Facets.Units);
        Assert.Equal(("SO-NV", 2), (unit.Value, unit.Count));

        var admin = await db.Index.SearchAsync(connection, new SearchRequest("kiem dinh thang may", IncludeDrafts: true));
        Assert.Contains(admin.Hits, h => h.ItemId == draftOnly && !h.IsPublished);
    }

    [Fact]
    public async Task Upsert_RejectsDocument_WhenUrlIsMissing()
    {
        await using var connection = await db.OpenAsync();
        var bad = Article(Guid.NewGuid(), "Thiếu đường dẫn") with { Url = "" };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.Index.UpsertAsync(connection, null, [bad]));
        Assert.Contains("Url", error.Message);
    }

    [Fact]
    public async Task EnsureSchema_IsIdempotent()
    {
        await using var connection = await db.OpenAsync();
        await db.Index.EnsureSchemaAsync(connection);
        await db.Index.EnsureSchemaAsync(connection);
        var results = await db.Index.SearchAsync(connection, new SearchRequest(null));
        Assert.True(results.Total >= 0);
    }

    private static async Task<int> CountInTransactionAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction)
    {
        // Reads inside the transaction must see its own writes; this proves the index wrote through it.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = connection is Microsoft.Data.Sqlite.SqliteConnection
            ? "SELECT count(*) FROM search_docs"
            : "SELECT count(*) FROM search_documents";
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
