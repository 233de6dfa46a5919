using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ParPortal.Features.Users;

/// <summary>
/// A permission one page handler needs beyond its page's policy (<c>[Authorize(Policy = …)]</c>), which Razor Pages
/// cannot put on a handler. Enforced by <see cref="RequirePermissionFilter"/> before the handler runs, and read by the
/// route-table test as the handler's declared permission: the declaration is the check.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequirePermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}

/// <summary>Refuses a handler whose <see cref="RequirePermissionAttribute"/> the user lacks: challenge when anonymous, else forbid.</summary>
internal sealed class RequirePermissionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod?.MethodInfo.GetCustomAttributes(typeof(RequirePermissionAttribute), inherit: true) is [RequirePermissionAttribute required]
            && !context.HttpContext.User.HasPermission(required.Permission))
        {
            context.Result = context.HttpContext.User.Identity?.IsAuthenticated == true ? new ForbidResult() : new ChallengeResult();
            return;
        }

        await next();
    }
}
