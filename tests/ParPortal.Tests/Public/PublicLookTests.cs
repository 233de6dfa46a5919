using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Public;

/// <summary>The public site's layout over the demo: a home without repeats, quick links with figures, breadcrumbs, cards.</summary>
public sealed class PublicLookTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static IEnumerable<string> ArticleLinks(IElement? section) =>
        section?.QuerySelectorAll("a[href^='/tin-bai/']").Select(a => a.GetAttribute("href")!).Distinct() ?? [];

    [Fact]
    public async Task Home_ShowsEachArticleOnce_WhenArticlesHaveSeveralTopics()
    {
        var page = await _client.GetPageAsync("/");

        var parts = new[] { page.QuerySelector(".top-stories") }
            .Concat(page.QuerySelectorAll("main section[aria-labelledby=latest-title]"))
            .Concat(page.QuerySelectorAll(".topic-blocks section"))
            .ToList();
        Assert.True(parts.Count >= 4, "The home should have top stories, the latest news and topic blocks.");
        var all = parts.SelectMany(ArticleLinks).ToList();
        Assert.True(all.Count >= 10);
        Assert.Equal(all.Count, all.Distinct().Count());
        // The demo does tag articles with several topics: without the rule, repeats would appear.
        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).Articles.AnyAsync(v => v.IsPublished && v.Topics.Count > 1));
    }

    [Fact]
    public async Task Home_QuickLinksCarryTheProcedureCountHotlineAndLatestIndex_WhenDemoLoaded()
    {
        var page = await _client.GetPageAsync("/");
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var procedures = await db.Procedures.CountAsync(v => v.IsPublished);

        var tiles = page.QuerySelectorAll(".quick a").ToDictionary(a => a.GetAttribute("href")!, a => a.QuerySelector(".detail")!.TextContent.Trim());

        Assert.Equal($"Tra cứu {procedures} thủ tục", tiles["/thu-tuc"]);
        Assert.Matches(@"^\d{4} \d{4} \d{3}$", tiles["/duong-day-nong"]);
        Assert.StartsWith("PAR INDEX 2025: 88,14%", tiles["/chi-so/parindex"]);
        Assert.Contains("hạng 17/34", tiles["/chi-so/parindex"]);
    }

    [Fact]
    public async Task SearchPage_BreadcrumbSaysHomeThenSearchOnce_WhenOpened()
    {
        var page = await _client.GetPageAsync("/tim-kiem?q=thu+tuc");

        var crumbs = page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Equal(["Trang chủ", "Tìm kiếm"], crumbs);
        Assert.Equal("page", page.QuerySelector(".main-nav a[href='/tim-kiem']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task DocumentList_NamesEveryCellForThePhoneCards_WhenListed()
    {
        var page = await _client.GetPageAsync("/van-ban");

        var table = page.QuerySelector("main table.cards")!;
        var headers = table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        foreach (var row in table.QuerySelectorAll("tbody tr"))
        {
            Assert.Equal(headers, row.QuerySelectorAll("td").Select(td => td.GetAttribute("data-label")));
        }
    }

    [Fact]
    public async Task ProcedurePage_HasPrintButtonContentsAndCardTables_WhenOpened()
    {
        await using var scope = factory.Scope();
        var published = await factory.Db(scope).Procedures.Where(v => v.IsPublished).Include(v => v.Item).ToListAsync();
        var slug = published.First(v => v.LegalBases.Count > 0).Item.Slug;

        var page = await _client.GetPageAsync("/thu-tuc/" + slug);

        Assert.NotNull(page.QuerySelector(".page-tools[hidden] button[data-print]"));
        Assert.NotNull(page.QuerySelector("script[src^='/_content/ParPortal/js/site.js']"));
        foreach (var link in page.QuerySelectorAll("nav.toc a"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        }

        var legal = page.QuerySelector("table.cards.legal")!;
        Assert.All(legal.QuerySelectorAll("tbody td"), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
        Assert.NotNull(page.QuerySelector("main > .page-end"));
    }
}
