using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ParPortal.Hosting.Security;

/// <summary>
/// Answers addresses longer than <see cref="RequestLimitsOptions.MaxUrlLength"/> with 414: a ProblemDetails for the
/// API, and for pages an empty 414 that the status-code pages turn into the Vietnamese error page.
/// </summary>
internal sealed class UrlLengthMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    private readonly int _max = options.Value.MaxUrlLength;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var request = context.Request;
        var length = (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);
        if (length <= _max)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status414UriTooLong;
        if (request.Path.StartsWithSegments("/api"))
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status414UriTooLong,
                    Title = $"Địa chỉ yêu cầu quá dài (tối đa {_max} ký tự): hãy gửi dữ liệu trong nội dung yêu cầu.",
                },
            });
        }
    }
}
