using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Public;

/// <summary>Output caching of public pages and its eviction when content changes through the content manager.</summary>
public sealed class PublicCacheTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task PublicPage_IsServedFromCache_UntilContentManagerPublishes()
    {
        var client = _factory.CreateClient();
        var first = await CreateAndPublishAsync("Bài thứ nhất về một cửa", "bai-thu-nhat");
        Assert.Contains("Bài thứ nhất về một cửa", await client.GetStringAsync("/tin-bai"));

        // A change that bypasses the content manager evicts nothing, so the cached list still shows the old title.
        await using (var scope = _factory.Scope())
        {
            var db = _factory.Db(scope);
            var version = await db.Articles.SingleAsync(v => v.ContentItemId == first && v.IsPublished);
            version.Title = "Tiêu đề sửa thẳng trong cơ sở dữ liệu";
            await db.SaveChangesAsync();
        }

        var cached = await client.GetStringAsync("/tin-bai");
        Assert.Contains("Bài thứ nhất về một cửa", cached);
        Assert.DoesNotContain("Tiêu đề sửa thẳng", cached);

        await CreateAndPublishAsync("Bài thứ hai về dịch vụ công", "bai-thu-hai");

        var fresh = await client.GetStringAsync("/tin-bai");
        Assert.Contains("Bài thứ hai về dịch vụ công", fresh);
        Assert.Contains("Tiêu đề sửa thẳng trong cơ sở dữ liệu", fresh);
        Assert.Contains("Bài thứ hai về dịch vụ công", await client.GetStringAsync("/"));
        Assert.Contains("bai-thu-hai", await client.GetStringAsync("/rss.xml"));
    }

    [Fact]
    public async Task Unpublish_RemovesItemFromCachedPages_OnNextRequest()
    {
        var client = _factory.CreateClient();
        var id = await CreateAndPublishAsync("Bài sẽ được gỡ xuống", "bai-se-go");
        Assert.Contains("Bài sẽ được gỡ xuống", await client.GetStringAsync("/tin-bai"));
        Assert.Contains("/tin-bai/bai-se-go", await SitemapReader.AllPathsAsync(client));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/tin-bai/bai-se-go")).StatusCode);

        await using (var scope = _factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentManager>().UnpublishAsync(id, "admin");
        }

        Assert.DoesNotContain("Bài sẽ được gỡ xuống", await client.GetStringAsync("/tin-bai"));
        Assert.DoesNotContain("/tin-bai/bai-se-go", await SitemapReader.AllPathsAsync(client));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/tin-bai/bai-se-go")).StatusCode);
    }

    [Fact]
    public async Task SignedInUser_IsNeverServedACachedPage()
    {
        await _factory.CreateUserAsync("bientap-cache", "Editor");
        var anonymous = _factory.CreateClient();
        var id = await CreateAndPublishAsync("Bài cho người đọc", "bai-cho-nguoi-doc");
        Assert.Contains("Bài cho người đọc", await anonymous.GetStringAsync("/tin-bai"));
        await using (var scope = _factory.Scope())
        {
            var db = _factory.Db(scope);
            (await db.Articles.SingleAsync(v => v.ContentItemId == id && v.IsPublished)).Title = "Bài đã sửa trực tiếp";
            await db.SaveChangesAsync();
        }

        var editor = await _factory.LoginAsync("bientap-cache");

        Assert.Contains("Bài đã sửa trực tiếp", await editor.GetStringAsync("/tin-bai"));
        Assert.Contains("Bài cho người đọc", await anonymous.GetStringAsync("/tin-bai"));
    }

    private async Task<Guid> CreateAndPublishAsync(string title, string slug)
    {
        await using var scope = _factory.Scope();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await content.CreateAsync(new ArticleVersion { Title = title, Summary = "Tóm tắt " + title, Body = "<p>Nội dung " + title + "</p>" }, slug, "admin");
        await content.PublishAsync(item.Id, "admin");
        return item.Id;
    }
}
