using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Articles;
using ParPortal.Time;

namespace ParPortal.Features.Public;

/// <summary>The published-article queries shared by the home page, the news list and topic pages.</summary>
public static class ArticleQueries
{
    /// <summary>Newest first, as list lines.</summary>
    public static async Task<List<ItemSummary>> SummariesAsync(IQueryable<ArticleVersion> query, int skip, int take, CancellationToken ct)
    {
        var rows = await query.OrderByDescending(v => v.PublishedUtc).ThenBy(v => v.Id).Skip(skip).Take(take)
            .Select(v => new { v.Title, v.Item.Slug, v.Summary, v.PublishedUtc, Unit = v.Unit == null ? null : v.Unit.Name })
            .ToListAsync(ct);
        return rows.ConvertAll(r => new ItemSummary(r.Title, ArticleType.Url(r.Slug), r.Summary, r.PublishedUtc, r.Unit));
    }

    /// <summary>Articles published in a year, Vietnam time.</summary>
    public static IQueryable<ArticleVersion> InYear(this IQueryable<ArticleVersion> query, int year)
    {
        var from = VietnamTime.StartOfDayUtc(new DateOnly(year, 1, 1));
        var to = from.AddYears(1);
        return query.Where(v => v.PublishedUtc >= from && v.PublishedUtc < to);
    }
}
