using ParPortal.Data;

namespace ParPortal.Features.Audit;

/// <summary>
/// Changes to accounts and API tokens go into the same log as content changes, so an office can answer "who gave
/// this person the Editor role" or "who revoked that token" from the audit page. The entry is added to the context
/// only; the caller's next SaveChanges writes it together with the change it describes.
/// </summary>
public static class AccountAudit
{
    public const string UserCreate = "user-create";
    public const string UserSave = "user-save";
    public const string UserLock = "user-lock";
    public const string UserUnlock = "user-unlock";
    public const string UserPassword = "user-password";
    public const string TokenCreate = "token-create";
    public const string TokenRevoke = "token-revoke";

    /// <summary>Adds an entry naming the account (or token) in <c>Title</c>, what changed in <c>Details</c>.</summary>
    public static void Record(ParPortalDbContext db, TimeProvider clock, string? actor, string action, string subject, string? details = null) =>
        db.AuditLog.Add(new AuditEntry
        {
            TimestampUtc = clock.GetUtcNow().UtcDateTime,
            UserName = actor,
            Action = action,
            Title = subject,
            Details = details,
        });
}
