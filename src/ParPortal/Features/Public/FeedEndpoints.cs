using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Hosting;
using ParPortal.Time;
using Microsoft.Extensions.DependencyInjection;

namespace ParPortal.Features.Public;

/// <summary>RSS 2.0 feeds (all news, per topic), the sitemaps (<see cref="SitemapEndpoints"/>), robots.txt and the language switch.</summary>
public static class FeedEndpoints
{
    private const int FeedSize = 30;

    public static IEndpointRouteBuilder MapPublicFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/rss.xml", (HttpContext http, ParPortalDbContext db, SiteChrome chrome, CancellationToken ct) =>
            RssAsync(http, db, chrome, topicSlug: null, ct)).AllowAnonymous();
        endpoints.MapGet("/chu-de/{slug}/rss.xml", (string slug, HttpContext http, ParPortalDbContext db, SiteChrome chrome, CancellationToken ct) =>
            RssAsync(http, db, chrome, slug, ct)).AllowAnonymous();
        endpoints.MapSitemaps();
        endpoints.MapGet("/robots.txt", (HttpContext http) => Results.Text(
            $"User-agent: *\nDisallow: /admin\nDisallow: /api\n\nSitemap: {BaseUrl(http)}/sitemap.xml\n", "text/plain; charset=utf-8")).AllowAnonymous();
        endpoints.MapGet("/ngon-ngu", SwitchLanguage).AllowAnonymous();
        return endpoints;
    }

    /// <summary>
    /// The site's absolute root for links that leave the page (feeds, sitemap, canonical, Open Graph, JSON-LD): the
    /// configured public address, never an untrusted Host header (<see cref="SiteAddress"/>).
    /// </summary>
    public static string BaseUrl(HttpContext http) => http.RequestServices.GetRequiredService<SiteAddress>().BaseUrl(http);

    private static async Task<IResult> RssAsync(HttpContext http, ParPortalDbContext db, SiteChrome chrome, string? topicSlug, CancellationToken ct)
    {
        var query = db.Articles.AsNoTracking().Where(v => v.IsPublished);
        string? topicName = null;
        if (topicSlug is not null)
        {
            var topic = await db.Topics.Where(t => t.Slug == topicSlug).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(ct);
            if (topic is null)
            {
                return Results.NotFound();
            }

            topicName = topic.Name;
            PublicCache.Tag(http, CacheTags.Topic(topic.Id));

            query = query.Where(v => v.Topics.Any(t => t.Slug == topicSlug));
        }

        var items = await query.OrderByDescending(v => v.PublishedUtc).Take(FeedSize)
            .Select(v => new { v.Title, v.Summary, v.PublishedUtc, v.Item.Slug, v.Item.FirstPublishedUtc, v.Author })
            .ToListAsync(ct);
        var site = await chrome.SettingsAsync();
        var root = BaseUrl(http);

        var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            xml.WriteStartElement("channel");
            var channelPath = topicSlug is null ? ArticleType.Path : PublicUrls.Topic(topicSlug);
            xml.WriteElementString("title", Text(topicName is null ? $"{site.SiteName} – {site.AgencyName}" : $"{topicName} – {site.SiteName}"));
            xml.WriteElementString("link", root + channelPath);
            xml.WriteElementString("description", Text($"Tin, bài cải cách hành chính của {site.AgencyName}"));
            xml.WriteElementString("language", "vi");
            xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("href", root + http.Request.Path);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var item in items)
            {
                var link = root + ArticleType.Url(item.Slug);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", Text(item.Title));
                xml.WriteElementString("link", link);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(link);
                xml.WriteEndElement();
                if (item.Summary is not null)
                {
                    xml.WriteElementString("description", Text(item.Summary));
                }

                if (item.PublishedUtc is { } published)
                {
                    xml.WriteElementString("pubDate", DateTime.SpecifyKind(published, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Results.Bytes(output.ToArray(), "application/rss+xml; charset=utf-8");
    }

    /// <summary>Remembers the chosen language in the culture cookie and returns to the page (local URLs only).</summary>
    private static IResult SwitchLanguage(HttpContext http, TimeProvider clock, string? culture, string? returnUrl)
    {
        var chosen = culture == "en-US" ? "en-US" : "vi-VN";
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return Results.Redirect(LocalUrl.OrHome(returnUrl));
    }

    // Feeds must never fail for every reader because of one stored character that XML cannot carry.
    private static string Text(string? value) => ParPortal.Text.InputText.ForXml(value);
}
