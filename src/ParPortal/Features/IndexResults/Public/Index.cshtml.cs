using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Public;
using ParPortal.Features.IndexResults;

namespace ParPortal.Features.IndexResults.Public;

/// <summary>The indexes the agency follows, each with its latest published result.</summary>
public sealed class IndexListModel(ParPortalDbContext db) : PublicPageModel
{
    public IReadOnlyList<(string Code, string Name, IndexResultVersion? Latest)> Indexes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var definitions = await db.IndexDefinitions.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);
        var results = await db.IndexResults.AsNoTracking().Where(v => v.IsPublished).ToListAsync(ct);
        var latest = results.GroupBy(r => r.IndexCode).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Year).First());

        // Indexes with results come first; an index the agency follows but has no result for yet is still listed.
        Indexes = definitions.Select(d => (d.Code, d.Name, latest.GetValueOrDefault(d.Code)))
            .Concat(latest.Keys.Except(definitions.Select(d => d.Code)).Select(c => (c, c, (IndexResultVersion?)latest[c])))
            .OrderBy(x => x.Item3 is null)
            .ToList();

        Meta.Title = T("Chỉ số cải cách hành chính");
        Meta.Description = T("Kết quả các chỉ số PAR INDEX, SIPAS, PCI, PAPI qua các năm");
        Meta.CanonicalPath = IndexResultType.Path;
        Meta.Section = "chi-so";
        Meta.Crumb(T("Chỉ số CCHC"));
    }
}
