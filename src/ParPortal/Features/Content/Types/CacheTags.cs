namespace ParPortal.Features.Content.Types;

/// <summary>
/// The names under which cached public pages are stored and evicted. Every cached page carries the tag of its own path
/// (<see cref="Page"/>), so a type declares the pages that a change of one of its items touches by their addresses
/// (<see cref="ContentTypeDefinition.CacheTagsOf"/>), the same addresses its public URLs give links and the sitemap.
/// Pages whose content depends on something their path does not name add a tag of their own (a topic's page and feed
/// show the topic's sub-topics too: <see cref="Topic"/>).
/// </summary>
public static class CacheTags
{
    /// <summary>Every cached page: evicted when something every page shows changes (settings, topics in the menu).</summary>
    public const string All = "content:all";

    /// <summary>The column home page.</summary>
    public static readonly string Home = Page("/");

    /// <summary>The sitemap, which lists every published item.</summary>
    public static readonly string Sitemap = Page("/sitemap.xml");

    /// <summary>The news feed (<c>/rss.xml</c>).</summary>
    public static readonly string NewsFeed = Page("/rss.xml");

    /// <summary>The public search page with every query (the query string is not part of the path).</summary>
    public static readonly string Search = Page("/tim-kiem");

    /// <summary>
    /// The tag of the page at <paramref name="path"/>, whatever its query string (lists with filters and paging share
    /// their path's tag). The fragment and query are ignored, case and a trailing slash too, as routing ignores them.
    /// </summary>
    public static string Page(string path)
    {
        var end = path.IndexOfAny(['?', '#']);
        var p = (end >= 0 ? path[..end] : path).TrimEnd('/');
        return "page:" + (p.Length == 0 ? "/" : p.ToLowerInvariant());
    }

    /// <summary>A topic's page and feed, which also show the items of its sub-topics.</summary>
    public static string Topic(int topicId) => "topic:" + topicId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every page under a type's public path (its list and item pages).</summary>
    public static string Type(string typeName) => "type:" + typeName;
}
