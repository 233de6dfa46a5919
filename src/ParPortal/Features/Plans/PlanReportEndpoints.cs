using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParPortal.Content;
using ParPortal.Features.Api;
using ParPortal.Features.Content;
using ParPortal.Features.Media;
using ParPortal.Features.Plans.Reports;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans;

/// <summary>
/// Report downloads and the office's narrative. The same report is served to the admin (cookie:
/// <c>/admin/dashboard/{planId}/report.docx</c>) and to the API (bearer token: <c>/api/plans/{id}/report.docx</c>),
/// both as .docx and .xlsx, computed by the same service as the dashboard and with the narrative the office wrote for
/// that period. An unknown plan is 404, a bad period or date 400, and the report is for those who see every unit.
/// </summary>
public static class PlanReportEndpoints
{
    public static IEndpointRouteBuilder MapPlanReports(this IEndpointRouteBuilder endpoints)
    {
        foreach (var format in new[] { "docx", "xlsx" })
        {
            endpoints.MapGet($"/admin/dashboard/{{planId:guid}}/report.{format}", (Guid planId, string? period, string? asOf, ClaimsPrincipal user, PlanProgressService plans, ReportNarratives narratives, HttpContext http, CancellationToken ct) =>
                ReportAsync(planId, period, asOf, user, plans, narratives, http, format, problems: false, ct)).RequireAuthorization(Permissions.ViewDashboard, Permissions.ViewAllContent);
            endpoints.MapGet($"/api/plans/{{planId:guid}}/report.{format}", (Guid planId, string? period, string? asOf, ClaimsPrincipal user, PlanProgressService plans, ReportNarratives narratives, HttpContext http, CancellationToken ct) =>
                ReportAsync(planId, period, asOf, user, plans, narratives, http, format, problems: true, ct)).RequireAuthorization(Permissions.ViewDashboard, Permissions.ViewAllContent).WithTags("Plans");
        }

        var narrative = endpoints.MapGroup("/api/plans/{planId:guid}/reports/narrative").WithTags("Plans");
        narrative.MapGet("/", async (Guid planId, string? period, ClaimsPrincipal user, PlanProgressService plans, ReportNarratives narratives, CancellationToken ct) =>
        {
            if (await plans.LoadPlanAsync(planId, ct) is null)
            {
                return Results.Problem(title: "Không tìm thấy kế hoạch.", statusCode: StatusCodes.Status404NotFound);
            }

            var saved = await narratives.LoadAsync(planId, period, ct);
            return Results.Ok(saved is null ? new NarrativeInput(null, null, null, null, null, null, null, null, null) : ToInput(saved));
        }).RequireAuthorization(Permissions.ViewDashboard, Permissions.ViewAllContent);
        narrative.MapPut("/", async (Guid planId, string? period, HttpRequest request, ClaimsPrincipal user, ReportNarratives narratives, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<NarrativeInput>(request, ct);
            var saved = await narratives.SaveAsync(planId, period, body, user.ActorName(), ct);
            return saved is null ? Results.Problem(title: "Không tìm thấy kế hoạch.", statusCode: StatusCodes.Status404NotFound) : Results.Ok(ToInput(saved));
        }).RequireAuthorization(Permissions.ManagePlans).Accepts<NarrativeInput>("application/json");
        return endpoints;
    }

    public static NarrativeInput ToInput(PlanReportNarrative n) =>
        new(n.Number, n.Superior, n.ReportDate, n.Achievements, n.Shortcomings, n.NextSteps, n.Recipients, n.SignerTitle, n.SignerName);

    private static async Task<IResult> ReportAsync(
        Guid planId, string? period, string? asOf, ClaimsPrincipal user, PlanProgressService plans, ReportNarratives narratives, HttpContext http,
        string format, bool problems, CancellationToken ct)
    {
        IResult Bad(string field, string message) => problems
            ? Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] })
            : Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

        DateOnly day;
        try
        {
            day = PlanEndpoints.ParseAsOf(asOf) ?? plans.Today;
        }
        catch (ContentValidationException e)
        {
            return Bad("asOf", e.Errors["asOf"][0]);
        }

        PlanProgressResult? result;
        try
        {
            result = await plans.ComputeAsync(planId, day, period, ct);
        }
        catch (ContentValidationException e)
        {
            return Bad("period", e.Errors["period"][0]);
        }

        if (result is null)
        {
            return problems ? Results.Problem(title: "Không tìm thấy kế hoạch.", statusCode: StatusCodes.Status404NotFound) : Results.NotFound();
        }

        var report = PlanReportBuilder.Build(result, await narratives.LoadAsync(planId, result.Period?.Label, ct));
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
