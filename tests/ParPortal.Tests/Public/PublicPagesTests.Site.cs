using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Public;

/// <summary>The site-wide pages over the demo content: topics, feeds, sitemap, errors, language.</summary>
public sealed partial class PublicPagesTests
{
    [Fact]
    public async Task TopicPage_ListsItsNewsAndOffersFeed()
    {
        var page = await _client.GetPageAsync("/chu-de/chi-so-cchc");

        Assert.Equal("Chỉ số CCHC (PAR INDEX, SIPAS, PCI, PAPI)", page.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("main .items a[href^='/tin-bai/']"));
        Assert.Equal("/chu-de/chi-so-cchc/rss.xml", page.QuerySelector("link[rel=alternate][href^='/chu-de']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Rss_IsWellFormedWithNewestArticles()
    {
        var response = await _client.GetAsync("/rss.xml");
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var items = rss.Descendants("item").ToList();
        Assert.Equal(30, items.Count);
        Assert.All(items, i => Assert.Contains("/tin-bai/", i.Element("link")!.Value));
        var dates = items.Select(i => DateTimeOffset.Parse(i.Element("pubDate")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task TopicRss_HasOnlyThatTopicsArticles()
    {
        var rss = XDocument.Parse(await _client.GetStringAsync("/chu-de/chi-so-cchc/rss.xml"));
        await using var scope = factory.Scope();
        var expected = await factory.Db(scope).Articles.CountAsync(v => v.IsPublished && v.Topics.Any(t => t.Slug == "chi-so-cchc"));

        Assert.Equal(Math.Min(expected, 30), rss.Descendants("item").Count());
        Assert.Contains("Chỉ số CCHC", rss.Root!.Element("channel")!.Element("title")!.Value);
    }

    [Fact]
    public async Task Sitemap_ListsEveryPublishedPageOnce()
    {
        var locs = await SitemapReader.AllPathsAsync(_client);

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.Equal(await db.Articles.CountAsync(v => v.IsPublished), locs.Count(l => l.StartsWith("/tin-bai/", StringComparison.Ordinal)));
        Assert.Equal(await db.Procedures.CountAsync(v => v.IsPublished), locs.Count(l => l.StartsWith("/thu-tuc/", StringComparison.Ordinal)));
        Assert.Equal(await db.Documents.CountAsync(v => v.IsPublished), locs.Count(l => l.StartsWith("/van-ban/", StringComparison.Ordinal)));
        Assert.Contains("/chi-so/parindex", locs);
        Assert.Contains("/duong-day-nong", locs);
        Assert.Contains("/", locs);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        var draft = await db.Articles.Where(v => v.IsLatest && !v.IsPublished && v.Item.PublishedVersionNumber == null).Select(v => v.Item.Slug).FirstAsync();
        Assert.DoesNotContain(locs, l => l.EndsWith("/" + draft, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_DisallowsAdminAndApi_AndPointsToSitemap()
    {
        var text = await _client.GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /admin", text);
        Assert.Contains("Disallow: /api", text);
        Assert.Matches(@"(?m)^Sitemap: https?://[^/]+/sitemap\.xml$", text);
    }

    [Theory]
    [InlineData("/tin-bai/khong-ton-tai")]
    [InlineData("/van-ban/khong-ton-tai")]
    [InlineData("/thu-tuc/khong-ton-tai")]
    [InlineData("/chi-so/khong-ton-tai")]
    [InlineData("/chu-de/khong-ton-tai")]
    [InlineData("/chu-de/khong-ton-tai/rss.xml")]
    [InlineData("/trang-khong-ton-tai")]
    [InlineData("/tin-bai/mot/hai/ba")]
    [InlineData("/sitemap-khong-co-1.xml")]
    public async Task UnknownSlug_Returns404WithVietnamesePage(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DraftArticle_IsNotPublic()
    {
        await using var scope = factory.Scope();
        var draft = await factory.Db(scope).Articles.Where(v => v.IsLatest && v.Item.PublishedVersionNumber == null).Select(v => v.Item.Slug).FirstAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/tin-bai/" + draft)).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tin-bai")]
    [InlineData("/thu-tuc/cap-giay-phep-kinh-doanh-van-tai-bang-xe-o-to")]
    [InlineData("/duong-day-nong")]
    [InlineData("/chi-so/parindex")]
    [InlineData("/van-ban")]
    public async Task Pages_EmitVietnameseAsCharacters(string url)
    {
        var html = await _client.GetStringAsync(url);

        // Markup characters may be escaped; letters (Vietnamese starts above U+00BF) must never be.
        var letters = EntityPattern().Matches(html).Select(m => m.Groups[1].Value)
            .Select(v => v.StartsWith('x') ? Convert.ToInt32(v[1..], 16) : int.Parse(v, System.Globalization.CultureInfo.InvariantCulture))
            .Where(c => c >= 0xC0).ToList();
        Assert.Empty(letters);
        Assert.Contains("Thủ tục hành chính", html);
        // Nor a plus sign (a JSON-LD script's type, an index's change): Razor's encoder would write &#x2B;.
        Assert.DoesNotContain("&#x2B;", html);
    }

    [Fact]
    public async Task Layout_SwitchesToEnglish_WhenCultureAsked()
    {
        var page = await _client.GetPageAsync("/thu-tuc?culture=en-US");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Administrative procedures", page.QuerySelector(".main-nav")!.TextContent);
        Assert.Equal("Procedure code", page.QuerySelector("form.filters label")!.FirstChild!.TextContent.Trim());
    }

    [Fact]
    public async Task LanguageSwitch_RemembersEnglish_AndCacheVariesByCulture()
    {
        var client = factory.CreateClient();
        Assert.Equal("vi", (await client.GetPageAsync("/duong-day-nong")).DocumentElement.GetAttribute("lang"));

        var english = await client.GetPageAsync("/ngon-ngu?culture=en-US&returnUrl=%2Fduong-day-nong");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Hotlines", english.QuerySelector("h1")!.TextContent);

        // The cookie carries the choice to the next page, which must not come from the Vietnamese cache entry.
        Assert.Equal("en", (await client.GetPageAsync("/duong-day-nong")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("vi", (await _client.GetPageAsync("/duong-day-nong")).DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("//example.com/x")]
    [InlineData("https://example.com/")]
    [InlineData("/\\example.com")]
    public async Task LanguageSwitch_RefusesForeignReturnUrl(string returnUrl)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/ngon-ngu?culture=en-US&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("&#(x[0-9a-fA-F]+|[0-9]+);")]
    private static partial Regex EntityPattern();

    private static int CountOf(IDocument page) => int.Parse(Regex.Match(page.QuerySelector("p.count")!.TextContent, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);

    private static JsonElement JsonLdOf(IDocument page, string type)
    {
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();
        var match = scripts.FirstOrDefault(s => s.GetProperty("@type").GetString() == type);
        Assert.True(match.ValueKind == JsonValueKind.Object, $"No JSON-LD of type {type}.");
        Assert.Equal("https://schema.org", match.GetProperty("@context").GetString());
        return match;
    }
}
