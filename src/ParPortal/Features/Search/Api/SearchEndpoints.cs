using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParPortal.Features.Search.Integration;

namespace ParPortal.Features.Search.Api;

/// <summary><c>/api/search</c> and <c>/api/search/suggest</c>. Any query text is accepted; odd input gives an empty list.</summary>
public static class SearchEndpoints
{
    public static void MapSearchApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/search").WithTags("Search");
        g.MapGet("/", async (SearchService search, ClaimsPrincipal user, string? q, string? type, string? topic, int? year, string? unit,
            int? page, int? pageSize, bool? drafts, CancellationToken ct) =>
        {
            var request = new SearchRequest(q, Split(type), Split(topic), year, unit, page ?? 1, pageSize ?? 10, drafts ?? false);
            return Results.Ok(await search.SearchAsync(request, user, ct));
        });
        g.MapGet("/suggest", async (SearchService search, string? q, int? limit, CancellationToken ct) =>
            Results.Ok(await search.SuggestAsync(q, limit ?? 8, ct)));
    }

    internal static IReadOnlyList<string>? Split(string? csv) =>
        string.IsNullOrWhiteSpace(csv) ? null : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
