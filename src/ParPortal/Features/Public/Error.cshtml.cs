using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ParPortal.Features.Public;

/// <summary>
/// The Vietnamese error page that status-code pages re-execute (404 for unknown addresses, 414, 429, and others),
/// and that the exception handler re-executes with the failure's own status (413 for a body over the limit, else 500).
/// </summary>
// Re-executed with the method of the request that failed (a POST over its rate limit): no handler, no antiforgery.
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PublicPageModel
{
    public int Code { get; private set; }

    // Runs whatever the method was, also when no handler matches it (POST, PUT, DELETE re-executed here).
    [NonHandler]
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var c) ? c : 404;
        // Re-executed by the exception handler, the route says 500 but the response already carries the real status.
        var fromException = HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null && Response.StatusCode >= 400;
        Code = fromException ? Response.StatusCode : code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = Code;
        Meta.Title = Code switch
        {
            404 => T("Không tìm thấy trang"),
            413 => T("Nội dung gửi lên quá lớn"),
            414 => T("Địa chỉ quá dài"),
            429 => T("Quá nhiều yêu cầu"),
            _ => T("Đã có lỗi xảy ra"),
        };
    }
}
