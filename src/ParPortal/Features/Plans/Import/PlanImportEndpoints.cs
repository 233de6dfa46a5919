using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParPortal.Content;
using ParPortal.Features.Users;
using ParPortal.Quotas.Model;

namespace ParPortal.Features.Plans.Import;

/// <summary>What <c>POST /api/plans/import</c> returns: the plan read from the file, and what the office should check.</summary>
public sealed record PlanImportResponse(PlanDefinition Plan, IReadOnlyList<string> Notes, int TasksWithoutRules);

/// <summary>
/// <c>POST /api/plans/import</c> (multipart: <c>file</c>, <c>issuingUnit</c>): reads the agency's .docx or text into a
/// plan definition and returns it; nothing is saved. The caller (the admin's import page, or a script) shows it for
/// confirmation and then saves it as a Plan through <c>POST /api/content</c>.
/// </summary>
public static class PlanImportEndpoints
{
    public static RouteGroupBuilder MapPlanImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/plans/import", ImportAsync)
            .WithTags("Plans")
            .RequireAuthorization(Permissions.ManagePlans)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data");
        return api;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, PlanFileImporter importer, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw ContentValidationException.Single("file", "Hãy gửi tệp kế hoạch dạng multipart/form-data (trường “file”).");
        }

        if (request.ContentLength is { } length && length > importer.MaxFileBytes + 64 * 1024)
        {
            throw ContentValidationException.Single("file", $"Tệp quá lớn: dung lượng tối đa là {importer.MaxFileBytes / 1024.0 / 1024.0:0.#} MB.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // An empty or cut-off multipart body (no closing boundary) is the client's mistake, not a server error.
            throw ContentValidationException.Single("file", "Dữ liệu gửi lên không đọc được (multipart/form-data bị thiếu hoặc hỏng); hãy gửi lại tệp kế hoạch.");
        }

        var file = form.Files.GetFile("file") ?? throw ContentValidationException.Single("file", "Chưa chọn tệp kế hoạch (.docx hoặc .txt).");
        await using var stream = file.OpenReadStream();
        var result = await importer.ReadAsync(stream, file.FileName, form["issuingUnit"].ToString(), ct);
        return Results.Ok(new PlanImportResponse(result.Plan, result.Notes, result.TasksWithoutRules));
    }
}
