namespace ParPortal.Features.Users;

/// <summary>Sign-in, session and lockout settings, bound from <c>ParPortal:Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string Section = "ParPortal:Accounts";

    /// <summary>
    /// How often a session cookie is checked against the account (Identity's security stamp). Default one minute:
    /// logging out, being locked by an administrator, a new password or a change of roles or unit ends every other
    /// session of the account within this time, at the cost of one account look-up per session and interval.
    /// </summary>
    public TimeSpan SessionValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an idle admin session lasts (sliding): a working day.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Wrong passwords in a row before the account is locked for <see cref="LockoutDuration"/>.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>
    /// How long a lockout after wrong passwords lasts: long enough to make guessing slow, short enough that the
    /// owner is not shut out for the day. It stops sign-in only; the account's API tokens keep working, so that
    /// strangers typing wrong passwords cannot switch off an agency's data feeds.
    /// </summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
