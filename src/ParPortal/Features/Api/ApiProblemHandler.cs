using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ParPortal.Content;

namespace ParPortal.Features.Api;

/// <summary>
/// Turns content-rule failures into ProblemDetails for API callers: invalid fields → 400 naming them, unknown ids →
/// 404, stale versions → 409. Other exceptions fall through to the generic handler (500 without details).
/// </summary>
internal sealed class ApiProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        ProblemDetails? problem = exception switch
        {
            ContentValidationException v => new ValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Dữ liệu không hợp lệ.",
            },
            ContentRuleException r => new ProblemDetails
            {
                Status = r.Kind switch
                {
                    ContentRuleKind.NotFound => StatusCodes.Status404NotFound,
                    ContentRuleKind.Conflict => StatusCodes.Status409Conflict,
                    _ => StatusCodes.Status400BadRequest,
                },
                Title = r.Message,
                Extensions = { ["field"] = r.Field },
            },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "Yêu cầu không hợp lệ: " + b.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
