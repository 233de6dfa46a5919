namespace ParPortal.Features.Search;

/// <summary>What every engine does first with a request, so that odd paging or filters never reach an engine.</summary>
internal static class SearchPaging
{
    /// <summary>Pages beyond this are not served: 10,000 × 100 results is past any reader's patience.</summary>
    public const int MaxPage = 10_000;

    public static (int Page, int PageSize) Clamp(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (Math.Clamp(request.Page, 1, MaxPage), Math.Clamp(request.PageSize, 1, SearchLimits.MaxPageSize));
    }

    /// <summary>Non-empty trimmed distinct values of a filter list, at most 50.</summary>
    public static IReadOnlyList<string> FilterValues(IReadOnlyList<string>? values) =>
        values is null ? [] : values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).Take(50).ToList();
}
