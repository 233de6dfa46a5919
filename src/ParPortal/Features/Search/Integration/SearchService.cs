using System.Security.Claims;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Search.Synonyms;
using ParPortal.Features.Users;

namespace ParPortal.Features.Search.Integration;

/// <summary>One entry point for searching from pages and the API, on whichever engine the site runs.</summary>
public sealed class SearchService(ISearchEngine engine, SynonymSource synonyms, ParPortalDbContext db)
{
    public const int MaxPageSize = 50;

    /// <summary>Synonym rewrites a search that found nothing tries, at most (each is one more search).</summary>
    public const int MaxRewrites = 3;

    /// <summary>True while the index is being rebuilt: results may be incomplete.</summary>
    public bool IsRebuilding => engine.IsRebuilding;

    /// <summary>
    /// Searches; when nothing matches, searches the query with its dictionary term replaced by the term's synonyms in
    /// turn (<see cref="SynonymDictionary.Rewrites"/>, every word required: the user did not type them) and returns the
    /// first that finds something, marked with
    /// <see cref="SearchResults.RewrittenQuery"/> so the page says whose results these are. Engines look for synonyms
    /// in titles and summaries only; this finds "CCCD" in an article that writes "căn cước công dân" only in its body,
    /// at the cost of a few more searches for queries that would otherwise show nothing.
    /// </summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var safe = Safe(request, user);
        var results = await engine.SearchAsync(safe, ct);
        if (results.Total > 0 || string.IsNullOrWhiteSpace(safe.Query))
        {
            return results;
        }
        foreach (var rewrite in (await synonyms.GetAsync(db, ct)).Rewrites(safe.Query, MaxRewrites))
        {
            var rewritten = await engine.SearchAsync(safe with { Query = rewrite, RequireAllWords = true }, ct);
            if (rewritten.Total > 0)
            {
                return rewritten with { RewrittenQuery = rewrite };
            }
        }
        return results;
    }

    private static SearchRequest Safe(SearchRequest request, ClaimsPrincipal user)
    {
        // Drafts are visible only to those who may read every item; the engine itself never sees who asks.
        var paging = PageRequest.Of(request.Page, request.PageSize, 10, MaxPageSize);
        var safe = request with
        {
            PageSize = paging.Size,
            Page = paging.Number,
            IncludeDrafts = request.IncludeDrafts && user.HasPermission(Permissions.ViewAllContent),
        };
        return safe;
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? prefix, int limit, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(prefix) ? [] : await engine.SuggestAsync(prefix, Math.Clamp(limit, 1, SuggestionLimits.Max), ct);
}
