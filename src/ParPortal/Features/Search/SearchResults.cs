namespace ParPortal.Features.Search;

/// <summary>One result. <see cref="SnippetHtml"/> and <see cref="TitleHtml"/> are HTML-encoded with matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(
    Guid ItemId,
    string ContentType,
    bool IsPublished,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    string Url,
    DateTimeOffset Date,
    double Score);

/// <summary>A facet value with the number of matching documents; <see cref="Label"/> is for display (unit name).</summary>
public sealed record FacetCount(string Value, string Label, int Count);

/// <summary>Counts per content type, topic, year and unit over the matching documents (filters applied).</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> Topics,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Units)
{
    public static SearchFacets Empty { get; } = new([], [], [], []);
}

/// <summary>
/// One page of results. <see cref="Total"/> counts every match on Lucene; PostgreSQL counts up to
/// <see cref="SearchLimits.MaxCountedTotal"/> and then sets <see cref="TotalIsCapped"/> (show "more than …").
/// Facets are exact whenever the total is; above the cap they are counted over the first matches and scaled, and
/// <see cref="FacetsSampled"/> is true (shown with "~"). <see cref="RewrittenQuery"/> is the query these are the results
/// of when the typed one found nothing and a synonym's did (<c>SearchService</c>); null otherwise.
/// </summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    SearchFacets Facets,
    int Page,
    int PageSize,
    bool FacetsSampled = false,
    bool TotalIsCapped = false,
    string? RewrittenQuery = null)
{
    public static SearchResults Empty(int page, int pageSize) => new([], 0, SearchFacets.Empty, page, pageSize);
}

/// <summary>A title suggestion as the user types.</summary>
public sealed record SearchSuggestion(Guid ItemId, string ContentType, string Title, string Url);

/// <summary>Limits that keep every query bounded whatever the input.</summary>
public static class SearchLimits
{
    /// <summary>Characters of query text considered; the rest is ignored.</summary>
    public const int MaxQueryChars = 500;

    /// <summary>
    /// Query words considered, every one of them taking part in matching and ranking; a 33rd word and later are
    /// ignored (a pasted paragraph is not a query).
    /// </summary>
    public const int MaxTokens = 32;

    /// <summary>Largest page size.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// PostgreSQL counts matches, and their facets, up to this number (counting is linear in the matches, and the
    /// issue asks for exact facets up to 10,000). Lucene counts every match.
    /// </summary>
    public const int MaxCountedTotal = 10_000;
}

/// <summary>Limits of suggestions.</summary>
public static class SuggestionLimits
{
    /// <summary>Most suggestions one call returns; a list under a search box shows far fewer.</summary>
    public const int Max = 20;
}
