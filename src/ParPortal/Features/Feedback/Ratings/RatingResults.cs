using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Feedback.Ratings;

/// <summary>The votes of one page or one type of page: how many, the mean, and how many of each score (index 0 = score 1).</summary>
public sealed record RatingSummary(string Key, string Label, int Votes, double Average, int[] ByScore, int Comments);

/// <summary>A comment left with a vote.</summary>
public sealed record RatingComment(DateOnly Day, string Path, int Score, string Comment);

public sealed record RatingReport(DateOnly From, DateOnly To, RatingSummary Total, IReadOnlyList<RatingSummary> ByType, IReadOnlyList<RatingSummary> ByPage, IReadOnlyList<RatingComment> Comments);

/// <summary>The ratings of a period per page and per type of page, for the admin and its spreadsheet.</summary>
public sealed class RatingResults(ParPortalDbContext db, ContentTypeRegistry types)
{
    /// <summary>The label of pages that belong to no content type (home, topics, search…).</summary>
    public const string MixedPages = "Trang chung (trang chủ, chủ đề, tìm kiếm…)";

    public async Task<RatingReport> ReadAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var votes = await db.Set<PageRating>().AsNoTracking().Where(r => r.Day >= from && r.Day <= to)
            .Select(r => new { r.Path, r.ContentType, r.Score, r.Comment, r.Day })
            .ToListAsync(ct);
        RatingSummary Summary(string key, string label, IEnumerable<(int Score, bool HasComment)> group)
        {
            var list = group.ToList();
            var byScore = new int[5];
            foreach (var (score, _) in list)
            {
                byScore[score - 1]++;
            }

            return new RatingSummary(key, label, list.Count, list.Count == 0 ? 0 : Math.Round(list.Average(v => v.Score), 2), byScore, list.Count(v => v.HasComment));
        }

        var total = Summary("", "Tổng cộng", votes.Select(v => (v.Score, v.Comment is not null)));
        var byType = votes.GroupBy(v => v.ContentType ?? "")
            .Select(g => Summary(g.Key, g.Key.Length == 0 ? MixedPages : types.DisplayName(g.Key), g.Select(v => (v.Score, v.Comment is not null))))
            .OrderByDescending(s => s.Votes).ToList();
        var byPage = votes.GroupBy(v => v.Path)
            .Select(g => Summary(g.Key, g.First().ContentType is { } t ? types.DisplayName(t) : MixedPages, g.Select(v => (v.Score, v.Comment is not null))))
            .OrderByDescending(s => s.Votes).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var comments = votes.Where(v => v.Comment is not null).OrderByDescending(v => v.Day).Take(200)
            .Select(v => new RatingComment(v.Day, v.Path, v.Score, v.Comment!)).ToList();
        return new RatingReport(from, to, total, byType, byPage, comments);
    }
}
