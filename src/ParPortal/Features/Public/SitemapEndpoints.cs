using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPortal.Data;
using ParPortal.Features.Content.Types;
using ParPortal.Time;

namespace ParPortal.Features.Public;

/// <summary>
/// The sitemap as the protocol wants it for a large site: <c>/sitemap.xml</c> is a sitemap index naming the child
/// files, <c>/sitemap-trang.xml</c> the site's own pages (home, topics, lists, index pages), and
/// <c>/sitemap-{type}-{n}.xml</c> the n-th slice of a type's published items (<see cref="SitemapOptions.UrlsPerFile"/>
/// each, oldest first). Every file carries the sitemap's cache tag, so a publish evicts them together.
/// </summary>
public static class SitemapEndpoints
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const string IndexPath = "/sitemap.xml";

    public const string PagesPath = "/sitemap-trang.xml";

    public static string ItemsPath(string typeName, int number) => $"/sitemap-{typeName.ToLowerInvariant()}-{number}.xml";

    public static IEndpointRouteBuilder MapSitemaps(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(IndexPath, IndexAsync).AllowAnonymous();
        endpoints.MapGet(PagesPath, PagesAsync).AllowAnonymous();
        endpoints.MapGet("/sitemap-{type:alpha}-{number:int:min(1)}.xml", ItemsAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> IndexAsync(HttpContext http, ParPortalDbContext db, ContentTypeRegistry types, IOptions<SitemapOptions> options,
        PublicFacts facts, CancellationToken ct)
    {
        PublicCache.Tag(http, CacheTags.Sitemap);
        var size = options.Value.UrlsPerFile;
        var files = new List<string> { PagesPath };
        foreach (var type in types.All.Where(t => t.HasItemPages))
        {
            // Counting 80,000 published articles is most of this file's cost; only a publish changes it (PublicFacts).
            var count = await facts.GetAsync("published:" + type.Name, type.Published(db).CountAsync, ct);
            files.AddRange(Enumerable.Range(1, (count + size - 1) / size).Select(n => ItemsPath(type.Name, n)));
        }

        var root = FeedEndpoints.BaseUrl(http);
        return Xml("sitemapindex", xml =>
        {
            foreach (var file in files)
            {
                xml.WriteStartElement("sitemap", Ns);
                xml.WriteElementString("loc", Ns, root + file);
                xml.WriteEndElement();
            }
        });
    }

    private static async Task<IResult> PagesAsync(HttpContext http, ParPortalDbContext db, ContentTypeRegistry types, CancellationToken ct)
    {
        PublicCache.Tag(http, CacheTags.Sitemap);
        var entries = new List<SitemapEntry> { new("/", null) };
        entries.AddRange((await db.Topics.AsNoTracking().Where(t => t.MergedIntoId == null).Select(t => t.Slug).ToListAsync(ct))
            .Select(s => new SitemapEntry(PublicUrls.Topic(s), null)));
        foreach (var type in types.All)
        {
            entries.AddRange(await type.SitemapAsync(db, ct));
        }

        return UrlSet(http, entries.DistinctBy(e => e.Path));
    }

    private static async Task<IResult> ItemsAsync(string type, int number, HttpContext http, ParPortalDbContext db, ContentTypeRegistry types,
        IOptions<SitemapOptions> options, CancellationToken ct)
    {
        var definition = types.All.FirstOrDefault(t => t.HasItemPages && string.Equals(t.Name, type, StringComparison.OrdinalIgnoreCase));
        if (definition is null)
        {
            return Results.NotFound();
        }

        PublicCache.Tag(http, CacheTags.Sitemap);
        var size = options.Value.UrlsPerFile;
        var entries = await definition.SitemapItemsAsync(db, (number - 1) * size, size, ct);
        // A file past the last one (the site shrank since a crawler read the index) is gone, not empty.
        return entries.Count == 0 && number > 1 ? Results.NotFound() : UrlSet(http, entries);
    }

    private static IResult UrlSet(HttpContext http, IEnumerable<SitemapEntry> entries)
    {
        var root = FeedEndpoints.BaseUrl(http);
        return Xml("urlset", xml =>
        {
            foreach (var (path, modified) in entries)
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, root + path);
                if (modified is { } m)
                {
                    xml.WriteElementString("lastmod", Ns, VietnameseDate.Iso(m));
                }

                xml.WriteEndElement();
            }
        });
    }

    private static IResult Xml(string rootElement, Action<XmlWriter> body)
    {
        var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(rootElement, Ns);
            body(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Results.Bytes(output.ToArray(), "application/xml; charset=utf-8");
    }
}
