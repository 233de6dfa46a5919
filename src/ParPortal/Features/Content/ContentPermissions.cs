using System.Security.Claims;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Users;

namespace ParPortal.Features.Content;

/// <summary>Who may read and change which item: one rule for the API, the admin pages and every other path.</summary>
public static class ContentPermissions
{
    /// <summary>
    /// Content the units write (<see cref="ContentTypeDefinition.IsUnitContent"/>): editors act on anything,
    /// contributors only on their own unit's items. Types held agency-wide (plans) need their own permission.
    /// Reading also allows those who see all content (the office).
    /// </summary>
    public static bool CanEdit(this ClaimsPrincipal user, ContentTypeDefinition type, int? unitId, bool read = false) =>
        (read && user.HasPermission(Permissions.ViewAllContent)) ||
        (type.IsUnitContent
            ? user.HasPermission(Permissions.EditAllContent)
              || (user.HasPermission(Permissions.EditOwnUnitContent) && unitId is not null && unitId == user.UnitId())
            : user.HasPermission(type.EditPermission));

    /// <summary>True when the user may create items of the type at all (for some unit).</summary>
    public static bool CanCreate(this ClaimsPrincipal user, ContentTypeDefinition type) => user.HasPermission(type.EditPermission);

    /// <summary>The name recorded in versions and the audit log for a change the user made.</summary>
    public static string ActorName(this ClaimsPrincipal user) => user.Identity?.Name ?? "api";
}
