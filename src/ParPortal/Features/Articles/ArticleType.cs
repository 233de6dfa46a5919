using ParPortal.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Articles;

/// <summary>News and articles (tin, bài): rich-text body, featured image, gallery, attachments.</summary>
public sealed class ArticleType() : ContentTypeDefinition<ArticleVersion, ArticleInput>(ContentTypes.Article, "Tin, bài", Path)
{
    /// <summary>The list page; each article is at <c>/tin-bai/{slug}</c>.</summary>
    public const string Path = "/tin-bai";

    public static string Url(string slug) => $"{Path}/{slug}";

    protected override ContentSearchText SearchTextOf(ArticleVersion a, Func<string?, string> plainText) => new(plainText(a.Body) + " " + a.Author);
}
