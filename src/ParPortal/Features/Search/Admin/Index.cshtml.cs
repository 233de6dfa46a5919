using Microsoft.AspNetCore.Authorization;
using ParPortal.Features.Search.Integration;
using ParPortal.Features.Search.Public;
using ParPortal.Features.Users;

namespace ParPortal.Features.Search.Admin;

/// <summary>The admin search: also finds the latest drafts.</summary>
[Authorize(Policy = Permissions.ViewAllContent)]
public sealed class IndexModel(SearchService search, ParPortal.Data.ParPortalDbContext db) : SearchPageModel(search, db)
{
    protected override bool IncludeDrafts => true;
}
