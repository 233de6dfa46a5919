using Microsoft.Extensions.DependencyInjection;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Hosting;

namespace ParPortal.Features.Search.Integration;

public static class SearchIntegrationExtensions
{
    /// <summary>The engines, the content handler that keeps the index current, start-up schema and the rebuild verb.</summary>
    public static IServiceCollection AddParPortalSearchIntegration(this IServiceCollection services)
    {
        services.AddParPortalSearch();
        services.AddSingleton<SearchDocuments>();
        services.AddScoped<IContentHandler, SearchContentHandler>();
        services.AddScoped<IDatabaseInitializer, SearchInitializer>();
        services.AddScoped<SearchRebuilder>();
        services.AddScoped<SearchService>();
        services.AddCommandVerb<SearchRebuildVerb>();
        return services;
    }
}
