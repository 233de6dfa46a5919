using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Topics;
using ParPortal.Features.Articles;

namespace ParPortal.Features.Public;

/// <summary>The column home: the latest news, the latest by topic, and quick links to what citizens look for.</summary>
public sealed class HomeModel(ParPortalDbContext db, SiteChrome chrome) : PublicPageModel
{
    private const int PerTopic = 3;

    public IReadOnlyList<ItemSummary> Latest { get; private set; } = [];

    public IReadOnlyList<(Topic Topic, List<ItemSummary> Items)> ByTopic { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var site = await chrome.SettingsAsync();
        Latest = await ArticleQueries.SummariesAsync(db.Articles.AsNoTracking().Where(v => v.IsPublished), 0, 5, ct);

        // One query for the recent articles with their topics, grouped here: a topic block shows its newest few.
        var recent = await db.Articles.AsNoTracking().Where(v => v.IsPublished)
            .OrderByDescending(v => v.PublishedUtc).Take(200)
            .Select(v => new { v.Title, v.Item.Slug, v.Summary, v.PublishedUtc, Unit = v.Unit == null ? null : v.Unit.Name, Topics = v.Topics.Select(t => t.Id).ToList() })
            .ToListAsync(ct);
        var topics = await chrome.TopicsAsync();
        var childToTop = await db.Topics.AsNoTracking().Where(t => t.ParentId != null).ToDictionaryAsync(t => t.Id, t => t.ParentId!.Value, ct);
        ByTopic = topics
            .Select(t => (t, recent.Where(r => r.Topics.Any(id => id == t.Id || childToTop.GetValueOrDefault(id) == t.Id)).Take(PerTopic)
                .Select(r => new ItemSummary(r.Title, ArticleType.Url(r.Slug), null, r.PublishedUtc, r.Unit)).ToList()))
            .Where(x => x.Item2.Count > 0)
            .ToList();

        Meta.Title = site.SiteName;
        Meta.Description = T("{0} – {1}: tin, bài, văn bản, thủ tục hành chính, đường dây nóng và chỉ số cải cách hành chính.", site.SiteName, site.AgencyName);
        Meta.CanonicalPath = "/";
        Meta.Section = "home";
        Meta.JsonLd.Add(JsonLd.Thing("GovernmentOrganization")
            .With("name", site.AgencyName)
            .With("url", FeedEndpoints.BaseUrl(HttpContext) + "/")
            .With("logo", site.LogoUrl)
            .With("telephone", site.AgencyPhone)
            .With("email", site.AgencyEmail)
            .With("address", site.AgencyAddress));
    }
}
