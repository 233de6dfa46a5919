using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Public;
using ParPortal.Features.Procedures;

namespace ParPortal.Features.Procedures.Public;

/// <summary>
/// Procedure lookup: by field (?linh-vuc=), level (?cap=tinh), online service level (?truc-tuyen=toan-trinh), name
/// words (?ten=) and national code (?ma=1.001193, exact or as a prefix of the local form "1.001193.000.00.00.H29").
/// </summary>
public sealed class ProcedureListModel(ParPortalDbContext db) : PublicPageModel
{
    private const int PageSize = 20;

    [FromQuery(Name = "linh-vuc")]
    public string? Field { get; set; }

    [FromQuery(Name = "cap")]
    public string? Level { get; set; }

    [FromQuery(Name = "truc-tuyen")]
    public string? Online { get; set; }

    [FromQuery(Name = "ma")]
    public string? Code { get; set; }

    [FromQuery(Name = "ten")]
    public string? Name { get; set; }

    public IReadOnlyList<string> Fields { get; private set; } = [];

    public IReadOnlyList<ProcedureVersion> Items { get; private set; } = [];

    public PublicPager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = PublicPager.Key)] int? trang, CancellationToken ct)
    {
        var published = db.Procedures.AsNoTracking().Where(v => v.IsPublished);
        Fields = (await published.Select(v => v.Field).Distinct().ToListAsync(ct)).Order(StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();

        var query = published;
        if (Code?.Trim() is { Length: > 0 } code)
        {
            query = query.Where(v => v.Code == code || v.Code.StartsWith(code));
        }

        if (!string.IsNullOrWhiteSpace(Field))
        {
            query = query.Where(v => v.Field == Field);
        }

        if (Level is not null && ProcedureLabels.LevelKeys.TryGetValue(Level, out var level))
        {
            query = query.Where(v => v.Level == level);
        }

        if (Online is not null && ProcedureLabels.OnlineKeys.TryGetValue(Online, out var online))
        {
            query = query.Where(v => v.OnlineLevel == online);
        }

        if (Name?.Trim() is { Length: > 0 } name)
        {
            // A plain title filter for the lookup form; diacritic-insensitive search is the search page's job.
            query = query.Where(v => v.Title.Contains(name));
        }

        var total = await query.CountAsync(ct);
        var paging = Paging(trang, PageSize);
        Pager = new PublicPager(paging, total, Request.QueryString);
        Items = await query.Include(v => v.Item).OrderBy(v => v.Field).ThenBy(v => v.Title)
            .Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);

        Meta.Title = T("Thủ tục hành chính");
        Meta.Description = T("Tra cứu thủ tục hành chính theo lĩnh vực, cấp thực hiện, mức độ dịch vụ công trực tuyến và mã thủ tục");
        Meta.CanonicalPath = ProcedureType.Path;
        Meta.Section = "thu-tuc";
        Meta.Crumb(T("Thủ tục hành chính"));
    }
}
