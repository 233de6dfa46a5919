using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Public;
using ParPortal.Features.Hotlines;
using ParPortal.Text;

namespace ParPortal.Features.Hotlines.Public;

/// <summary>Every published hotline, grouped by unit, in the editors' display order, ready to call from a phone.</summary>
public sealed class HotlineListModel(ParPortalDbContext db) : PublicPageModel
{
    public IReadOnlyList<(string Unit, List<HotlineVersion> Hotlines)> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A preview shows the page as it will be: the previewed version in place of the item's published one.
        var (preview, refusal) = await PreviewAsync(db.Hotlines.AsNoTracking().Include(v => v.Unit), ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var previewed = preview?.ContentItemId;
        var hotlines = await db.Hotlines.AsNoTracking().Include(v => v.Unit).Include(v => v.Item).Where(v => v.IsPublished && v.ContentItemId != previewed).ToListAsync(ct);
        if (preview is not null)
        {
            hotlines.Add(preview);
        }

        var agency = T("Cơ quan");
        Groups = hotlines
            .OrderBy(h => h.DisplayOrder).ThenBy(h => h.Title, VietnameseOrder.Comparer)
            .GroupBy(h => h.Unit?.Name ?? agency)
            .Select(g => (g.Key, g.ToList()))
            .ToList();

        Meta.Title = T("Đường dây nóng");
        Meta.Description = T("Số điện thoại và thư điện tử tiếp nhận phản ánh, kiến nghị về thủ tục hành chính và cải cách hành chính");
        Meta.CanonicalPath = HotlineType.Path;
        Meta.Section = "duong-day-nong";
        Meta.Crumb(T("Đường dây nóng"));
        return Page();
    }
}
