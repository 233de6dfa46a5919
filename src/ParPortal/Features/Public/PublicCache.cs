using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Public;

/// <summary>
/// Output caching of the anonymous public site. Pages are tagged by the content type they show
/// ("content:Article"…), pages that mix types (home, topics, feeds, sitemap) by <see cref="AggregateTag"/>, and every
/// page by <see cref="AllTag"/>; a content change evicts its type's tag and the aggregate tag.
/// </summary>
public static class PublicCache
{
    public const string AllTag = "content:all";

    public const string AggregateTag = "content:aggregate";

    public static string TagOf(string contentType) => "content:" + contentType;

    /// <summary>Paths that are never cached: the admin, the API, the account pages and health checks.</summary>
    public static bool IsPrivatePath(PathString path) =>
        path.StartsWithSegments("/admin") || path.StartsWithSegments("/media") || path.StartsWithSegments("/api") || path.StartsWithSegments("/health")
        || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/ngon-ngu") || path.StartsWithSegments("/loi") || path.StartsWithSegments("/_content");
}

/// <summary>
/// The base policy: GET/HEAD from anonymous visitors only, varied by every query key and by the request culture (which
/// may come from the cookie, not the URL), tagged as described on <see cref="PublicCache"/>.
/// </summary>
internal sealed class PublicOutputCachePolicy : IOutputCachePolicy
{
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
        context.Tags.Add(PublicCache.AllTag);
        // The type whose pages live under this path (its registration's PublicPath), or the aggregate tag for pages that
        // mix types.
        var owner = http.RequestServices.GetRequiredService<ContentTypeRegistry>().OwnerOfPath(request.Path);
        context.Tags.Add(owner is null ? PublicCache.AggregateTag : PublicCache.TagOf(owner.Name));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only complete, cookie-free 200 responses are stored: a page that sets a cookie belongs to one visitor.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>Evicts the cached pages that a committed content change affects, so the next request sees it.</summary>
internal sealed class PublicCacheInvalidator(IOutputCacheStore store, ILogger<PublicCacheInvalidator> logger) : IContentCommittedObserver
{
    public void OnCommitted(ContentChange change)
    {
        try
        {
            // The in-memory store evicts synchronously; waiting here makes "published" mean "visible on the next
            // request" without a race against the editor's redirect.
            store.EvictByTagAsync(PublicCache.TagOf(change.Item.ContentType), CancellationToken.None).AsTask().GetAwaiter().GetResult();
            store.EvictByTagAsync(PublicCache.AggregateTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            // The change is committed; a failed eviction only delays its visibility until the entries expire.
            logger.LogError(ex, "Could not evict cached public pages after a change to {Type} {Id}", change.Item.ContentType, change.Item.Id);
        }
    }
}
