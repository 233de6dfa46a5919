using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ParPortal.Features.Users;

/// <summary>Authenticates <c>Authorization: Bearer pp_…</c> as the token's user, with that user's roles.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    IUserClaimsPrincipalFactory<PortalUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        // Only an administrator's lock disables tokens: the lockout after wrong passwords guards the login form, and a
        // stranger typing wrong passwords must not be able to switch off an account's API access.
        if (token?.User is null || AccountLock.IsLockedByAdministrator(token.User))
        {
            return AuthenticateResult.Fail("Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
        }

        var principal = await principals.CreateAsync(token.User);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
