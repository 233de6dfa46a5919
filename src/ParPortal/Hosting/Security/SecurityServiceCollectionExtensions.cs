using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ParPortal.Hosting.Security;

/// <summary>
/// The site-wide defences: security headers, the public base address, request limits, rate limits, and the
/// authorization default that a route without a declared policy needs a signed-in user.
/// </summary>
public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddParPortalSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityHeadersOptions>().Bind(configuration.GetSection(SecurityHeadersOptions.Section));
        services.AddOptions<RequestLimitsOptions>().Bind(configuration.GetSection(RequestLimitsOptions.Section));
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl)
                || (Uri.TryCreate(o.PublicBaseUrl.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) && u.Query.Length == 0),
                $"{SiteOptions.Section}:PublicBaseUrl must be an absolute http(s) address without a query, e.g. https://cchc.quangtri.gov.vn.")
            .ValidateOnStart();
        services.AddSingleton<SiteAddress>();
        services.AddSingleton<ContentSecurityPolicies>();
        services.AddParPortalRateLimits();

        // A route that declares nothing is not public by accident: it needs a signed-in user. Every route declares a
        // policy or AllowAnonymous; the route-table test fails on one that does not.
        services.Configure<AuthorizationOptions>(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // Minimal APIs throw on a query value that does not bind, so that the API's problem handler can name it.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityHeadersOptions>>((o, headers) =>
        {
            o.MaxAge = headers.Value.HstsMaxAge;
            o.IncludeSubDomains = headers.Value.HstsIncludeSubDomains;
        });
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitsOptions>>((o, limits) =>
        {
            o.Limits.MaxRequestLineSize = Math.Max(limits.Value.ServerMaxRequestLineBytes, limits.Value.MaxUrlLength + 1024);
            o.Limits.MaxRequestHeadersTotalSize = Math.Max(o.Limits.MaxRequestHeadersTotalSize, o.Limits.MaxRequestLineSize + 16 * 1024);
        });
        return services;
    }

    /// <summary>The first middleware: every response, errors and cached pages included, gets the security headers.</summary>
    public static IApplicationBuilder UseParPortalSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>
    /// Refuses over-long addresses with 414 and a body (after the status-code pages, which render it), and cleans the
    /// query values at the input boundary.
    /// </summary>
    public static IApplicationBuilder UseParPortalRequestLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<UrlLengthMiddleware>().UseMiddleware<QueryTextMiddleware>();
}
