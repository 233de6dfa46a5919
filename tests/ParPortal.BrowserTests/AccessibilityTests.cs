using Microsoft.EntityFrameworkCore;
using ParPortal.BrowserTests.Infrastructure;
using ParPortal.Data;
using Xunit.Abstractions;

namespace ParPortal.BrowserTests;

/// <summary>axe-core over every public page type of the demo: no serious or critical violation at either width.</summary>
public sealed class AccessibilityTests(DemoSiteFixture site, ITestOutputHelper output) : IClassFixture<DemoSiteFixture>
{
    [Theory]
    [InlineData("home", Width.Phone)]
    [InlineData("home", Width.Desktop)]
    [InlineData("article-list", Width.Phone)]
    [InlineData("article-list", Width.Desktop)]
    [InlineData("article", Width.Phone)]
    [InlineData("article", Width.Desktop)]
    [InlineData("document-list", Width.Phone)]
    [InlineData("document-list", Width.Desktop)]
    [InlineData("document", Width.Phone)]
    [InlineData("document", Width.Desktop)]
    [InlineData("procedure-list", Width.Phone)]
    [InlineData("procedure-list", Width.Desktop)]
    [InlineData("procedure", Width.Phone)]
    [InlineData("procedure", Width.Desktop)]
    [InlineData("hotlines", Width.Phone)]
    [InlineData("hotlines", Width.Desktop)]
    [InlineData("index", Width.Phone)]
    [InlineData("index", Width.Desktop)]
    [InlineData("search", Width.Phone)]
    [InlineData("search", Width.Desktop)]
    public async Task PublicPage_HasNoSeriousAxeViolations_WhenRendered(string pageType, string width)
    {
        var path = await PathOfAsync(pageType);
        await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, width, output);

        await s.GotoAsync(path);
        await s.ScreenshotAsync("axe-" + pageType);
        await Axe.AssertNoSeriousViolationsAsync(s.Page);
        await s.AssertCleanAsync();
    }

    /// <summary>The URL of one page of the type; detail pages use a published demo item's slug.</summary>
    private async Task<string> PathOfAsync(string pageType)
    {
        await using var scope = site.Host.Scope();
        var db = site.Host.Db(scope);
        return pageType switch
        {
            "home" => "/",
            "article-list" => "/tin-bai",
            "article" => "/tin-bai/" + await SlugAsync(db.Articles.Where(v => v.IsPublished).OrderByDescending(v => v.PublishedUtc).Select(v => v.Item.Slug)),
            "document-list" => "/van-ban",
            "document" => "/van-ban/" + await SlugAsync(db.Documents.Where(v => v.IsPublished).OrderByDescending(v => v.PublishedUtc).Select(v => v.Item.Slug)),
            "procedure-list" => "/thu-tuc",
            "procedure" => "/thu-tuc/" + await SlugAsync(db.Procedures.Where(v => v.IsPublished && v.Title == "Đăng ký thành lập hộ kinh doanh").Select(v => v.Item.Slug)),
            "hotlines" => "/duong-day-nong",
            "index" => "/chi-so/parindex",
            "search" => "/tim-kiem?q=thu+tuc",
            _ => throw new ArgumentOutOfRangeException(nameof(pageType), pageType, null),
        };
    }

    private static async Task<string> SlugAsync(IQueryable<string> slugs) => await slugs.FirstAsync();
}
