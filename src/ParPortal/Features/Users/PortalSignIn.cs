using Microsoft.AspNetCore.Identity;

namespace ParPortal.Features.Users;

/// <summary>
/// Password sign-in that tells nobody whether an account exists or is locked: an unknown name and a locked account
/// cost one password hash like a real attempt, and every failure is the same answer. Logging out renews the
/// account's security stamp, so a copy of the session cookie stops working too (within
/// <see cref="AccountOptions.SessionValidationInterval"/>).
/// </summary>
public sealed class PortalSignIn(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher)
{
    private static string? _dummyHash;

    /// <summary>True when the user is now signed in; false for an unknown name, a wrong password or a locked account.</summary>
    public async Task<bool> PasswordSignInAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // The same work as checking a real password, so the answer takes as long.
            hasher.VerifyHashedPassword(user ?? new PortalUser(), DummyHash(), password);
            return false;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded;
    }

    /// <summary>Ends this session and every other session of the account.</summary>
    public async Task SignOutAsync(System.Security.Claims.ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
    }

    // Made with the site's own hasher, so it has the same cost (iterations) as the stored hashes.
    private string DummyHash() => _dummyHash ??= hasher.HashPassword(new PortalUser(), Guid.NewGuid().ToString("N"));
}
