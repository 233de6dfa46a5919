using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Articles;
using ParPortal.Features.Hotlines;
using ParPortal.Features.IndexResults;
using ParPortal.Features.IndexResults.Public;
using ParPortal.Features.Topics;

namespace ParPortal.Features.Public;

/// <summary>
/// The column home. On a phone its first screen holds the top stories (the lead with its picture) and the quick links
/// citizens come for (procedures, hotlines, the latest index results, documents); then the latest news and one block
/// per topic. An article appears once on the page: a topic block shows only articles not shown above it.
/// </summary>
public sealed class HomeModel(ParPortalDbContext db, SiteChrome chrome, PublicFacts facts) : PublicPageModel
{
    /// <summary>The lead story and the two beside it.</summary>
    private const int TopCount = 3;

    /// <summary>The latest news after the top stories.</summary>
    private const int LatestCount = 5;

    private const int PerTopic = 3;

    /// <summary>How many recent articles the topic blocks are filled from (one query, grouped here).</summary>
    private const int Window = 200;

    public IReadOnlyList<ItemSummary> Top { get; private set; } = [];

    public IReadOnlyList<ItemSummary> Latest { get; private set; } = [];

    public IReadOnlyList<(Topic Topic, List<ItemSummary> Items)> ByTopic { get; private set; } = [];

    public HomeFacts Facts { get; private set; } = new(0, null, []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var site = await chrome.SettingsAsync();
        var recent = await db.Articles.AsNoTracking().Where(v => v.IsPublished)
            .OrderByDescending(v => v.PublishedUtc).ThenBy(v => v.Id).Take(Window)
            .Select(v => new { v.Id, v.Title, v.Item.Slug, v.Summary, v.PublishedUtc, Unit = v.Unit == null ? null : v.Unit.Name, v.ImageUrl, v.ImageAlt })
            .ToListAsync(ct);
        // The topics in a second query by version id: projecting them in the first joined every topic link (PublishedVersions).
        var topicsOf = await db.TopicIdsAsync(recent.ConvertAll(r => r.Id), ct);
        var pictured = recent.Take(TopCount + LatestCount).ToList();
        var files = await FeaturedImages.FilesAsync(db, pictured.Select(r => r.ImageUrl), ct);
        var summaries = pictured.ConvertAll(r => new ItemSummary(r.Title, ArticleType.Url(r.Slug), r.Summary, r.PublishedUtc, r.Unit, FeaturedImages.Of(r.ImageUrl, r.ImageAlt, files)));
        Top = summaries.Take(TopCount).ToList();
        Latest = summaries.Skip(TopCount).ToList();

        // Each topic block takes the newest articles of its topic (or sub-topics) that no earlier part of the page
        // showed, so an article tagged with three topics is not read three times.
        var shown = new HashSet<string>(pictured.Select(r => r.Slug), StringComparer.Ordinal);
        var topics = await chrome.TopicsAsync();
        var childToTop = await db.Topics.AsNoTracking().Where(t => t.ParentId != null).ToDictionaryAsync(t => t.Id, t => t.ParentId!.Value, ct);
        var blocks = new List<(Topic, List<ItemSummary>)>();
        foreach (var topic in topics)
        {
            var items = recent
                .Where(r => !shown.Contains(r.Slug) && topicsOf[r.Id].Any(id => id == topic.Id || childToTop.GetValueOrDefault(id) == topic.Id))
                .Take(PerTopic)
                .ToList();
            if (items.Count == 0)
            {
                continue;
            }

            shown.UnionWith(items.Select(r => r.Slug));
            blocks.Add((topic, items.ConvertAll(r => new ItemSummary(r.Title, ArticleType.Url(r.Slug), null, r.PublishedUtc, r.Unit))));
        }

        ByTopic = blocks;
        // Five queries whose answers only a publish changes (PublicFacts).
        Facts = await facts.GetAsync("home:facts", FactsAsync, ct);

        Meta.Title = site.SiteName;
        Meta.Description = T("{0} – {1}: tin, bài, văn bản, thủ tục hành chính, đường dây nóng và chỉ số cải cách hành chính.", site.SiteName, site.AgencyName);
        Meta.CanonicalPath = "/";
        Meta.Section = "home";
        Meta.ImageUrl = Top.FirstOrDefault()?.Image?.Url;
        Meta.JsonLd.Add(JsonLd.Thing("GovernmentOrganization")
            .With("name", site.AgencyName)
            .With("url", FeedEndpoints.BaseUrl(HttpContext) + "/")
            .With("logo", site.LogoUrl)
            .With("telephone", site.AgencyPhone)
            .With("email", site.AgencyEmail)
            .With("address", site.AgencyAddress));
    }

    /// <summary>What the quick links say: the number of procedures, the first hotline, the newest year's index results.</summary>
    private async Task<HomeFacts> FactsAsync(CancellationToken ct)
    {
        var procedures = await db.Procedures.AsNoTracking().CountAsync(v => v.IsPublished, ct);
        var hotline = await db.Hotlines.AsNoTracking().Where(v => v.IsPublished).OrderBy(v => v.DisplayOrder).ThenBy(v => v.Title)
            .Select(v => new { v.Title, v.Phones }).FirstOrDefaultAsync(ct);
        var newestYear = await db.IndexResults.AsNoTracking().Where(v => v.IsPublished).MaxAsync(v => (int?)v.Year, ct);
        var results = newestYear is null
            ? []
            : await db.IndexResults.AsNoTracking().Where(v => v.IsPublished && v.Year == newestYear)
                .Select(v => new { v.IndexCode, v.Year, v.Score, v.Scale, v.Rank, v.RankOf }).ToListAsync(ct);
        // The agency's own order of indexes (PAR INDEX first in the set-up recipe), then any other code.
        var definitions = await db.IndexDefinitions.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        var order = definitions.Select(d => d.Code).ToList();
        var indexes = results.GroupBy(r => r.IndexCode).Select(g => g.First())
            .OrderBy(r => order.IndexOf(r.IndexCode) is var i && i < 0 ? int.MaxValue : i).ThenBy(r => r.IndexCode, StringComparer.Ordinal)
            .Take(2)
            .Select(r => new IndexFact(ShortName(definitions.FirstOrDefault(d => d.Code == r.IndexCode)?.Name, r.IndexCode), IndexResultType.Url(r.IndexCode), r.Year,
                IndexFormat.Score(r.Score, r.Scale), r.Rank is null ? null : IndexFormat.Rank(r.Rank, r.RankOf)))
            .ToList();
        var phone = hotline?.Phones.FirstOrDefault();
        return new HomeFacts(procedures, phone is null ? null : new HotlineFact(hotline!.Title, phone, HotlineVersion.TelUri(phone)), indexes);
    }

    /// <summary>The short name an index is known by: the acronym its name ends with ("… (PAR INDEX)"), else its code.</summary>
    internal static string ShortName(string? name, string code)
    {
        if (name is not null && name.EndsWith(')') && name.LastIndexOf('(') is var open and >= 0 && open < name.Length - 2)
        {
            return name[(open + 1)..^1].Trim();
        }

        return code;
    }
}

/// <summary>The figures the home page's quick links show.</summary>
public sealed record HomeFacts(int Procedures, HotlineFact? Hotline, IReadOnlyList<IndexFact> Indexes);

public sealed record HotlineFact(string Title, string Phone, string TelUri);

public sealed record IndexFact(string Name, string Url, int Year, string Score, string? Rank);
