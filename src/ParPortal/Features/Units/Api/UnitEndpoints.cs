using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Api;
using ParPortal.Features.Users;

namespace ParPortal.Features.Units.Api;

/// <summary>Units: readable by anyone, changed by those who manage units.</summary>
public static class UnitEndpoints
{
    public static void MapUnitApi(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Units");
        units.MapGet("/", async (ParPortalDbContext db, DateOnly? activeOn, CancellationToken ct) =>
        {
            var q = db.Units.AsNoTracking();
            if (activeOn is { } day)
            {
                q = q.Where(u => u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo >= day));
            }

            var list = await q.OrderBy(u => u.Code).Select(u => new UnitDto(u.Id, u.Code, u.Name, u.Kind, u.Parent != null ? u.Parent.Code : null,
                u.ValidFrom, u.ValidTo, u.Successors.Select(s => s.Code).ToList())).ToListAsync(ct);
            return Results.Ok(list);
        });
        units.MapPost("/", async (HttpRequest request, UnitService service, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<UnitDto>(request, ct);
            var unit = await service.UpsertAsync(body, ct);
            return Results.Created($"/api/units/{unit.Id}", body with { Id = unit.Id });
        }).RequireAuthorization(Permissions.ManageUnits).Accepts<UnitDto>("application/json");
    }
}
