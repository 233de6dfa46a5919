namespace ParPortal.Features.Search;

/// <summary>
/// A search: free text (any input is accepted; the engine's query language is never exposed) plus facet
/// filters and paging. A null or blank query lists the filtered items newest first.
/// </summary>
/// <param name="Query">What the user typed, as typed.</param>
/// <param name="Types">Content types to keep (any of them); null or empty keeps all.</param>
/// <param name="Topics">Topic slugs to keep (any of them); null or empty keeps all.</param>
/// <param name="Year">Year of <see cref="SearchDocument.Date"/> in Vietnam time.</param>
/// <param name="Unit">Unit code.</param>
/// <param name="Page">1-based; values below 1 count as 1.</param>
/// <param name="PageSize">Clamped to 1..100.</param>
/// <param name="IncludeDrafts">Admin search: each item's draft row replaces its published row when it has one.</param>
/// <param name="RequireAllWords">Every content word must match (instead of the policy's minimum-should-match): a synonym
/// searched in place of a query that found nothing (<c>SearchService</c>) is words the user did not type, so all of them
/// must be there.</param>
public sealed record SearchRequest(
    string? Query,
    IReadOnlyList<string>? Types = null,
    IReadOnlyList<string>? Topics = null,
    int? Year = null,
    string? Unit = null,
    int Page = 1,
    int PageSize = 10,
    bool IncludeDrafts = false,
    bool RequireAllWords = false);
