using Microsoft.AspNetCore.Identity;

namespace ParPortal.Features.Users;

/// <summary>
/// Tells the two kinds of Identity lockout apart. Wrong passwords lock an account for minutes
/// (<see cref="AccountOptions.LockoutDuration"/>); an administrator's lock sets the end to the largest date. Only the
/// latter disables the account's API tokens.
/// </summary>
public static class AccountLock
{
    /// <summary>The lockout end an administrator's lock writes.</summary>
    public static readonly DateTimeOffset ByAdministrator = DateTimeOffset.MaxValue;

    /// <summary>
    /// True when an administrator locked the account. Compared with a far date rather than the exact maximum, since
    /// PostgreSQL stores timestamps to the microsecond.
    /// </summary>
    public static bool IsLockedByAdministrator(IdentityUser user) =>
        user.LockoutEnabled && user.LockoutEnd is { } end && end.Year >= 9000;
}
