using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Public;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Public;

/// <summary>The sitemap index and its child files, with a file size small enough to make several files.</summary>
public sealed class SitemapIndexTests : IDisposable
{
    private const int PerFile = 2;
    private readonly ParPortalFactory _factory = new();

    public SitemapIndexTests() => _factory.ExtraSettings["ParPortal:Sitemap:UrlsPerFile"] = PerFile.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SitemapIndex_ListsEveryChild_EachWithinTheFileSize_WhenItemsExceedOneFile()
    {
        var slugs = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            slugs.Add($"bai-so-do-trang-{i}");
            await CreateAndPublishAsync($"Bài sơ đồ trang {i}", slugs[^1]);
        }

        var client = _factory.CreateClient();
        var children = await SitemapReader.ChildrenAsync(client);

        // Five articles at two a file: three article files, named in order, besides the site's own pages.
        Assert.Contains(SitemapEndpoints.PagesPath, children);
        Assert.Equal(["/sitemap-article-1.xml", "/sitemap-article-2.xml", "/sitemap-article-3.xml"], children.Where(c => c.StartsWith("/sitemap-article-", StringComparison.Ordinal)));
        Assert.Equal(children.Count, children.Distinct().Count());
        var articlePaths = new List<string>();
        foreach (var child in children.Where(c => c != SitemapEndpoints.PagesPath))
        {
            var locs = await SitemapReader.UrlSetAsync(client, child);
            Assert.InRange(locs.Count, 1, PerFile);
            articlePaths.AddRange(locs.Select(l => new Uri(l).AbsolutePath).Where(p => p.StartsWith("/tin-bai/", StringComparison.Ordinal)));
        }

        Assert.Equal(slugs.Select(s => "/tin-bai/" + s).Order(), articlePaths.Order());
        Assert.Contains("/tin-bai", await SitemapReader.UrlSetAsync(client, SitemapEndpoints.PagesPath) is var pages ? pages.Select(p => new Uri(p).AbsolutePath) : []);
    }

    [Fact]
    public async Task SitemapChild_IsNotFound_PastTheLastFileOrForATypeWithoutItemPages()
    {
        await CreateAndPublishAsync("Bài duy nhất", "bai-duy-nhat");
        var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sitemap-article-1.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-article-2.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-hotline-1.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-khongco-1.xml")).StatusCode);
    }

    [Fact]
    public void SitemapOptions_RejectMoreUrlsPerFileThanTheProtocolAllows()
    {
        using var factory = new ParPortalFactory();
        factory.ExtraSettings["ParPortal:Sitemap:UrlsPerFile"] = "50001";

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    private async Task CreateAndPublishAsync(string title, string slug)
    {
        await using var scope = _factory.Scope();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await content.CreateAsync(new ArticleVersion { Title = title, Summary = "Tóm tắt " + title, Body = "<p>Nội dung.</p>" }, slug, "admin");
        await content.PublishAsync(item.Id, "admin");
    }
}
