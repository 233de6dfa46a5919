using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Public;
using ParPortal.Features.Procedures;
using ParPortal.Procedures;

namespace ParPortal.Features.Procedures.Public;

/// <summary>
/// Procedure lookup: by field (?linh-vuc=), level (?cap=tinh), online service level (?truc-tuyen=toan-trinh), name
/// words (?ten=) and national code (?ma=1.001193, exact or as a prefix of the local form "1.001193.000.00.00.H29").
/// </summary>
public sealed class ProcedureListModel(ParPortalDbContext db, PublicFacts facts) : PublicPageModel
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

    public IReadOnlyList<ProcedureLine> Items { get; private set; } = [];

    public PublicPager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = PublicPager.Key)] int? trang, CancellationToken ct)
    {
        var published = db.Procedures.AsNoTracking().Where(v => v.IsPublished);
        // Kept until the next publish (PublicFacts), as is the total of a choice of filters.
        Fields = await facts.GetAsync("procedures:fields", async c =>
            (IReadOnlyList<string>)(await published.Select(v => v.Field).Distinct().ToListAsync(c)).Order(StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToArray(), ct);

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

        // Diacritics optional: "giay phep xay dung" finds "Cấp giấy phép xây dựng…".
        query = query.WhereTitleMatches(Name);

        var total = string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name)
            ? await facts.GetAsync($"procedures:count:{Level}:{Online}:{Field}", query.CountAsync, ct)
            : await query.CountAsync(ct);
        var paging = Paging(trang, PageSize);
        Pager = new PublicPager(paging, total, Request.QueryString);
        // Only the columns the list shows (a version carries its steps, dossier and import as JSON), in Vietnamese order
        // by the keys of IX_ContentVersions_Published_Field, so no sort of every published procedure.
        Items = await query.OrderBy(v => v.FieldOrder).ThenBy(v => v.TitleOrder)
            .Skip(paging.Skip).Take(paging.Size)
            .Select(v => new ProcedureLine(v.Item.Slug, v.Title, v.Code, v.Field, v.Level, v.OnlineLevel, v.Status))
            .ToListAsync(ct);

        Meta.Title = T("Thủ tục hành chính");
        Meta.Description = T("Tra cứu thủ tục hành chính theo lĩnh vực, cấp thực hiện, mức độ dịch vụ công trực tuyến và mã thủ tục");
        Meta.CanonicalPath = ProcedureType.Path;
        Meta.Section = "thu-tuc";
        Meta.Crumb(T("Thủ tục hành chính"));
    }
}

/// <summary>One line of the public procedures list.</summary>
public sealed record ProcedureLine(string Slug, string Title, string Code, string Field, ProcedureLevel Level, OnlineServiceLevel OnlineLevel, ProcedureStatus Status);
