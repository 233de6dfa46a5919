using ParPortal.Content;
using ParPortal.Features.Content;
using ParPortal.Features.IndexResults;

namespace ParPortal.Features.Public;

/// <summary>The public address of each kind of page, in one place so that links, feeds and the sitemap agree.</summary>
public static class PublicUrls
{
    public const string Articles = "/tin-bai";
    public const string Documents = "/van-ban";
    public const string Procedures = "/thu-tuc";
    public const string Hotlines = "/duong-day-nong";
    public const string Indexes = "/chi-so";
    public const string Search = "/tim-kiem";

    public static string Article(string slug) => $"{Articles}/{slug}";

    public static string Document(string slug) => $"{Documents}/{slug}";

    public static string Procedure(string slug) => $"{Procedures}/{slug}";

    public static string Topic(string slug) => $"/chu-de/{slug}";

    public static string TopicFeed(string slug) => $"/chu-de/{slug}/rss.xml";

    public static string Index(string code) => $"{Indexes}/{code.ToLowerInvariant()}";

    /// <summary>The page that shows a published version; hotlines and index results live on their list pages.</summary>
    public static string? For(ContentVersion version) => version switch
    {
        _ when version.Item is null => null,
        IndexResultVersion r => Index(r.IndexCode),
        _ => For(version.Item.ContentType, version.Item.Slug),
    };

    public static string? For(string contentType, string slug) => contentType switch
    {
        ContentTypes.Article => Article(slug),
        ContentTypes.Document => Document(slug),
        ContentTypes.Procedure => Procedure(slug),
        ContentTypes.Hotline => Hotlines,
        _ => null,
    };
}
