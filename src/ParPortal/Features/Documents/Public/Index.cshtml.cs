using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Public;
using ParPortal.Features.Documents;

namespace ParPortal.Features.Documents.Public;

/// <summary>
/// Documents, newest issue first, filtered by type, issuer and year, and found by number and symbol
/// (?so=826/KH-UBND): the number is folded with <see cref="DocumentVersion.KeyOf"/>, so spacing, case and dashes
/// do not matter, and a prefix ("826/KH") finds it too.
/// </summary>
public sealed class DocumentListModel(ParPortalDbContext db) : PublicPageModel
{
    private const int PageSize = 20;

    [FromQuery(Name = "loai")]
    public string? Type { get; set; }

    [FromQuery(Name = "co-quan")]
    public string? Issuer { get; set; }

    [FromQuery(Name = "nam")]
    public int? Year { get; set; }

    [FromQuery(Name = "so")]
    public string? Number { get; set; }

    public IReadOnlyList<string> Types { get; private set; } = [];

    public IReadOnlyList<string> Issuers { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<DocumentVersion> Items { get; private set; } = [];

    public PublicPager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = PublicPager.Key)] int? trang, CancellationToken ct)
    {
        var published = db.Documents.AsNoTracking().Where(v => v.IsPublished);
        Types = await published.Select(v => v.DocumentType).Distinct().OrderBy(t => t).ToListAsync(ct);
        Issuers = (await published.Where(v => v.Issuer != null).Select(v => v.Issuer!).Distinct().ToListAsync(ct)).Order().ToList();
        Years = (await published.Where(v => v.IssueDate != null).Select(v => v.IssueDate!.Value).ToListAsync(ct))
            .Select(d => d.Year).Distinct().OrderDescending().ToList();

        var query = published;
        if (!string.IsNullOrWhiteSpace(Number) && DocumentVersion.KeyOf(Number) is { Length: > 0 } key)
        {
            query = query.Where(v => v.NumberKey == key || v.NumberKey.StartsWith(key));
        }

        if (!string.IsNullOrWhiteSpace(Type))
        {
            query = query.Where(v => v.DocumentType == Type);
        }

        if (!string.IsNullOrWhiteSpace(Issuer))
        {
            query = query.Where(v => v.Issuer == Issuer);
        }

        if (Year is { } year and > 1900 and < 3000)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            query = query.Where(v => v.IssueDate >= from && v.IssueDate <= to);
        }

        var total = await query.CountAsync(ct);
        var paging = Paging(trang, PageSize);
        Pager = new PublicPager(paging, total, Request.QueryString);
        Items = await query.Include(v => v.Item)
            .OrderByDescending(v => v.IssueDate).ThenByDescending(v => v.PublishedUtc)
            .Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);

        Meta.Title = T("Văn bản");
        Meta.Description = T("Văn bản chỉ đạo, điều hành và văn bản quy phạm pháp luật về cải cách hành chính");
        Meta.CanonicalPath = DocumentType.Path;
        Meta.Section = "van-ban";
        Meta.Crumb(T("Văn bản"));
    }
}
