using Microsoft.AspNetCore.Http;

namespace ParPortal.Hosting.Security;

/// <summary>
/// Puts the security headers on every response (pages, API, files, errors, answers from the output cache) just
/// before it starts, when routing has chosen the endpoint whose policy applies.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, ContentSecurityPolicies policies)
{
    // Features nobody's page uses; denying them keeps an injected frame or script from asking for them.
    private const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (ctx, all) = ((HttpContext, ContentSecurityPolicies))state;
            var headers = ctx.Response.Headers;
            var policy = all.For(ctx);
            headers.ContentSecurityPolicy = policy.Header;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = policy.ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (policy.FrameOptions is { } frame)
            {
                headers.XFrameOptions = frame;
            }
            else
            {
                headers.Remove("X-Frame-Options");
            }

            return Task.CompletedTask;
        }, (context, policies));
        return next(context);
    }
}
