using System.Collections.Concurrent;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace ParPortal.BrowserTests;

/// <summary>
/// Every link of the demo site works: each public page type is opened in Chromium (every image, stylesheet and script
/// it loads must answer below 400, lazy images included), and every public page is crawled over HTTP, following
/// same-origin links without a query (admin excluded) and checking every link, image, stylesheet, script, feed entry
/// and sitemap entry it names.
/// </summary>
public sealed class DemoLinkTests(DemoSiteFixture site, ITestOutputHelper output) : IClassFixture<DemoSiteFixture>
{
    /// <summary>A bound on the crawl, far above the demo's size (about 200 pages), so a link loop cannot run away.</summary>
    private const int MaxPages = 1500;

    [Fact]
    public async Task PublicPageTypes_LoadEveryImageStylesheetAndScript_WhenOpenedInBrowser()
    {
        var failures = new ConcurrentQueue<string>();
        var images = 0;
        foreach (var path in await PageTypesAsync())
        {
            await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, Width.Desktop, output);
            s.Page.Response += (_, r) =>
            {
                if (r.Status >= 400)
                {
                    failures.Enqueue($"{r.Status} {r.Url} (loaded by {path})");
                }
            };
            s.Page.RequestFailed += (_, r) => failures.Enqueue($"failed {r.Url}: {r.Failure} (loaded by {path})");
            await s.GotoAsync(path);
            // Lazy images load only near the viewport: walk down the page, then let the network settle.
            await s.Page.EvaluateAsync("async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise(r => setTimeout(r, 50)); } }");
            await s.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            foreach (var img in await s.Page.Locator("img").AllAsync())
            {
                await PageWaits.AssertImageLoadedAsync(img, $"An image on {path}");
                images++;
            }

            await s.AssertCleanAsync();
        }

        Assert.True(failures.IsEmpty, "Broken resources:\n" + string.Join("\n", failures));
        // At least the featured article's picture, loaded in the browser from its media variant.
        Assert.True(images >= 1, "No image on the public page types: the featured article should show its picture.");
    }

    [Fact]
    public async Task EveryPublicPage_LinksOnlyToAnswersBelow400_WhenDemoIsCrawled()
    {
        using var http = new HttpClient { BaseAddress = site.Host.BaseAddress };
        var origin = site.Host.BaseAddress;
        var queue = new Queue<string>(["/", "/sitemap.xml", "/rss.xml", "/robots.txt", .. await PageTypesAsync()]);
        var foundOn = new Dictionary<string, string>(StringComparer.Ordinal);
        var checkedUrls = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var pages = 0;
        foreach (var seed in queue)
        {
            foundOn.TryAdd(seed, "(start)");
        }

        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            using var response = await http.GetAsync(path);
            checkedUrls[path] = (int)response.StatusCode;
            if ((int)response.StatusCode >= 400)
            {
                failures.Add($"{(int)response.StatusCode} {path} (linked from {foundOn[path]})");
                continue;
            }

            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var followable = !path.Contains('?', StringComparison.Ordinal) && (type == "text/html" || type.EndsWith("xml", StringComparison.Ordinal));
            if (!followable)
            {
                continue;
            }

            Assert.True(++pages <= MaxPages, $"More than {MaxPages} pages: a link loop?");
            var text = await response.Content.ReadAsStringAsync();
            foreach (var link in type == "text/html" ? HtmlLinks(text) : XmlLinks(text))
            {
                if (SameOriginPath(origin, link) is { } target && foundOn.TryAdd(target, path))
                {
                    queue.Enqueue(target);
                }
            }
        }

        output.WriteLine($"Crawled {pages} pages and feeds, checked {checkedUrls.Count} addresses.");
        Assert.True(failures.Count == 0, $"Broken links ({failures.Count}):\n" + string.Join("\n", failures));
        // The crawl must really have reached the demo's detail pages, its downloads and its pictures.
        Assert.True(pages >= 150, $"Only {pages} pages crawled.");
        Assert.True(checkedUrls.Keys.Count(u => u.StartsWith("/media/", StringComparison.Ordinal) && u.EndsWith(".pdf", StringComparison.Ordinal)) >= 15,
            "The documents' PDF downloads were not all reached.");
        Assert.True(checkedUrls.Keys.Count(u => u.StartsWith("/media/", StringComparison.Ordinal) && u.EndsWith(".jpg", StringComparison.Ordinal)) >= 8,
            "The featured articles' pictures were not all reached.");
    }

    /// <summary>One address of each public page type; details use published demo items (an article with a picture).</summary>
    private async Task<List<string>> PageTypesAsync()
    {
        await using var scope = site.Host.Scope();
        var db = site.Host.Db(scope);
        var article = await db.Articles.Where(v => v.IsPublished && v.ImageUrl != null).OrderByDescending(v => v.PublishedUtc).Select(v => v.Item.Slug).FirstAsync();
        var document = await db.Documents.Where(v => v.IsPublished).OrderByDescending(v => v.PublishedUtc).Select(v => v.Item.Slug).FirstAsync();
        var procedure = await db.Procedures.Where(v => v.IsPublished).OrderBy(v => v.Code).Select(v => v.Item.Slug).FirstAsync();
        var topic = await db.Topics.OrderBy(t => t.SortOrder).Select(t => t.Slug).FirstAsync();
        return
        [
            "/", "/tin-bai", "/tin-bai/" + article, "/van-ban", "/van-ban/" + document, "/thu-tuc", "/thu-tuc/" + procedure,
            "/duong-day-nong", "/chi-so", "/chi-so/parindex", "/chu-de/" + topic, "/tim-kiem?q=thu+tuc+hanh+chinh",
        ];
    }

    private static IEnumerable<string> HtmlLinks(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var e in document.QuerySelectorAll("a[href], link[href]"))
        {
            yield return e.GetAttribute("href")!;
        }

        foreach (var e in document.QuerySelectorAll("img[src], script[src], source[src], iframe[src]"))
        {
            yield return e.GetAttribute("src")!;
        }

        foreach (var e in document.QuerySelectorAll("img[srcset], source[srcset]"))
        {
            foreach (var candidate in e.GetAttribute("srcset")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return candidate.Split(' ')[0];
            }
        }
    }

    /// <summary>Links in RSS (link, guid, enclosure) and in the sitemap (loc).</summary>
    private static IEnumerable<string> XmlLinks(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        foreach (var e in root.Descendants())
        {
            if (e.Name.LocalName is "link" or "loc" or "guid" && !e.HasElements && e.Value.Length > 0)
            {
                yield return e.Value.Trim();
            }

            if (e.Attribute("url") is { } url)
            {
                yield return url.Value;
            }

            if (e.Name.LocalName == "link" && e.Attribute("href") is { } href)
            {
                yield return href.Value;
            }
        }
    }

    /// <summary>The path and query of a same-origin link that is not in the admin; null for anything else.</summary>
    private static string? SameOriginPath(Uri origin, string link)
    {
        if (link.StartsWith('#') || !Uri.TryCreate(origin, link, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        if (!string.Equals(uri.Authority, origin.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = uri.PathAndQuery;
        return path.StartsWith("/admin", StringComparison.Ordinal) ? null : path;
    }
}
