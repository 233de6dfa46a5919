using Microsoft.AspNetCore.Http.Metadata;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Content;
using ParPortal.Features.Users;

namespace ParPortal.Tests.Security.RouteTable;

/// <summary>
/// One way to call the app, read from its own route table: an HTTP method on an endpoint (for pages, one handler),
/// with what the route declares about who may call it. Nothing here is written by hand: the policies, the
/// AllowAnonymous marker, the handler's <see cref="RequirePermissionAttribute"/> and the item rules
/// (<see cref="ContentAccessAttribute"/>, <see cref="ContentTypeAccessAttribute"/>) are the app's own metadata.
/// </summary>
public sealed record DeclaredRoute(
    string Method,
    RoutePattern Pattern,
    string? Handler,
    bool IsPage,
    bool AllowsAnonymous,
    IReadOnlyList<string> Policies,
    bool HasAuthorizeWithoutPolicy,
    ContentAccessAttribute? ItemAccess,
    ContentTypeAccessAttribute? TypeAccess,
    bool AcceptsOnlyForms = false)
{
    public string Template => "/" + Pattern.RawText?.TrimStart('/');

    public bool IsApi => Template.StartsWith("/api/", StringComparison.Ordinal) || Template == "/api";

    /// <summary>A route that declares nothing: neither AllowAnonymous nor an authorization policy.</summary>
    public bool IsUndeclared => !AllowsAnonymous && Policies.Count == 0 && !HasAuthorizeWithoutPolicy;

    public override string ToString() => $"{Method} {Template}{(Handler is null ? "" : "?handler=" + Handler)}";

    /// <summary>Every minimal-API endpoint and every page handler the app maps.</summary>
    public static async Task<IReadOnlyList<DeclaredRoute>> ReadAllAsync(IServiceProvider services)
    {
        var routes = new List<DeclaredRoute>();
        var loader = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            var anonymous = metadata.GetMetadata<IAllowAnonymous>() is not null;
            var authorize = metadata.GetOrderedMetadata<IAuthorizeData>();
            var policies = authorize.Where(a => a.Policy is not null).Select(a => a.Policy!).Distinct().ToList();
            var bare = authorize.Any(a => a.Policy is null && a.Roles is null);
            if (metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, metadata);
                var model = compiled.HandlerTypeInfo?.AsType();
                // A page without an OnGet still answers GET by rendering itself.
                if (!compiled.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)))
                {
                    routes.Add(new DeclaredRoute(HttpMethods.Get, endpoint.RoutePattern, null, IsPage: true, anonymous, policies, bare,
                        metadata.GetMetadata<ContentAccessAttribute>(), metadata.GetMetadata<ContentTypeAccessAttribute>()));
                }

                foreach (var handler in compiled.HandlerMethods)
                {
                    var method = handler.MethodInfo;
                    var required = method.GetCustomAttribute<RequirePermissionAttribute>()?.Permission;
                    routes.Add(new DeclaredRoute(
                        handler.HttpMethod.ToUpperInvariant(),
                        endpoint.RoutePattern,
                        handler.Name,
                        IsPage: true,
                        anonymous,
                        required is null ? policies : [.. policies, required],
                        bare,
                        method.GetCustomAttribute<ContentAccessAttribute>() ?? model?.GetCustomAttribute<ContentAccessAttribute>() ?? metadata.GetMetadata<ContentAccessAttribute>(),
                        method.GetCustomAttribute<ContentTypeAccessAttribute>() ?? model?.GetCustomAttribute<ContentTypeAccessAttribute>() ?? metadata.GetMetadata<ContentTypeAccessAttribute>()));
                }

                continue;
            }

            var methods = metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
            foreach (var method in methods.Where(m => m != HttpMethods.Head && m != HttpMethods.Options))
            {
                // Routing answers 415 before authorization when a route declares what it accepts and the body is not that.
                var accepts = metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
                routes.Add(new DeclaredRoute(method, endpoint.RoutePattern, null, IsPage: false, anonymous, policies, bare,
                    metadata.GetMetadata<ContentAccessAttribute>(), metadata.GetMetadata<ContentTypeAccessAttribute>(),
                    AcceptsOnlyForms: accepts.Count > 0 && accepts.All(t => t.StartsWith("multipart/", StringComparison.Ordinal))));
            }
        }

        return routes;
    }
}
