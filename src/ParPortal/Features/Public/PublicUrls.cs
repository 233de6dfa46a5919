namespace ParPortal.Features.Public;

/// <summary>
/// The public addresses of the pages that belong to no content type (topics, search). Each content type's own
/// pages are declared with its registration (<see cref="Content.Types.ContentTypeDefinition.PublicPath"/> and
/// <see cref="Content.Types.ContentTypeDefinition.PublicUrl"/>), so links, feeds, search and the sitemap agree.
/// </summary>
public static class PublicUrls
{
    public const string Search = "/tim-kiem";

    public static string Topic(string slug) => $"/chu-de/{slug}";

    public static string TopicFeed(string slug) => $"/chu-de/{slug}/rss.xml";
}
