using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Audit;
using ParPortal.Time;

namespace ParPortal.Features.Users;

/// <summary>
/// Creates, checks and revokes personal API tokens. A token is <c>pp_{prefix}_{secret}</c>; the prefix finds the
/// row and only the SHA-256 of the whole token is stored, compared in constant time.
/// </summary>
public sealed class ApiTokenService(ParPortalDbContext db, TimeProvider clock)
{
    public async Task<(ApiToken Token, string Secret)> CreateAsync(string userId, string name, DateTime? expiresUtc, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw ParPortal.Content.ContentValidationException.Single("name", "Tên mã truy cập là bắt buộc, tối đa 100 ký tự.");
        }

        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = $"pp_{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        var token = new ApiToken
        {
            UserId = userId,
            Name = name.Trim(),
            Prefix = prefix,
            Hash = HashOf(secret),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            ExpiresUtc = expiresUtc,
        };
        db.ApiTokens.Add(token);
        var owner = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
        AccountAudit.Record(db, clock, owner, AccountAudit.TokenCreate, $"{token.Name} (pp_{prefix}_…)", ExpiryText(expiresUtc));
        await db.SaveChangesAsync(ct);
        return (token, secret);
    }

    /// <summary>The active token matching <paramref name="secret"/>, or null.</summary>
    public async Task<ApiToken?> ValidateAsync(string secret, CancellationToken ct = default)
    {
        var parts = secret.Split('_');
        if (parts.Length != 3 || parts[0] != "pp" || parts[1].Length != 12)
        {
            return null;
        }

        var token = await db.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.Prefix == parts[1], ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null || !token.IsActive(now) ||
            !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token.Hash), Encoding.ASCII.GetBytes(HashOf(secret))))
        {
            return null;
        }

        // Recording last use at most once a minute keeps API reads from turning into writes.
        if (token.LastUsedUtc is null || now - token.LastUsedUtc > TimeSpan.FromMinutes(1))
        {
            token.LastUsedUtc = now;
            await db.SaveChangesAsync(ct);
        }

        return token;
    }

    /// <summary>
    /// Revokes a token; <paramref name="userId"/> limits it to that user's own tokens (null: any token, for those who
    /// manage users). <paramref name="actor"/> is recorded in the audit log.
    /// </summary>
    public async Task<bool> RevokeAsync(int id, string? userId, string? actor, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.Id == id && (userId == null || t.UserId == userId), ct);
        if (token is null)
        {
            return false;
        }

        if (token.RevokedUtc is null)
        {
            token.RevokedUtc = clock.GetUtcNow().UtcDateTime;
            AccountAudit.Record(db, clock, actor, AccountAudit.TokenRevoke, $"{token.Name} (pp_{token.Prefix}_…)", "của " + token.User?.UserName);
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string ExpiryText(DateTime? expiresUtc) =>
        expiresUtc is { } e ? "hết hạn " + ParPortal.Time.VietnamTime.LocalDate(new DateTimeOffset(e, TimeSpan.Zero)).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "không hết hạn";

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '-');
}
