namespace ParPortal.Features.Public;

/// <summary>
/// What a public page tells the layout about itself: the title, the description and canonical path for search engines
/// and Open Graph, the breadcrumbs, and the schema.org JSON-LD objects. The layout renders all of it in one place.
/// </summary>
public sealed class PageMeta
{
    /// <summary>The key under which a page hands its meta to the layout in ViewData.</summary>
    public const string ViewDataKey = "ParPortal.PageMeta";

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>The site-relative canonical path ("/tin-bai/abc"), without the query string unless it matters.</summary>
    public string? CanonicalPath { get; set; }

    /// <summary>Open Graph type: "website" or "article".</summary>
    public string OgType { get; set; } = "website";

    public string? ImageUrl { get; set; }

    /// <summary>The trail shown above the content; the home link is added by the layout.</summary>
    public List<Breadcrumb> Breadcrumbs { get; } = [];

    /// <summary>schema.org objects, serialized into application/ld+json scripts.</summary>
    public List<object> JsonLd { get; } = [];

    /// <summary>The RSS feed that this page offers (link rel=alternate), if any.</summary>
    public string? FeedPath { get; set; }

    /// <summary>A section of the main navigation to mark as current ("tin-bai", "thu-tuc"…).</summary>
    public string? Section { get; set; }

    /// <summary>Set when an editor previews a version through the admin (the layout shows a banner and noindex).</summary>
    public ParPortal.Features.Content.Preview.PagePreview? Preview { get; set; }

    public PageMeta Crumb(string name, string? url = null)
    {
        Breadcrumbs.Add(new Breadcrumb(name, url));
        return this;
    }
}

/// <summary>One step of the breadcrumb trail; the last one (the current page) has no link.</summary>
public sealed record Breadcrumb(string Name, string? Url);
