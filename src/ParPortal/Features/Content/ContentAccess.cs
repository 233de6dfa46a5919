using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Data;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Content;

/// <summary>What a route does to the item its <c>id</c> names: read it (drafts included) or change it.</summary>
public enum ContentAccessKind
{
    Read,
    Edit,
}

/// <summary>
/// Declares that a page, page handler or endpoint acts on the content item named by a route value, and how: the
/// caller must be allowed to (<see cref="ContentPermissions.CanEdit"/>: contributors only in their own unit, plans
/// only with their permission). Enforced by the content access filters before the handler runs (404 for an unknown
/// item, then 403), and read by the route-table test as the route's declared item rule.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ContentAccessAttribute(ContentAccessKind kind, string routeKey = "id") : Attribute
{
    public ContentAccessKind Kind { get; } = kind;

    public string RouteKey { get; } = routeKey;
}

/// <summary>
/// Declares that a route value names a content type that the caller creates: they need the type's permission
/// (<see cref="ContentPermissions.CanCreate"/>). An unknown type is 404.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ContentTypeAccessAttribute(string routeKey = "type") : Attribute
{
    public string RouteKey { get; } = routeKey;
}

/// <summary>The one check behind both attributes, for pages and for endpoints.</summary>
internal static class ContentAccessCheck
{
    /// <summary>Null when allowed (or when the route value is absent), else the status to answer with: 404 or 403.</summary>
    public static async Task<int?> RefusalAsync(HttpContext http, ContentAccessAttribute? item, ContentTypeAccessAttribute? type)
    {
        var user = http.User;
        var registry = http.RequestServices.GetRequiredService<ContentTypeRegistry>();
        if (item is not null && http.GetRouteValue(item.RouteKey) is { } idValue)
        {
            if (!Guid.TryParse(idValue.ToString(), out var id))
            {
                return StatusCodes.Status404NotFound;
            }

            var db = http.RequestServices.GetRequiredService<ParPortalDbContext>();
            var latest = await ContentQueries.VersionAsync(db, id, published: false, http.RequestAborted);
            if (latest is null)
            {
                return StatusCodes.Status404NotFound;
            }

            if (!user.CanEdit(registry.Of(latest), latest.UnitId, read: item.Kind == ContentAccessKind.Read))
            {
                return StatusCodes.Status403Forbidden;
            }
        }

        if (type is not null && http.GetRouteValue(type.RouteKey) is { } typeName)
        {
            if (!registry.TryGet(typeName.ToString(), out var definition))
            {
                return StatusCodes.Status404NotFound;
            }

            if (!user.CanCreate(definition))
            {
                return StatusCodes.Status403Forbidden;
            }
        }

        return null;
    }
}

/// <summary>Enforces <see cref="ContentAccessAttribute"/> and <see cref="ContentTypeAccessAttribute"/> on pages (the handler's own, else the page's, else the route's).</summary>
internal sealed class ContentAccessPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HandlerMethod?.MethodInfo;
        var page = context.HandlerInstance.GetType();
        // The handler's own declaration, else the page's, else its route's (a route added by a convention, e.g. previews).
        var metadata = context.HttpContext.GetEndpoint()?.Metadata;
        var item = Attribute<ContentAccessAttribute>(method, page) ?? metadata?.GetMetadata<ContentAccessAttribute>();
        var type = Attribute<ContentTypeAccessAttribute>(method, page) ?? metadata?.GetMetadata<ContentTypeAccessAttribute>();
        if ((item is not null || type is not null) && await ContentAccessCheck.RefusalAsync(context.HttpContext, item, type) is { } status)
        {
            context.Result = status == StatusCodes.Status404NotFound ? new NotFoundResult() : new ForbidResult();
            return;
        }

        await next();
    }

    private static T? Attribute<T>(System.Reflection.MethodInfo? method, Type page)
        where T : Attribute =>
        (method is null ? null : (T?)System.Attribute.GetCustomAttribute(method, typeof(T))) ?? (T?)System.Attribute.GetCustomAttribute(page, typeof(T));
}

/// <summary>Enforces <see cref="ContentAccessAttribute"/> and <see cref="ContentTypeAccessAttribute"/> given as endpoint metadata.</summary>
internal sealed class ContentAccessEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var metadata = http.GetEndpoint()?.Metadata;
        var item = metadata?.GetMetadata<ContentAccessAttribute>();
        var type = metadata?.GetMetadata<ContentTypeAccessAttribute>();
        if ((item is not null || type is not null) && await ContentAccessCheck.RefusalAsync(http, item, type) is { } status)
        {
            return status == StatusCodes.Status404NotFound
                ? Results.Problem(title: "Không tìm thấy nội dung.", statusCode: status)
                : Results.Problem(title: "Bạn không có quyền với nội dung này.", statusCode: status);
        }

        return await next(context);
    }
}
