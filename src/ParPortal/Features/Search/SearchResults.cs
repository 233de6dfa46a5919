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
/// One page of results. <see cref="Total"/> is exact up to <see cref="SearchLimits.MaxCountedTotal"/>; at the cap
/// <see cref="TotalIsCapped"/> is true (show "more than …"). When more than <see cref="SearchLimits.FacetSampleSize"/>
/// documents match, facets are counted over the newest sample and scaled, and <see cref="FacetsSampled"/> is true.
/// </summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    SearchFacets Facets,
    int Page,
    int PageSize,
    bool FacetsSampled = false,
    bool TotalIsCapped = false)
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

    /// <summary>Query words considered.</summary>
    public const int MaxTokens = 12;

    /// <summary>Largest page size.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// Facets are counted over at most this many matches (the newest), and scaled to the total above it. Reading
    /// each sampled row is most of a common query's cost on SQLite: 500 instead of 1,000 took the search
    /// benchmark's p95 from 15–22 to 13–19 ms. The counts above it are estimates either way ("~" on the page).
    /// </summary>
    public const int FacetSampleSize = 500;

    /// <summary>Matches are counted up to this number; counting is linear in the matches.</summary>
    public const int MaxCountedTotal = 10_000;
}
