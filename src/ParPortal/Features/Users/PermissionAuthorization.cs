using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ParPortal.Features.Users;

/// <summary>A requirement that the user holds a named permission through one of their roles.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.HasPermission(requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class PermissionExtensions
{
    public static bool HasPermission(this ClaimsPrincipal user, string permission) =>
        user.Identity?.IsAuthenticated == true &&
        user.FindAll(ClaimTypes.Role).Any(r => Roles.PermissionsOf.TryGetValue(r.Value, out var set) && set.Contains(permission));

    /// <summary>The unit id a contributor is tied to (claim added at sign-in), or null.</summary>
    public static int? UnitId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PortalClaims.UnitId), out var id) ? id : null;

    /// <summary>One authorization policy per permission, named by the permission.</summary>
    public static AuthorizationBuilder AddPermissionPolicies(this AuthorizationBuilder builder, params string[] schemes)
    {
        foreach (var permission in Permissions.All)
        {
            builder.AddPolicy(permission, p =>
            {
                if (schemes.Length > 0)
                {
                    p.AddAuthenticationSchemes(schemes);
                }

                p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission));
            });
        }

        return builder;
    }
}

/// <summary>Claim types the module adds to a signed-in user.</summary>
public static class PortalClaims
{
    public const string UnitId = "parportal:unit";
    public const string DisplayName = "parportal:name";
}
