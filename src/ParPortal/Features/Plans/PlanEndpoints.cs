using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans;

/// <summary>
/// <c>GET /api/plans</c> and <c>GET /api/plans/{id}/progress</c>; both need <see cref="Permissions.ViewDashboard"/>. A
/// contributor gets their unit's part only, as on the dashboard (<see cref="PlanProgressDto.ForUnits"/>).
/// </summary>
public static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/plans").WithTags("Plans").RequireAuthorization(Permissions.ViewDashboard);
        g.MapGet("/", async (PlanProgressService plans, CancellationToken ct) => Results.Ok(await plans.ListAsync(ct)));
        g.MapGet("/{id:guid}/progress", async (Guid id, string? asOf, string? period, ClaimsPrincipal user, PlanProgressService plans, ParPortalDbContext db, CancellationToken ct) =>
        {
            var day = ParseAsOf(asOf) ?? plans.Today;
            var result = await plans.ComputeAsync(id, day, period, ct)
                ?? throw new ContentRuleException("Không tìm thấy kế hoạch.", "id", ContentRuleKind.NotFound);
            if (user.HasPermission(Permissions.ViewAllContent))
            {
                return Results.Ok(PlanProgressDto.From(result));
            }

            var unitId = user.UnitId();
            var unit = unitId is null ? null : await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Code).FirstOrDefaultAsync(ct);
            if (unit is null)
            {
                return Results.Problem(title: "Tài khoản chưa thuộc đơn vị nào nên không có phần kế hoạch để xem.", statusCode: StatusCodes.Status403Forbidden);
            }

            return Results.Ok(PlanProgressDto.From(result).ForUnits(PlanDashboard.UnitScope(unit, result.Input.Units)));
        });
        return g;
    }

    /// <summary>Reads <c>asOf=YYYY-MM-DD</c>; null when absent; a validation error naming <c>asOf</c> when malformed.</summary>
    public static DateOnly? ParseAsOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) &&
            day.Year is >= 2000 and <= 2100)
        {
            return day;
        }

        throw ContentValidationException.Single("asOf", "Ngày tính tiến độ phải có dạng YYYY-MM-DD (ví dụ 2024-06-30), năm từ 2000 đến 2100.");
    }
}
