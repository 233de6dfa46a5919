using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Public;

/// <summary>
/// Output caching of the anonymous public site. Every cached page is tagged with its path
/// (<see cref="CacheTags.Page"/>), with its content type when it lives under one's public path, and with
/// <see cref="CacheTags.All"/>; pages may add tags for what their path does not say (<see cref="Tag"/>). A content
/// change evicts only the pages its type declares (<see cref="ContentTypeDefinition.CacheTagsOf"/>, see
/// <see cref="PublicCacheInvalidator"/>).
/// </summary>
public static class PublicCache
{
    /// <summary>Paths that are never cached: the admin, the API, the account pages and health checks.</summary>
    public static bool IsPrivatePath(PathString path) =>
        path.StartsWithSegments("/admin") || path.StartsWithSegments("/media") || path.StartsWithSegments("/api") || path.StartsWithSegments("/health")
        || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz")
        || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/ngon-ngu") || path.StartsWithSegments("/loi") || path.StartsWithSegments("/_content");

    /// <summary>
    /// Adds a tag to the page being rendered, when it is being cached: for what the page shows that its path does not
    /// name (a topic page shows its sub-topics' items). The tags are read when the response is stored, after the page ran.
    /// </summary>
    public static void Tag(HttpContext http, string tag) => http.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(tag);
}

/// <summary>
/// The base policy: GET/HEAD from anonymous visitors only, varied by every query key and by the request culture (which
/// may come from the cookie, not the URL), tagged as described on <see cref="PublicCache"/>.
/// </summary>
internal sealed class PublicOutputCachePolicy : IOutputCachePolicy
{
    private static readonly object GenerationKey = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !request.Headers.Authorization.Any()
            && !PublicCache.IsPrivatePath(request.Path);

        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }

        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.Tags.Add(CacheTags.All);
        context.Tags.Add(CacheTags.Page(request.Path.Value ?? "/"));
        // The type whose pages live under this path (its registration's PublicPath), so that a whole type can be evicted.
        if (http.RequestServices.GetRequiredService<ContentTypeRegistry>().OwnerOfPath(request.Path) is { } owner)
        {
            context.Tags.Add(CacheTags.Type(owner.Name));
        }

        // A page rendered while content changed may hold what was there before: it is served but not stored.
        http.Items[GenerationKey] = http.RequestServices.GetRequiredService<PublicCacheGeneration>().Current;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only complete, cookie-free 200 responses are stored: a page that sets a cookie belongs to one visitor.
        var http = context.HttpContext;
        var response = http.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || !Equals(http.Items[GenerationKey], http.RequestServices.GetRequiredService<PublicCacheGeneration>().Current))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
