using ParPortal.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Public;
using ParPortal.Features.RichText;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;

namespace ParPortal.Features.Articles.Public;

/// <summary>One published article. The body was sanitized on save and is sanitized again here, in case the policy tightened.</summary>
public sealed class ArticleDetailModel(ParPortalDbContext db, HtmlSanitizer sanitizer, SiteChrome chrome) : PublicPageModel
{
    public ArticleVersion Article { get; private set; } = null!;

    public string SafeBody { get; private set; } = string.Empty;

    /// <summary>The featured picture with its stored widths, when the article has one.</summary>
    public ListImage? Image { get; private set; }

    /// <summary>The gallery's pictures, each with its stored widths when it is an upload.</summary>
    public IReadOnlyList<(GalleryImage Image, ListImage Picture)> Gallery { get; private set; } = [];

    /// <summary>When the article first became public (republishing an edit does not move it).</summary>
    public DateTime? Date { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        var query = db.Articles.AsNoTracking().Include(v => v.Item).Include(v => v.Unit);
        var (preview, refusal) = await PreviewAsync(query, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var article = preview ?? await query.BySlugAsync(ContentTypes.Article, slug, ct);
        if (article is null)
        {
            return NotFound();
        }

        await db.LoadTopicsAsync(article, ct);

        slug = article.Item.Slug;

        Article = article;
        SafeBody = sanitizer.Sanitize(article.Body);
        var files = await FeaturedImages.FilesAsync(db, article.Gallery.Select(g => g.Url).Append(article.ImageUrl), ct);
        Image = FeaturedImages.Of(article.ImageUrl, article.ImageAlt, files);
        Gallery = article.Gallery.Select(g => (g, FeaturedImages.Of(g.Url, g.Alt, files)!)).ToList();
        Date = article.Item.FirstPublishedUtc ?? article.PublishedUtc;

        var site = await chrome.SettingsAsync();
        var root = FeedEndpoints.BaseUrl(HttpContext);
        Meta.Title = article.Title;
        Meta.Description = article.Summary;
        Meta.CanonicalPath = ArticleType.Url(slug);
        Meta.OgType = "article";
        Meta.ImageUrl = article.ImageUrl;
        Meta.Section = "tin-bai";
        Meta.Crumb(T("Tin, bài"), ArticleType.Path).Crumb(article.Title);
        Meta.JsonLd.Add(JsonLd.Thing("NewsArticle")
            .With("headline", article.Title)
            .With("description", article.Summary)
            .With("datePublished", Date?.ToString("O"))
            .With("dateModified", article.PublishedUtc?.ToString("O"))
            .With("inLanguage", "vi")
            .With("mainEntityOfPage", root + Meta.CanonicalPath)
            .With("image", article.ImageUrl is { } img ? (img.StartsWith('/') ? root + img : img) : null)
            .With("author", article.Author is { } author ? new Dictionary<string, string> { ["@type"] = "Person", ["name"] = author } : null)
            .With("publisher", new Dictionary<string, string> { ["@type"] = "GovernmentOrganization", ["name"] = site.AgencyName }));
        return Page();
    }
}
