namespace ParPortal.Features.Search;

/// <summary>
/// The search the site runs on: Lucene beside an SQLite database, PostgreSQL full-text search with PostgreSQL.
/// Both take any query text (the engine's own query language is never exposed) and never throw on it.
/// </summary>
public interface ISearchEngine
{
    /// <summary>True while the index is being built or rebuilt, so results may be incomplete (the page says so).</summary>
    bool IsRebuilding { get; }

    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct);

    /// <summary>Published titles beginning with (or else holding) the typed words, diacritics optional.</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int limit, CancellationToken ct);
}
