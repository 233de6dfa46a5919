using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Public;
using ParPortal.Time;

namespace ParPortal.Features.Feedback.Ratings;

public enum RatingOutcome
{
    Recorded,

    /// <summary>This browser already rated this page today; the first vote stands.</summary>
    AlreadyRated,

    /// <summary>A robot (by its user agent, or because it filled the hidden field): thanked, not counted.</summary>
    Ignored,

    Invalid,
}

/// <summary>A vote as the widget posts it.</summary>
public sealed record RatingVote(string? Path, string? Score, string? Comment, string? Honeypot);

/// <summary>
/// Records page ratings: one per browser, page and day (a keyed hash of address, browser, page and day, under a salt
/// that changes daily and is then deleted), robots ignored, nothing personal stored.
/// </summary>
public sealed partial class RatingService(ParPortalDbContext db, ContentTypeRegistry types, TimeProvider clock)
{
    public async Task<(RatingOutcome Outcome, string? Error)> RecordAsync(RatingVote vote, string? address, string? userAgent, CancellationToken ct)
    {
        var path = PagePath(vote.Path);
        if (path is null)
        {
            return (RatingOutcome.Invalid, "Trang được đánh giá không hợp lệ.");
        }

        if (!int.TryParse(vote.Score, NumberStyles.None, CultureInfo.InvariantCulture, out var score) || score is < 1 or > 5)
        {
            return (RatingOutcome.Invalid, "Hãy chọn một mức từ 1 đến 5.");
        }

        var comment = FeedbackText.Clean(vote.Comment);
        if (comment is { Length: > FeedbackOptions.MaxRatingCommentLength })
        {
            return (RatingOutcome.Invalid, $"Góp ý dài tối đa {FeedbackOptions.MaxRatingCommentLength} ký tự.");
        }

        if (!string.IsNullOrEmpty(vote.Honeypot) || IsRobot(userAgent))
        {
            return (RatingOutcome.Ignored, null);
        }

        var day = VietnamTime.LocalDate(clock.GetUtcNow());
        var salt = await SaltAsync(day, ct);
        var key = Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes($"{address}\n{userAgent}\n{path}\n{day:yyyy-MM-dd}")));
        var ratings = db.Set<PageRating>();
        if (await ratings.AnyAsync(r => r.VoterKey == key, ct))
        {
            return (RatingOutcome.AlreadyRated, null);
        }

        ratings.Add(new PageRating
        {
            Path = path,
            ContentType = types.OwnerOfPath(new PathString(path))?.Name,
            Score = score,
            Comment = comment,
            Day = day,
            VoterKey = key,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two posts of the same vote at once: the unique key kept the first.
            db.ChangeTracker.Clear();
            return (RatingOutcome.AlreadyRated, null);
        }

        return (RatingOutcome.Recorded, null);
    }

    /// <summary>A site-relative public page path without query or fragment; null for anything else.</summary>
    public static string? PagePath(string? posted)
    {
        var p = posted?.Trim();
        if (string.IsNullOrEmpty(p) || p[0] != '/' || p.StartsWith("//", StringComparison.Ordinal) || p.StartsWith("/\\", StringComparison.Ordinal))
        {
            return null;
        }

        p = p.Split('?', '#')[0];
        if (p.Length > 400 || p.Any(char.IsControl) || PublicCache.IsPrivatePath(new PathString(p)))
        {
            return null;
        }

        return p;
    }

    /// <summary>Crawlers, link previews and scripts name themselves in the user agent; a browser always sends one.</summary>
    public static bool IsRobot(string? userAgent) => string.IsNullOrWhiteSpace(userAgent) || RobotPattern().IsMatch(userAgent);

    /// <summary>The day's salt, made on the first vote of the day; older salts are deleted then.</summary>
    private async Task<byte[]> SaltAsync(DateOnly day, CancellationToken ct)
    {
        var salts = db.Set<RatingSalt>();
        var existing = await salts.AsNoTracking().Where(s => s.Day == day).Select(s => s.Salt).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return existing;
        }

        await salts.Where(s => s.Day < day).ExecuteDeleteAsync(ct);
        salts.Add(new RatingSalt { Day = day, Salt = RandomNumberGenerator.GetBytes(32) });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node made today's salt at the same moment; use that one.
            db.ChangeTracker.Clear();
        }

        return await salts.AsNoTracking().Where(s => s.Day == day).Select(s => s.Salt).SingleAsync(ct);
    }

    [GeneratedRegex(@"bot\b|bot/|crawl|spider|slurp|facebookexternalhit|preview|curl|wget|python|java/|go-http|httpclient|libwww|okhttp|scrapy|axios|node-fetch|postman", RegexOptions.IgnoreCase)]
    private static partial Regex RobotPattern();
}
