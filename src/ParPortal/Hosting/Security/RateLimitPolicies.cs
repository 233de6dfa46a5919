using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ParPortal.Hosting.Security;

/// <summary>
/// The named rate-limit policies. An endpoint or page takes one with <c>.RequireRateLimiting(name)</c> or
/// <c>[EnableRateLimiting(name)]</c>; the limits come from <see cref="RateLimitOptions"/>. Every call under /api also
/// counts against its client's API allowance (the global limiter), whichever group mapped it and whatever policy of
/// its own it has. A feature adds its own named policies with <c>services.AddRateLimiter(o =&gt; o.AddPolicy(…))</c>
/// (the public feedback form does); refusals of every policy get 429 with Retry-After here.
/// </summary>
public static class RateLimitPolicies
{
    public const string Login = "login";
    public const string TokenCreation = "token-create";
    public const string Search = "search";
    public const string Api = "api";

    public static IServiceCollection AddParPortalRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            var l = limits.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            o.AddPolicy(Login, ctx => Window(l, l.Login, HttpMethods.IsPost(ctx.Request.Method) ? "login:" + Address(ctx) : null));
            o.AddPolicy(TokenCreation, ctx => Window(l, l.TokenCreation, IsTokenCreation(ctx) && ctx.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user ? "token:" + user : null));
            o.AddPolicy(Search, ctx => Window(l, l.Search, "search:" + Address(ctx)));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                Window(l, l.Api, ctx.Request.Path.StartsWithSegments("/api") ? "api:" + ApiClient(ctx) : null));
        });
        return services;
    }

    private static RateLimitPartition<string> Window(RateLimitOptions options, WindowLimit limit, string? key) =>
        !options.Enabled || key is null
            ? RateLimitPartition.GetNoLimiter("free")
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, limit.PermitLimit),
                Window = limit.Window,
                QueueLimit = 0,
            });

    // The tokens page also lists and revokes; only creating counts.
    private static bool IsTokenCreation(HttpContext ctx) =>
        HttpMethods.IsPost(ctx.Request.Method) && string.Equals(ctx.Request.Query["handler"], "Create", StringComparison.OrdinalIgnoreCase);

    private static string Address(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    // A token's public prefix (pp_{prefix}_…) names the client without keeping its secret as a key; calls without a
    // token share their address's allowance.
    private static string ApiClient(HttpContext ctx)
    {
        var header = ctx.Request.Headers.Authorization.ToString();
        var parts = header.StartsWith("Bearer pp_", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim().Split('_') : [];
        return parts.Length == 3 && parts[1].Length == 12 ? "token:" + parts[1] : "address:" + Address(ctx);
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // Who was slowed down, for the operator: the policy and the client (an address or a token's public prefix).
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? Api;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitPolicies))
            .LogInformation("Rate limit {Policy} refused {Client} {Method} {Path}", policy, ApiClient(http), http.Request.Method, http.Request.Path);
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            // Pages get the Vietnamese error page through the status-code pages (an empty 429 is re-executed).
            return;
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = $"Quá nhiều yêu cầu trong thời gian ngắn. Hãy thử lại sau {seconds} giây.",
                Extensions = { ["retryAfter"] = seconds },
            },
        });
    }
}
