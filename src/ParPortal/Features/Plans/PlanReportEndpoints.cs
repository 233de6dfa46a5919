using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParPortal.Content;
using ParPortal.Features.Media;
using ParPortal.Features.Plans.Reports;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans;

/// <summary>
/// Report downloads: <c>/admin/dashboard/{planId}/report.docx?period=&amp;asOf=</c> and <c>.xlsx</c>. They compute the
/// progress with the same service as the dashboard and the API, build the appendix-shaped <see cref="PlanReport"/>
/// and write it with OpenXml; an unknown plan is 404 and a bad period or date is 400. The report covers every unit,
/// so it is for those who see all content (office, editors), not contributors: both permissions are required.
/// </summary>
public static class PlanReportEndpoints
{
    public static IEndpointRouteBuilder MapPlanReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/dashboard/{planId:guid}/report.docx", (Guid planId, string? period, string? asOf, PlanProgressService plans, HttpContext http, CancellationToken ct) =>
            ReportAsync(planId, period, asOf, plans, http, "docx", ct)).RequireAuthorization(Permissions.ViewDashboard, Permissions.ViewAllContent);
        endpoints.MapGet("/admin/dashboard/{planId:guid}/report.xlsx", (Guid planId, string? period, string? asOf, PlanProgressService plans, HttpContext http, CancellationToken ct) =>
            ReportAsync(planId, period, asOf, plans, http, "xlsx", ct)).RequireAuthorization(Permissions.ViewDashboard, Permissions.ViewAllContent);
        return endpoints;
    }

    private static async Task<IResult> ReportAsync(
        Guid planId, string? period, string? asOf, PlanProgressService plans, HttpContext http, string format, CancellationToken ct)
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
        var stream = new MemoryStream();
        string contentType;
        if (format == "docx")
        {
            PlanReportDocxWriter.Write(stream, report);
            contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        else
        {
            PlanReportXlsxWriter.Write(stream, report);
            contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }

        stream.Position = 0;
        var fileName = $"Báo cáo {report.PeriodLabel} - {report.PlanTitle}".Replace('/', '-');
        if (fileName.Length > 120)
        {
            fileName = fileName[..120].TrimEnd();
        }

        http.Response.Headers.ContentDisposition = ContentDispositionBuilder.Attachment($"{fileName}.{format}");
        return Results.Stream(stream, contentType);
    }
}
