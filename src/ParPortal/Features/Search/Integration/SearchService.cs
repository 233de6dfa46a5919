using System.Security.Claims;
using ParPortal.Features.Content;
using ParPortal.Features.Users;

namespace ParPortal.Features.Search.Integration;

/// <summary>One entry point for searching from pages and the API, on whichever engine the site runs.</summary>
public sealed class SearchService(ISearchEngine engine)
{
    public const int MaxPageSize = 50;

    /// <summary>True while the index is being rebuilt: results may be incomplete.</summary>
    public bool IsRebuilding => engine.IsRebuilding;

    public Task<SearchResults> SearchAsync(SearchRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        // Drafts are visible only to those who may read every item; the engine itself never sees who asks.
        var paging = PageRequest.Of(request.Page, request.PageSize, 10, MaxPageSize);
        var safe = request with
        {
            PageSize = paging.Size,
            Page = paging.Number,
            IncludeDrafts = request.IncludeDrafts && user.HasPermission(Permissions.ViewAllContent),
        };
        return engine.SearchAsync(safe, ct);
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? prefix, int limit, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(prefix) ? [] : await engine.SuggestAsync(prefix, Math.Clamp(limit, 1, SuggestionLimits.Max), ct);
}
