using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ParPortal.Features.Search;

/// <summary>Registers the search index services.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SearchIndexFactory"/> (call <c>factory.For(connection)</c>) and both engine
    /// implementations as singletons; they are stateless and take the connection on every call.
    /// </summary>
    public static IServiceCollection AddParPortalSearch(this IServiceCollection services)
    {
        services.TryAddSingleton<SearchIndexFactory>();
        services.TryAddSingleton<SqliteSearchIndex>();
        services.TryAddSingleton<PostgresSearchIndex>();
        return services;
    }
}
