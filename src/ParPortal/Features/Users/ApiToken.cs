namespace ParPortal.Features.Users;

/// <summary>
/// A personal API token. Only a SHA-256 hash is stored; the token itself is shown once when it is created.
/// The prefix finds the row without scanning hashes.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public PortalUser? User { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required string Hash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ExpiresUtc { get; set; }

    public DateTime? LastUsedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public bool IsActive(DateTime nowUtc) => RevokedUtc is null && (ExpiresUtc is null || ExpiresUtc > nowUtc);
}
