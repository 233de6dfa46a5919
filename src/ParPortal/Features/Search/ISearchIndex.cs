using System.Data.Common;

namespace ParPortal.Features.Search;

/// <summary>
/// The full-text index, one implementation per database engine. It lives in its own tables in the content
/// database so that the content engine can change content and index in one transaction.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Creates the index tables if they are missing. Idempotent.</summary>
    Task EnsureSchemaAsync(DbConnection connection, CancellationToken ct = default);

    /// <summary>Inserts or replaces documents, keyed by (ItemId, IsPublished).</summary>
    Task UpsertAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<SearchDocument> documents, CancellationToken ct = default);

    /// <summary>Removes an item's published row, draft row, or both (<paramref name="isPublished"/> null).</summary>
    Task DeleteAsync(DbConnection connection, DbTransaction? transaction, Guid itemId, bool? isPublished, CancellationToken ct = default);

    /// <summary>Runs a search. Never throws on odd query text.</summary>
    Task<SearchResults> SearchAsync(DbConnection connection, SearchRequest request, CancellationToken ct = default);

    /// <summary>Published titles starting with the typed words, diacritics optional.</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(DbConnection connection, string prefix, int limit, CancellationToken ct = default);

    /// <summary>Removes every document (before a rebuild).</summary>
    Task ClearAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct = default);
}
