using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ParPortal.Features.Users;

/// <summary>Adds the user's unit and display name to the sign-in cookie, so pages need no database call for them.</summary>
internal sealed class PortalClaimsFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.UnitId is { } unit)
        {
            identity.AddClaim(new Claim(PortalClaims.UnitId, unit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName ?? user.UserName ?? string.Empty));
        return identity;
    }
}
