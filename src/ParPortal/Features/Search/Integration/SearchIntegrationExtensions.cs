using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Postgres;
using ParPortal.Features.Search.Synonyms;
using ParPortal.Hosting;

namespace ParPortal.Features.Search.Integration;

public static class SearchIntegrationExtensions
{
    /// <summary>
    /// The engine of the configured provider (Lucene beside SQLite, full-text search in PostgreSQL), the content
    /// handler that feeds it, the Lucene indexer, start-up schema, synonyms and the rebuild verb.
    /// </summary>
    public static IServiceCollection AddParPortalSearchIntegration(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => o.IndexBatchSize is > 0 and <= 100_000, "ParPortal:Search:IndexBatchSize must be between 1 and 100000.")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "ParPortal:Search:PollInterval must be positive.")
            .Validate(o => o.SearchThreads is >= 0 and <= 64, "ParPortal:Search:SearchThreads must be between 0 and 64.")
            .ValidateOnStart();
        services.AddSingleton<SearchDocuments>();
        services.AddSingleton<SynonymSource>();
        services.AddSingleton<PostgresSearchIndex>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            var configured = options.IndexFolder;
            var data = DataServiceCollectionExtensions.DataFolder(sp);
            return new EmbeddedSearch(string.IsNullOrWhiteSpace(configured) ? Path.Combine(data, "search-index") : Path.Combine(data, configured), options.SearchThreads);
        });
        services.AddHostedService<LuceneIndexer>();
        services.AddScoped<ISearchEngine>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? ActivatorUtilities.CreateInstance<PostgresSearchEngine>(sp)
                : ActivatorUtilities.CreateInstance<LuceneSearchEngine>(sp));
        services.AddScoped<IContentHandler, SearchContentHandler>();
        services.AddSingleton<IContentCommittedObserver, SearchIndexSignal>();
        services.AddScoped<IDatabaseInitializer, SearchInitializer>();
        services.AddScoped<SearchRebuilder>();
        services.AddScoped<SearchService>();
        services.AddCommandVerb<SearchRebuildVerb>();
        return services;
    }
}
