using System.ComponentModel.DataAnnotations;

namespace ParPortal.Features.Public;

/// <summary>Settings of the sitemap files, bound from <c>ParPortal:Sitemap</c>.</summary>
public sealed class SitemapOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "ParPortal:Sitemap";

    /// <summary>The most URLs the sitemap protocol allows in one file (sitemaps.org); more make the file invalid.</summary>
    public const int ProtocolLimit = 50_000;

    /// <summary>
    /// URLs per child sitemap. Far below the protocol's 50,000 so that one file renders in milliseconds when it is
    /// not cached (the whole 100,000-item sitemap took 0.8 s of CPU and 12.7 MB; 5,000 URLs, 656 KB, took 31 ms; 2,000
    /// URLs 14 ms of CPU, most of it reading and converting the rows); crawlers fetch the files one by one, and the
    /// work for the whole sitemap is the same whatever the size of a file.
    /// </summary>
    [Range(1, ProtocolLimit)]
    public int UrlsPerFile { get; set; } = 1_000;
}
