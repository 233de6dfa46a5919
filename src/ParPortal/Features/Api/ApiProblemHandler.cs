using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ParPortal.Content;

namespace ParPortal.Features.Api;

/// <summary>
/// Turns content-rule failures into ProblemDetails for API callers: invalid fields → 400 naming them, unknown ids →
/// 404, stale versions → 409, refused requests (too large, not JSON) → 413 / 415 naming what is wrong, and query
/// parameters that do not bind → 400 naming each parameter. Other exceptions fall through to the generic handler
/// (500 without details).
/// </summary>
internal sealed class ApiProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        // The exception handler has already pointed the request at the error page; the feature keeps the real path.
        var path = new PathString(context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value);
        if (!path.StartsWithSegments("/api"))
        {
            return false;
        }

        ProblemDetails? problem = exception switch
        {
            ContentValidationException v => Invalid(StatusCodes.Status400BadRequest, v.Errors.ToDictionary(e => e.Key, e => e.Value)),
            ApiRequestException r => Invalid(r.Status, new() { [r.Field] = [r.Message] }, r.Message),
            ContentRuleException r => new ProblemDetails
            {
                Status = r.Kind switch
                {
                    ContentRuleKind.NotFound => StatusCodes.Status404NotFound,
                    ContentRuleKind.Conflict => StatusCodes.Status409Conflict,
                    ContentRuleKind.Forbidden => StatusCodes.Status403Forbidden,
                    _ => StatusCodes.Status400BadRequest,
                },
                Title = r.Message,
                Extensions = { ["field"] = r.Field },
            },
            BadHttpRequestException b when QueryParameterProblems.Describe(context) is { Count: > 0 } query => Invalid(b.StatusCode, query),
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = Describe(b) },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ValidationProblemDetails Invalid(int status, Dictionary<string, string[]> errors, string? title = null) => new(errors)
    {
        Status = status,
        Title = title ?? "Dữ liệu không hợp lệ.",
    };

    private static string Describe(BadHttpRequestException b) => b.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "Nội dung yêu cầu quá lớn.",
        StatusCodes.Status415UnsupportedMediaType => "Nội dung yêu cầu phải là JSON (Content-Type: application/json).",
        _ => "Yêu cầu không hợp lệ: " + b.Message,
    };
}
