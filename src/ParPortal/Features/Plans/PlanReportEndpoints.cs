using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParPortal.Content;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans;

/// <summary>
/// Report downloads: <c>/admin/dashboard/{planId}/report.docx?period=&amp;asOf=</c> and <c>.xlsx</c>. They compute the
/// progress and build the <see cref="ReportDocument"/> now (so an unknown plan is 404 and a bad period or date is
/// 400), then answer 501 until the writers are connected.
/// </summary>
public static class PlanReportEndpoints
{
    public static IEndpointRouteBuilder MapPlanReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/dashboard/{planId:guid}/report.docx", (Guid planId, string? period, string? asOf, ClaimsPrincipal user, PlanProgressService plans, CancellationToken ct) =>
            ReportAsync(planId, period, asOf, user, plans, "docx", ct)).RequireAuthorization(Permissions.ViewDashboard);
        endpoints.MapGet("/admin/dashboard/{planId:guid}/report.xlsx", (Guid planId, string? period, string? asOf, ClaimsPrincipal user, PlanProgressService plans, CancellationToken ct) =>
            ReportAsync(planId, period, asOf, user, plans, "xlsx", ct)).RequireAuthorization(Permissions.ViewDashboard);
        return endpoints;
    }

    private static async Task<IResult> ReportAsync(
        Guid planId, string? period, string? asOf, ClaimsPrincipal user, PlanProgressService plans, string format, CancellationToken ct)
    {
        DateOnly day;
        try
        {
            day = PlanEndpoints.ParseAsOf(asOf) ?? plans.Today;
        }
        catch (ContentValidationException e)
        {
            return Results.Text(e.Errors["asOf"][0], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        // The report covers every unit, so it is for those who see all content (office, editors), not contributors.
        if (!user.HasPermission(Permissions.ViewAllContent))
        {
            return Results.Forbid();
        }

        PlanProgressResult? result;
        try
        {
            result = await plans.ComputeAsync(planId, day, period, ct);
        }
        catch (ContentValidationException e)
        {
            return Results.Text(e.Errors["period"][0], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        if (result is null)
        {
            return Results.NotFound();
        }

        var report = PlanReportBuilder.Build(result);
        // LEAD: connect the writers here, e.g.
        //   var bytes = format == "docx" ? PlanReportDocxWriter.Write(Map(report)) : PlanReportXlsxWriter.Write(Map(report));
        //   return Results.File(bytes, contentType, $"bao-cao-{report.Year}.{format}");
        // where Map turns ReportDocument (ReportRows.cs) into the Reports/PlanReport model.
        _ = report;
        return Results.Text(
            $"Xuất báo cáo .{format} chưa được kết nối với bộ ghi tệp Office (đang phát triển). Dữ liệu báo cáo đã sẵn sàng trên trang tiến độ.",
            "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status501NotImplemented);
    }
}
