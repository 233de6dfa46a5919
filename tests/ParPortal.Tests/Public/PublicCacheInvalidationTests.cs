using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Content;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Public;

/// <summary>
/// Targeted eviction: a draft save leaves every cached page alone; a publish evicts the item's pages and only the lists,
/// feeds, sitemap, search and topic pages that can show it. To see which pages were rendered again, the tests change
/// the database behind the content manager's back (a menu topic renamed, an article inserted): a page still served from
/// the cache does not show those changes, a page rendered again does.
/// </summary>
public sealed class PublicCacheInvalidationTests : IDisposable
{
    private const string Renamed = "Chủ đề đổi tên thẳng";
    private const string BypassSlug = "bai-chen-thang-vao-bang";
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>Pages that show an article in the internal-procedures topic (a sub-topic of administrative procedures).</summary>
    private static readonly string[] PagesShowingTheArticle =
    [
        "/", "/tin-bai", "/tin-bai/bai-duoc-sua", "/chu-de/thu-tuc-hanh-chinh-noi-bo", "/chu-de/cai-cach-thu-tuc-hanh-chinh",
        "/chu-de/thu-tuc-hanh-chinh-noi-bo/rss.xml", "/rss.xml", "/sitemap-article-1.xml", "/tim-kiem?q=noi+bo",
    ];

    /// <summary>Pages that cannot show it: another article, other types' lists, an unrelated topic.</summary>
    private static readonly string[] PagesNotShowingIt =
    [
        "/tin-bai/bai-khac", "/van-ban", "/thu-tuc", "/duong-day-nong", "/chi-so", "/chu-de/chi-dao-dieu-hanh",
    ];

    [Fact]
    public async Task DraftSave_EvictsNoPublicPage_WhenTheItemIsPublished()
    {
        var (client, id) = await ArrangeCachedPagesAsync();

        await EditAsync(id, "Bản nháp chưa xuất bản", publish: false);

        foreach (var path in PagesShowingTheArticle.Concat(PagesNotShowingIt))
        {
            var page = await client.GetStringAsync(path);
            Assert.False(IsRenderedAgain(page), $"{path} was evicted by a draft save.");
            Assert.DoesNotContain("Bản nháp chưa xuất bản", page);
        }
    }

    [Fact]
    public async Task Publish_EvictsTheItemsPagesListsAndFeeds_ButNotPagesThatCannotShowIt()
    {
        var (client, id) = await ArrangeCachedPagesAsync();

        await EditAsync(id, "Bài đã sửa và xuất bản lại", publish: true);

        foreach (var path in PagesShowingTheArticle)
        {
            Assert.True(IsRenderedAgain(await client.GetStringAsync(path)), $"{path} is stale after the publish.");
        }

        foreach (var path in PagesNotShowingIt)
        {
            Assert.False(IsRenderedAgain(await client.GetStringAsync(path)), $"{path} cannot show the article but was evicted.");
        }

        Assert.Contains("Bài đã sửa và xuất bản lại", await client.GetStringAsync("/tin-bai"));
        Assert.Contains("Bài đã sửa và xuất bản lại", await client.GetStringAsync("/tin-bai/bai-duoc-sua"));
    }

    [Fact]
    public async Task Publish_RefreshesTheOldAndTheNewTopicPages_WhenAnEditMovesTheArticle()
    {
        var client = _factory.CreateClient();
        var id = await PublishArticleAsync("Bài chuyển chủ đề", "bai-chuyen-chu-de", "chi-dao-dieu-hanh");
        Assert.Contains("Bài chuyển chủ đề", await client.GetStringAsync("/chu-de/chi-dao-dieu-hanh"));
        Assert.DoesNotContain("Bài chuyển chủ đề", await client.GetStringAsync("/chu-de/chinh-quyen-so"));

        await using (var scope = _factory.Scope())
        {
            var db = _factory.Db(scope);
            var target = await db.Topics.SingleAsync(t => t.Slug == "chinh-quyen-so");
            var latest = await db.ContentItems.Where(i => i.Id == id).Select(i => i.LatestVersionNumber).SingleAsync();
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            await content.SaveAsync(id, latest, v => v.Topics = [target], "admin");
            await content.PublishAsync(id, "admin");
        }

        Assert.DoesNotContain("Bài chuyển chủ đề", await client.GetStringAsync("/chu-de/chi-dao-dieu-hanh"));
        Assert.Contains("Bài chuyển chủ đề", await client.GetStringAsync("/chu-de/chinh-quyen-so"));
    }

