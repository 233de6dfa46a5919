using Microsoft.EntityFrameworkCore;

namespace ParPortal.Features.Feedback.Public;

/// <summary>One published Q&amp;A in a list: the question's title, its start, who answered and when.</summary>
public sealed record QuestionSummary(string Title, string Url, string Excerpt, DateTime? AnsweredUtc, string? UnitName);

internal static class FeedbackList
{
    /// <summary>A page of published Q&amp;As, newest answer first.</summary>
    public static async Task<List<QuestionSummary>> SummariesAsync(IQueryable<FeedbackVersion> published, int skip, int take, CancellationToken ct)
    {
        var rows = await published.OrderByDescending(v => v.Item.FirstPublishedUtc).ThenBy(v => v.Id).Skip(skip).Take(take)
            .Select(v => new { v.Title, v.Item.Slug, v.Question, v.Item.FirstPublishedUtc, Unit = v.Unit == null ? null : v.Unit.Name })
            .ToListAsync(ct);
        return rows.Select(v => new QuestionSummary(v.Title, FeedbackUrls.Item(v.Slug), Excerpt(v.Question), v.FirstPublishedUtc, v.Unit)).ToList();
    }

    private static string Excerpt(string question) =>
        question.Length <= 220 ? question : question[..(question.LastIndexOf(' ', 219) is > 100 and var cut ? cut : 219)] + "…";
}
