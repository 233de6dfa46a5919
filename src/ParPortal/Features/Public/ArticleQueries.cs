using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Articles;
using ParPortal.Time;

namespace ParPortal.Features.Public;

/// <summary>The published-article queries shared by the home page, the news list and topic pages.</summary>
public static class ArticleQueries
{
    /// <summary>Newest first, as list lines with their pictures (two queries: the rows, then their uploads).</summary>
    public static async Task<List<ItemSummary>> SummariesAsync(ParPortalDbContext db, IQueryable<ArticleVersion> query, int skip, int take, CancellationToken ct)
    {
        var rows = await query.OrderByDescending(v => v.PublishedUtc).ThenBy(v => v.Id).Skip(skip).Take(take)
            .Select(v => new { v.Title, v.Item.Slug, v.Summary, v.PublishedUtc, Unit = v.Unit == null ? null : v.Unit.Name, v.ImageUrl, v.ImageAlt })
            .ToListAsync(ct);
        var files = await FeaturedImages.FilesAsync(db, rows.Select(r => r.ImageUrl), ct);
        return rows.ConvertAll(r => new ItemSummary(r.Title, ArticleType.Url(r.Slug), r.Summary, r.PublishedUtc, r.Unit, FeaturedImages.Of(r.ImageUrl, r.ImageAlt, files)));
    }

    /// <summary>
    /// The years (Vietnam time) in which an article was published, newest first: the first and last dates and then one
    /// probe a year, each a seek on the (IsPublished, PublishedUtc) index, instead of reading every article's date
    /// (80,000 dates on a large site, the most expensive part of the news list).
    /// </summary>
    public static async Task<List<int>> YearsAsync(IQueryable<ArticleVersion> published, CancellationToken ct)
    {
        var dated = published.Where(v => v.PublishedUtc != null);
        var first = await dated.OrderBy(v => v.PublishedUtc).Select(v => v.PublishedUtc).FirstOrDefaultAsync(ct);
        var last = await dated.OrderByDescending(v => v.PublishedUtc).Select(v => v.PublishedUtc).FirstOrDefaultAsync(ct);
        var years = new List<int>();
        if (first is null || last is null)
        {
            return years;
        }

        for (var year = VietnamTime.LocalDate(last.Value).Year; year >= VietnamTime.LocalDate(first.Value).Year; year--)
        {
            if (await dated.InYear(year).AnyAsync(ct))
            {
                years.Add(year);
            }
        }

        return years;
    }

    /// <summary>Articles published in a year, Vietnam time.</summary>
    public static IQueryable<ArticleVersion> InYear(this IQueryable<ArticleVersion> query, int year)
    {
        var from = VietnamTime.StartOfDayUtc(new DateOnly(year, 1, 1));
        var to = from.AddYears(1);
        return query.Where(v => v.PublishedUtc >= from && v.PublishedUtc < to);
    }
}
