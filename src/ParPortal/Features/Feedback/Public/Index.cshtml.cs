using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Public;
using ParPortal.Features.Topics;
using ParPortal.Text;

namespace ParPortal.Features.Feedback.Public;

/// <summary>The published Q&amp;As: newest answer first, paged, filtered by topic (?chu-de=slug) and procedure (?thu-tuc=code).</summary>
public sealed class FeedbackListModel(ParPortalDbContext db, SiteChrome chrome) : PublicPageModel
{
    private const int PageSize = 15;

    [FromQuery(Name = "chu-de")]
    public string? TopicSlug { get; set; }

    [FromQuery(Name = "thu-tuc")]
    public string? ProcedureCode { get; set; }

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    /// <summary>The procedures that have published Q&amp;As (code and name), for the filter.</summary>
    public IReadOnlyList<(string Code, string Title)> Procedures { get; private set; } = [];

    public IReadOnlyList<QuestionSummary> Items { get; private set; } = [];

    public PublicPager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = PublicPager.Key)] int? trang, CancellationToken ct)
    {
        Topics = await chrome.TopicsAsync();
        var published = db.Set<FeedbackVersion>().AsNoTracking().Where(v => v.IsPublished);
        var codes = await published.Where(v => v.ProcedureCode != null).Select(v => v.ProcedureCode!).Distinct().ToListAsync(ct);
        Procedures = (await db.Procedures.AsNoTracking().Where(p => p.IsPublished && codes.Contains(p.Code)).Select(p => new { p.Code, p.Title }).ToListAsync(ct))
            .Select(p => (p.Code, p.Title)).By(p => p.Title).ToList();

        var query = published;
        if (!string.IsNullOrWhiteSpace(TopicSlug))
        {
            query = query.Where(v => v.Topics.Any(t => t.Slug == TopicSlug || (t.Parent != null && t.Parent.Slug == TopicSlug)));
        }

        if (!string.IsNullOrWhiteSpace(ProcedureCode))
        {
            query = query.Where(v => v.ProcedureCode == ProcedureCode);
        }

        var total = await query.CountAsync(ct);
        var paging = Paging(trang, PageSize);
        Pager = new PublicPager(paging, total, Request.QueryString);
        Items = await FeedbackList.SummariesAsync(query, paging.Skip, paging.Size, ct);

        Meta.Title = T("Hỏi đáp");
        Meta.Description = T("Câu hỏi, phản ánh, kiến nghị của người dân, doanh nghiệp và câu trả lời của cơ quan");
        Meta.CanonicalPath = FeedbackUrls.Path;
        Meta.Section = "hoi-dap";
        Meta.Crumb(T("Hỏi đáp"));
    }
}
