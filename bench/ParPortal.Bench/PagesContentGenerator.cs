using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Procedures;
using ParPortal.Data;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Documents;
using ParPortal.Features.Procedures;

namespace ParPortal.Bench;

/// <summary>
/// Inserts many published items straight into the tables (no ContentManager, no audit): eight in ten are articles (each
/// in a topic), one in ten documents, one in ten procedures; then the caller rebuilds the search index. Texts come from
/// the search corpus word lists with a fixed seed, so runs are comparable.
/// </summary>
internal static class PagesContentGenerator
{
    /// <summary>A slug of each generated type, for the pages to measure.</summary>
    public sealed record Slugs(string Article, string Document, string Procedure, string Topic);

    /// <summary>The slugs <see cref="InsertAsync"/> returned, found again in a kept database (the newest generated of each type).</summary>
    public static async Task<Slugs> FindAsync(ParPortalDbContext db)
    {
        var generated = db.ContentVersions.Where(v => v.IsPublished && v.CreatedBy == "bench").OrderByDescending(v => v.PublishedUtc);
        var article = await generated.OfType<ArticleVersion>().Select(v => new { v.Item.Slug, Topic = v.Topics.Select(t => t.Slug).First() }).FirstAsync();
        var document = await generated.OfType<DocumentVersion>().Select(v => v.Item.Slug).FirstAsync();
        var procedure = await generated.OfType<ProcedureVersion>().Select(v => v.Item.Slug).FirstAsync();
        return new Slugs(article.Slug, document, procedure, article.Topic);
    }

    public static async Task<Slugs> InsertAsync(ParPortalDbContext db, int count, DateTime newestUtc)
    {
        var random = new Random(20240601);
        var unitIds = await db.Units.Select(u => u.Id).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        string? article = null, document = null, procedure = null, topic = null;
        const int batch = 1000;
        for (var start = 0; start < count; start += batch)
        {
            // Re-read each batch: clearing the tracker detaches them, and an article's topic must be a tracked entity.
            var topics = await db.Topics.Where(t => t.MergedIntoId == null).ToListAsync();
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var field = SearchCorpusGenerator.Fields[random.Next(SearchCorpusGenerator.Fields.Length)];
                var published = newestUtc.AddMinutes(-20 * (i + 1));
                var unitId = unitIds[random.Next(unitIds.Count)];
                ContentVersion version = (i % 10) switch
                {
                    8 => Document(field, i),
                    9 => Procedure(field, i),
                    _ => Article(field, i, topics[random.Next(topics.Count)]),
                };
                var slug = version switch
                {
                    DocumentVersion => $"van-ban-so-{i + 1}",
                    ProcedureVersion => $"thu-tuc-{i + 1}",
                    _ => $"cai-cach-thu-tuc-hanh-chinh-dot-{i + 1}",
                };
                switch (version)
                {
                    case DocumentVersion: document ??= slug; break;
                    case ProcedureVersion: procedure ??= slug; break;
                    case ArticleVersion a: article ??= slug; topic ??= a.Topics[0].Slug; break;
                }

                var item = new ContentItem
                {
                    Id = Guid.NewGuid(), ContentType = TypeOf(version), Slug = slug, LatestVersionNumber = 1,
                    PublishedVersionNumber = 1, CreatedUtc = published, CreatedBy = "bench", FirstPublishedUtc = published,
                };
                db.Add(item);
                version.Id = Guid.NewGuid();
                version.ContentItemId = item.Id;
                version.Item = item;
                version.VersionNumber = 1;
                version.State = ContentState.Published;
                version.IsLatest = true;
                version.IsPublished = true;
                version.UnitId = unitId;
                version.CreatedUtc = published;
                version.CreatedBy = "bench";
                version.PublishedUtc = published;
                version.FirstPublishedUtc = published;
                db.Add(version);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return new Slugs(article!, document ?? article!, procedure ?? article!, topic!);
    }

    private static string TypeOf(ContentVersion v) => v switch
    {
        DocumentVersion => ContentTypes.Document,
        ProcedureVersion => ContentTypes.Procedure,
        _ => ContentTypes.Article,
    };

    private static ArticleVersion Article(string field, int i, ParPortal.Features.Topics.Topic topic) => new()
    {
        Title = $"Cải cách thủ tục hành chính lĩnh vực {field}: kết quả đợt {i + 1}",
        Summary = $"Kết quả giải quyết thủ tục hành chính lĩnh vực {field} trong đợt {i + 1}: hồ sơ đúng hạn, trực tuyến toàn trình.",
        Body = $"<p>Trong đợt {i + 1}, bộ phận một cửa đã tiếp nhận và giải quyết hồ sơ thủ tục hành chính lĩnh vực {field} "
            + "đúng hạn, không có hồ sơ trễ hẹn; tỷ lệ hồ sơ nộp trực tuyến tiếp tục tăng.</p>"
            + "<h2>Kết quả nổi bật</h2><ul><li>Rút ngắn thời gian giải quyết so với quy định.</li>"
            + "<li>Công khai đầy đủ thủ tục trên Cổng Dịch vụ công.</li><li>Không phát sinh phản ánh, kiến nghị.</li></ul>"
            + "<p>Thời gian tới, Sở tiếp tục rà soát, đơn giản hóa thủ tục hành chính và đẩy mạnh chuyển đổi số.</p>",
        Author = "Văn phòng Sở",
        Topics = [topic],
    };

    private static DocumentVersion Document(string field, int i)
    {
        var number = $"{i + 1}/KH-UBND";
        return new DocumentVersion
        {
            Title = $"Kế hoạch cải cách hành chính lĩnh vực {field} năm {2020 + i % 7}",
            Summary = $"Kế hoạch triển khai công tác cải cách hành chính lĩnh vực {field}.",
            Number = number, NumberKey = DocumentVersion.KeyOf(number), DocumentType = "Kế hoạch", Issuer = "UBND tỉnh", Signer = "Chủ tịch UBND tỉnh",
            IssueDate = new DateOnly(2020 + i % 7, 1 + i % 12, 1 + i % 28),
        };
    }

    private static ProcedureVersion Procedure(string field, int i) => new()
    {
        Title = $"Thủ tục cấp giấy phép lĩnh vực {field} số {i + 1}",
        Code = $"1.{i + 1:000000}",
        Field = field,
        Level = ProcedureLevel.Tinh,
        ImplementingAgency = "Sở " + field,
        Subjects = "Tổ chức, cá nhân",
        Channels = [new ProcedureChannel(SubmissionChannel.TrucTuyen, "05 ngày làm việc", "Không")],
        Steps = ["Nộp hồ sơ", "Tiếp nhận và kiểm tra", "Trả kết quả"],
        Dossier = [new DossierComponent("Đơn đề nghị", 1, 0, null)],
        Requirements = "Không",
        Results = "Giấy phép",
        OnlineLevel = OnlineServiceLevel.ToanTrinh,
        Status = ProcedureStatus.InForce,
    };
}
