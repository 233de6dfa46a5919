using ParPortal.Content;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Articles;

/// <summary>News and articles (tin, bài): rich-text body, featured image, gallery, attachments.</summary>
public sealed class ArticleType() : ContentTypeDefinition<ArticleVersion, ArticleInput>(ContentTypes.Article, "Tin, bài", Path)
{
    /// <summary>The list page; each article is at <c>/tin-bai/{slug}</c>.</summary>
    public const string Path = "/tin-bai";

    public override string? PreviewPage => "/Articles/Public/Detail";

    public static string Url(string slug) => $"{Path}/{slug}";

    /// <summary>
    /// Articles are also shown in the news feed and on the pages and feeds of their topics; a topic's page lists its
    /// sub-topics' articles too, so the parent topic is touched as well.
    /// </summary>
    public override IEnumerable<string> CacheTagsOf(ContentItem item, ContentVersion version) =>
        base.CacheTagsOf(item, version)
            .Append(CacheTags.NewsFeed)
            .Concat(version.Topics.SelectMany(t => t.ParentId is { } parent ? [CacheTags.Topic(t.Id), CacheTags.Topic(parent)] : new[] { CacheTags.Topic(t.Id) }));

    protected override ContentSearchText SearchTextOf(ArticleVersion a, Func<string?, string> plainText) => new(ContentSearchText.Join([plainText(a.Body), a.Author]));
}
