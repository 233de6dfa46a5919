using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Users;

namespace ParPortal.Features.Search.Integration;

/// <summary>One entry point for searching from pages and the API, on whichever engine the site runs.</summary>
public sealed class SearchService(ParPortalDbContext db, SearchIndexFactory indexes)
{
    public const int MaxPageSize = 50;

    public async Task<SearchResults> SearchAsync(SearchRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        // Drafts are visible only to those who may read every item; the engine itself never sees who asks.
        var paging = PageRequest.Of(request.Page, request.PageSize, 10, MaxPageSize);
        var safe = request with
        {
            PageSize = paging.Size,
            Page = paging.Number,
            IncludeDrafts = request.IncludeDrafts && user.HasPermission(Permissions.ViewAllContent),
        };
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            return await indexes.For(connection).SearchAsync(connection, safe, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? prefix, int limit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(prefix))
        {
            return [];
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            return await indexes.For(connection).SuggestAsync(connection, prefix, Math.Clamp(limit, 1, 20), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
