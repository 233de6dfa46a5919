using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace ParPortal.Hosting;

/// <summary>
/// The site's absolute root for links that leave the page (canonical, Open Graph, JSON-LD, feeds, sitemap): the
/// configured <see cref="SiteOptions.PublicBaseUrl"/>, else the request's own address when its host is trusted.
/// </summary>
public sealed class SiteAddress(IOptions<SiteOptions> site, IOptions<HostFilteringOptions> hostFiltering)
{
    private readonly string? _configured = Normalize(site.Value.PublicBaseUrl);

    private readonly IReadOnlyList<string> _listed = hostFiltering.Value.AllowedHosts
        .Where(h => !string.IsNullOrWhiteSpace(h) && h != "*")
        .Select(h => h.Trim().ToLowerInvariant())
        .ToList();

    /// <summary>True when links come from configuration rather than from requests.</summary>
    public bool IsConfigured => _configured is not null;

    /// <summary>The absolute root without a trailing slash, e.g. <c>https://cchc.quangtri.gov.vn</c>.</summary>
    public string BaseUrl(HttpContext http)
    {
        if (_configured is not null)
        {
            return _configured;
        }

        var request = http.Request;
        var host = request.Host.HasValue && IsTrusted(request.Host.Host) ? request.Host.ToUriComponent() : FallbackHost;
        return $"{request.Scheme}://{host}{request.PathBase}";
    }

    private string FallbackHost => _listed.FirstOrDefault(h => !h.StartsWith("*.", StringComparison.Ordinal)) ?? "localhost";

    private bool IsTrusted(string host)
    {
        var h = host.ToLowerInvariant();
        if (h is "localhost" or "127.0.0.1" or "[::1]" or "::1")
        {
            return true;
        }

        // The same matching as the host-filtering middleware: exact names, and "*.example.vn" for subdomains.
        return _listed.Any(l => l == h || (l.StartsWith("*.", StringComparison.Ordinal) && h.EndsWith(l[1..], StringComparison.Ordinal)));
    }

    private static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"{SiteOptions.Section}:PublicBaseUrl must be an absolute http(s) address without query, e.g. https://cchc.quangtri.gov.vn (got “{url}”).");
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
