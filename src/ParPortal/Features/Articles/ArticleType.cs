using ParPortal.Content;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Articles;

/// <summary>News and articles (tin, bài): rich-text body, featured image, gallery, attachments.</summary>
public sealed class ArticleType : ContentTypeDefinition<ArticleVersion, ArticleInput>
{
    /// <summary>The list page; each article is at <c>/tin-bai/{slug}</c>.</summary>
    public const string Path = "/tin-bai";

    public override string Name => ContentTypes.Article;

    public override string DisplayName => "Tin, bài";

    public override string EditorView => "/Features/Articles/Admin/_EditArticle.cshtml";

    public override string? PublicPath => Path;

    public override string? PreviewPage => "/Articles/Public/Detail";

    public override bool IsSearchable => true;

    public static string Url(string slug) => $"{Path}/{slug}";

    protected override string? UrlOf(ContentItem item, ArticleVersion version) => Url(item.Slug);

    protected override ContentSearchText SearchTextOf(ArticleVersion a, Func<string?, string> plainText) => new(plainText(a.Body) + " " + a.Author);
}
