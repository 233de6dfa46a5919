namespace ParPortal.Hosting;

/// <summary>The site's public address, bound from <c>ParPortal:Site</c>.</summary>
public sealed class SiteOptions
{
    public const string Section = "ParPortal:Site";

    /// <summary>
    /// The absolute address the public reaches the site at, e.g. <c>https://cchc.quangtri.gov.vn</c> (or with a path,
    /// <c>https://quangtri.gov.vn/cchc</c>). Canonical links, Open Graph, JSON-LD, feeds, the sitemap and robots.txt
    /// are built from it. When empty they are built from the request, but only for a host listed in the host's
    /// <c>AllowedHosts</c> (or a loopback name); any other Host header is never echoed into a link, since a cached
    /// page or feed with an attacker's host in it would send visitors there.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
