using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Content;

namespace ParPortal.Features.Public;

/// <summary>Registration of the public site: output caching, its invalidation, the layout's data, feeds.</summary>
public static class PublicServiceCollectionExtensions
{
    public static IServiceCollection AddParPortalPublic(this IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            o.AddBasePolicy(new PublicOutputCachePolicy());
            o.SizeLimit = 256L * 1024 * 1024;
        });
        // The framework's in-memory store, wrapped to serve lists stale while one request renders them anew. Its grace
        // and render claims run on the real clock, whatever clock the site's content runs on (tests move that one).
        var memoryStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(memoryStore);
        services.AddSingleton(sp => new GraceOutputCacheStore((IOutputCacheStore)memoryStore.ImplementationFactory!(sp), TimeProvider.System));
        services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<GraceOutputCacheStore>());
        services.AddSingleton<PublicCacheGeneration>();
        services.AddSingleton<PublicCacheEvictor>();
        services.AddSingleton<PublicFacts>();
        services.AddSingleton<IContentCommittedObserver, PublicCacheInvalidator>();
        services.AddScoped<SiteChrome>();
        services.AddOptions<SitemapOptions>().BindConfiguration(SitemapOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapParPortalPublic(this IEndpointRouteBuilder endpoints) => endpoints.MapPublicFeeds();

    /// <summary>
    /// The public part of the pipeline; it must run after UseRouting and UseAuthentication (the cache policy skips
    /// signed-in users) and after request localization (it varies by culture).
    /// </summary>
    public static WebApplication UseParPortalPublic(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }

    /// <summary>
    /// Error statuses of HTML pages re-execute the Vietnamese error page; the API keeps its ProblemDetails bodies.
    /// Replaces UseStatusCodePages, before UseRouting so that the re-executed request is routed again.
    /// </summary>
    public static WebApplication UseParPortalStatusPages(this WebApplication app)
    {
        app.UseWhen(
            ctx => !ctx.Request.Path.StartsWithSegments("/api"),
            branch => branch.UseStatusCodePagesWithReExecute("/loi/{0}"));
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePages());
        return app;
    }
}
