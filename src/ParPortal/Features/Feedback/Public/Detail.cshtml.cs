using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Procedures;
using ParPortal.Features.Public;
using ParPortal.Time;

namespace ParPortal.Features.Feedback.Public;

/// <summary>One published Q&amp;A: the question without the person's details, the unit's answer, the procedure it concerns.</summary>
public sealed class FeedbackDetailModel(ParPortalDbContext db, SiteChrome chrome) : PublicPageModel
{
    public FeedbackVersion Question { get; private set; } = null!;

    public DateTime? AnsweredUtc { get; private set; }

    /// <summary>The procedure the question is about, when it is published: its name and page.</summary>
    public (string Title, string Url)? Procedure { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var q = await db.Set<FeedbackVersion>().AsNoTracking().Include(v => v.Item).Include(v => v.Unit).Include(v => v.Topics).AsSplitQuery()
            .OrderBy(v => v.Id).FirstOrDefaultAsync(v => v.IsPublished && v.Item.Slug == slug, ct);
        if (q is null)
        {
            return NotFound();
        }

        Question = q;
        AnsweredUtc = q.Item.FirstPublishedUtc ?? q.PublishedUtc;
        if (q.ProcedureCode is { } code)
        {
            var p = await db.Procedures.AsNoTracking().Where(v => v.IsPublished && v.Code == code).Select(v => new { v.Title, v.Item.Slug }).FirstOrDefaultAsync(ct);
            Procedure = p is null ? null : (p.Title, ProcedureType.Url(p.Slug));
        }

        var site = await chrome.SettingsAsync();
        var root = FeedEndpoints.BaseUrl(HttpContext);
        Meta.Title = q.Title;
        Meta.Description = q.Question.Length > 200 ? q.Question[..200] + "…" : q.Question;
        Meta.CanonicalPath = FeedbackUrls.Item(slug);
        Meta.OgType = "article";
        Meta.Section = "hoi-dap";
        Meta.Crumb(T("Hỏi đáp"), FeedbackUrls.Path).Crumb(q.Title);
        Meta.JsonLd.Add(JsonLd.Thing("QAPage").With("mainEntity", JsonLd.Thing("Question")
            .With("name", q.Title)
            .With("text", q.Question)
            .With("dateCreated", VietnameseDate.Iso(q.ReceivedOn))
            .With("answerCount", 1)
            .With("acceptedAnswer", new Dictionary<string, object?>
            {
                ["@type"] = "Answer",
                ["text"] = q.Answer,
                ["dateCreated"] = AnsweredUtc?.ToString("O"),
                ["url"] = root + Meta.CanonicalPath,
                ["author"] = new Dictionary<string, string> { ["@type"] = "GovernmentOrganization", ["name"] = q.Unit?.Name ?? site.AgencyName },
            })));
        return Page();
    }
}