    [Fact]
    public async Task Delete_RemovesTheItemFromCachedListsTopicPagesAndFeeds()
    {
        var client = _factory.CreateClient();
        var id = await PublishArticleAsync("Bài sẽ bị xóa hẳn", "bai-se-bi-xoa", "thu-tuc-hanh-chinh-noi-bo");
        string[] pages = ["/tin-bai", "/chu-de/cai-cach-thu-tuc-hanh-chinh", "/rss.xml", "/sitemap-article-1.xml", "/"];
        foreach (var path in pages)
        {
            Assert.Contains("bai-se-bi-xoa", await client.GetStringAsync(path));
        }

        await using (var scope = _factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentManager>().DeleteAsync(id, "admin");
        }

        foreach (var path in pages)
        {
            Assert.DoesNotContain("bai-se-bi-xoa", await client.GetStringAsync(path));
        }

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/tin-bai/bai-se-bi-xoa")).StatusCode);
    }

    /// <summary>Two published articles, every page of both lists cached, then the database changed behind the cache.</summary>
    private async Task<(HttpClient Client, Guid Id)> ArrangeCachedPagesAsync()
    {
        var client = _factory.CreateClient();
        var id = await PublishArticleAsync("Bài được sửa về thủ tục nội bộ", "bai-duoc-sua", "thu-tuc-hanh-chinh-noi-bo");
        await PublishArticleAsync("Bài khác về chỉ đạo", "bai-khac", "chi-dao-dieu-hanh");
        await WarmAsync(client, [.. PagesShowingTheArticle, .. PagesNotShowingIt]);
        await ChangeBehindTheCacheAsync();
        return (client, id);
    }

    private async Task EditAsync(Guid id, string title, bool publish)
    {
        await using var scope = _factory.Scope();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var latest = await _factory.Db(scope).ContentItems.Where(i => i.Id == id).Select(i => i.LatestVersionNumber).SingleAsync();
        await content.SaveAsync(id, latest, v => v.Title = title, "admin");
        if (publish)
        {
            await content.PublishAsync(id, "admin");
        }
    }

    private static async Task WarmAsync(HttpClient client, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: HTTP {(int)response.StatusCode}");
            Assert.False(IsRenderedAgain(await response.Content.ReadAsStringAsync()), path);
        }
    }

    /// <summary>True when the page was rendered after <see cref="ChangeBehindTheCacheAsync"/> (HTML shows the menu, feeds list items).</summary>
    private static bool IsRenderedAgain(string page) => page.Contains(Renamed, StringComparison.Ordinal) || page.Contains(BypassSlug, StringComparison.Ordinal);

    /// <summary>Renames a menu topic and inserts a published article without the content manager: nothing is evicted.</summary>
    private async Task ChangeBehindTheCacheAsync()
    {
        await using var scope = _factory.Scope();
        var db = _factory.Db(scope);
        (await db.Topics.SingleAsync(t => t.Slug == "dan-chu-co-so")).Name = Renamed;
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var item = new ContentItem
        {
            Id = Guid.NewGuid(), ContentType = ContentTypes.Article, Slug = BypassSlug, LatestVersionNumber = 1, PublishedVersionNumber = 1,
            CreatedUtc = now, CreatedBy = "test", FirstPublishedUtc = now,
        };
        db.Add(item);
        db.Add(new ArticleVersion
        {
            Id = Guid.NewGuid(), Item = item, VersionNumber = 1, State = ContentState.Published, IsLatest = true, IsPublished = true,
            Title = "Bài chèn thẳng vào bảng", CreatedUtc = now, CreatedBy = "test", PublishedUtc = now, FirstPublishedUtc = now,
            Topics = [await db.Topics.SingleAsync(t => t.Slug == "thu-tuc-hanh-chinh-noi-bo")],
        });
        await db.SaveChangesAsync();
    }

    private async Task<Guid> PublishArticleAsync(string title, string slug, string topicSlug)
    {
        await using var scope = _factory.Scope();
        var topic = await _factory.Db(scope).Topics.SingleAsync(t => t.Slug == topicSlug);
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await content.CreateAsync(
            new ArticleVersion { Title = title, Summary = "Tóm tắt: " + title, Body = "<p>Nội dung về thủ tục nội bộ: " + title + "</p>", Topics = [topic] }, slug, "admin");
        await content.PublishAsync(item.Id, "admin");
        return item.Id;
    }
}
