using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.IndexResults.Charts;
using ParPortal.Features.Public;
using ParPortal.Features.IndexResults;

namespace ParPortal.Features.IndexResults.Public;

/// <summary>
/// One index (/chi-so/parindex): the latest result, the trend over the years and the latest components, each as a
/// server-rendered SVG chart followed by a table with the same numbers.
/// </summary>
public sealed class IndexDetailModel(ParPortalDbContext db) : PublicPageModel
{
    public string Name { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public IndexResultVersion Latest { get; private set; } = null!;

    /// <summary>The results of the latest result's subject, oldest year first.</summary>
    public IReadOnlyList<IndexResultVersion> Trend { get; private set; } = [];

    public string TrendSvg { get; private set; } = string.Empty;

    public string ComponentsSvg { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? index, CancellationToken ct)
    {
        // A preview shows the index page as it will be: the previewed result in place of the item's published one.
        var (preview, refusal) = await PreviewAsync(db.IndexResults.AsNoTracking(), ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var code = preview?.IndexCode ?? index?.ToUpperInvariant() ?? string.Empty;
        var previewed = preview?.ContentItemId;
        var results = await db.IndexResults.AsNoTracking().Where(v => v.IsPublished && v.IndexCode == code && v.ContentItemId != previewed).ToListAsync(ct);
        if (preview is not null)
        {
            results.Add(preview);
        }

        if (results.Count == 0)
        {
            return NotFound();
        }

        var definition = await db.IndexDefinitions.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);
        Name = definition?.Name ?? code;
        Description = definition?.Description;
        Latest = results.OrderByDescending(r => r.Year).First();
        Trend = results.Where(r => r.Subject == Latest.Subject).OrderBy(r => r.Year).ToList();

        TrendSvg = SvgChart.Line(
            "trend",
            T("{0} của {1} qua các năm", Name, Latest.Subject),
            string.Join("; ", Trend.Select(r => $"{r.Year}: {IndexFormat.Number(r.Score)}")),
            Trend.Select(r => new ChartValue(r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Score, IndexFormat.Number(r.Score))).ToList(),
            IndexFormat.ScaleMax(Latest.Scale));
        ComponentsSvg = SvgChart.HorizontalBars(
            "components",
            T("Các chỉ số thành phần năm {0}", Latest.Year),
            string.Join("; ", Latest.Components.Select(c => $"{c.Name}: {IndexFormat.OfMax(c.Score, c.Max)}")),
            Latest.Components.Select(c => new ChartValue(c.Name, c.Score, IndexFormat.OfMax(c.Score, c.Max), c.Max)).ToList());

        Meta.Title = Name;
        Meta.Description = Latest.Summary ?? $"{Name} {Latest.Year}: {IndexFormat.Score(Latest.Score, Latest.Scale)}";
        Meta.CanonicalPath = IndexResultType.Url(code);
        Meta.Section = "chi-so";
        Meta.Crumb(T("Chỉ số CCHC"), IndexResultType.Path).Crumb(Name);
        return Page();
    }
}
