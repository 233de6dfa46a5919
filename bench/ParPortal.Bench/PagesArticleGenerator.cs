using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;

namespace ParPortal.Bench;

/// <summary>
/// Inserts many published articles straight into the tables (no ContentManager, no audit), then the caller rebuilds
/// the search index. Texts come from the search corpus word lists with a fixed seed, so runs are comparable.
/// </summary>
internal static class PagesArticleGenerator
{
    public static async Task<string> InsertAsync(ParPortalDbContext db, int count, DateTime newestUtc)
    {
        var random = new Random(20240601);
        var unitIds = await db.Units.Select(u => u.Id).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        string? firstSlug = null;
        const int batch = 1000;
        for (var start = 0; start < count; start += batch)
        {
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var field = SearchCorpusGenerator.Fields[random.Next(SearchCorpusGenerator.Fields.Length)];
                var title = $"Cải cách thủ tục hành chính lĩnh vực {field}: kết quả đợt {i + 1}";
                var published = newestUtc.AddHours(-3 * (i + 1));
                var slug = $"cai-cach-thu-tuc-hanh-chinh-dot-{i + 1}";
                firstSlug ??= slug;
                var item = new ContentItem
                {
                    Id = Guid.NewGuid(), ContentType = ContentTypes.Article, Slug = slug, LatestVersionNumber = 1,
                    PublishedVersionNumber = 1, CreatedUtc = published, CreatedBy = "bench", FirstPublishedUtc = published,
                };
                db.Add(item);
                db.Add(new ArticleVersion
                {
                    Id = Guid.NewGuid(), ContentItemId = item.Id, Item = item, VersionNumber = 1, State = ContentState.Published,
                    IsLatest = true, IsPublished = true, Title = title, UnitId = unitIds[random.Next(unitIds.Count)],
                    Summary = $"Kết quả giải quyết thủ tục hành chính lĩnh vực {field} trong đợt {i + 1}: hồ sơ đúng hạn, trực tuyến toàn trình.",
                    Body = Body(field, i), CreatedUtc = published, CreatedBy = "bench", PublishedUtc = published, FirstPublishedUtc = published, Author = "Văn phòng Sở",
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return firstSlug ?? throw new ArgumentOutOfRangeException(nameof(count));
    }

    private static string Body(string field, int i) =>
        $"<p>Trong đợt {i + 1}, bộ phận một cửa đã tiếp nhận và giải quyết hồ sơ thủ tục hành chính lĩnh vực {field} "
        + "đúng hạn, không có hồ sơ trễ hẹn; tỷ lệ hồ sơ nộp trực tuyến tiếp tục tăng.</p>"
        + "<h2>Kết quả nổi bật</h2><ul><li>Rút ngắn thời gian giải quyết so với quy định.</li>"
        + "<li>Công khai đầy đủ thủ tục trên Cổng Dịch vụ công.</li><li>Không phát sinh phản ánh, kiến nghị.</li></ul>"
        + "<p>Thời gian tới, Sở tiếp tục rà soát, đơn giản hóa thủ tục hành chính và đẩy mạnh chuyển đổi số.</p>";
}
