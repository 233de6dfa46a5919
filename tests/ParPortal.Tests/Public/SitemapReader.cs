using System.Net;
using System.Xml.Linq;

namespace ParPortal.Tests.Public;

/// <summary>Reads the sitemap as a crawler does: the index at /sitemap.xml, then every child file it names.</summary>
internal static class SitemapReader
{
    public static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The child files the index names, as paths.</summary>
    public static async Task<List<string>> ChildrenAsync(HttpClient client)
    {
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(Ns + "sitemapindex", index.Root!.Name);
        return index.Root.Elements(Ns + "sitemap").Select(s => new Uri(s.Element(Ns + "loc")!.Value).AbsolutePath).ToList();
    }

    /// <summary>Every page path of every child file, in order, with duplicates kept (so tests can see them).</summary>
    public static async Task<List<string>> AllPathsAsync(HttpClient client)
    {
        var paths = new List<string>();
        foreach (var child in await ChildrenAsync(client))
        {
            paths.AddRange((await UrlSetAsync(client, child)).Select(l => new Uri(l).AbsolutePath));
        }

        return paths;
    }

    /// <summary>The locations of one child file, after checking it is a well-formed urlset.</summary>
    public static async Task<List<string>> UrlSetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} returned {(int)response.StatusCode}");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "urlset", xml.Root!.Name);
        return xml.Root.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
    }
}
