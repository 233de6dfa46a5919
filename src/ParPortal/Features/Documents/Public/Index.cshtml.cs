using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Public;
using ParPortal.Features.Documents;

namespace ParPortal.Features.Documents.Public;

/// <summary>
/// Documents, newest issue first, filtered by type, issuer and year, and found by number and symbol
/// (?so=826/KH-UBND): the number is folded with <see cref="DocumentVersion.KeyOf"/>, so spacing, case and dashes
/// do not matter, and a prefix ("826/KH") finds it too; and by words of the title (?tu-khoa=…), diacritics optional.
/// </summary>
public sealed class DocumentListModel(ParPortalDbContext db, PublicFacts facts) : PublicPageModel
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

    /// <summary>Words of the title (trích yếu), diacritics optional.</summary>
    [FromQuery(Name = "tu-khoa")]
    public string? Keywords { get; set; }

    public IReadOnlyList<string> Types { get; private set; } = [];

    public IReadOnlyList<string> Issuers { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<DocumentLine> Items { get; private set; } = [];

    public PublicPager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = PublicPager.Key)] int? trang, CancellationToken ct)
    {
        var published = db.Documents.AsNoTracking().Where(v => v.IsPublished);
        // The filters' choices read every published document (14 ms at 10,000): kept until the next publish (PublicFacts).
        Types = await facts.GetAsync("documents:types", async c => (IReadOnlyList<string>)await published.Select(v => v.DocumentType).Distinct().OrderBy(t => t).ToArrayAsync(c), ct);
        Issuers = await facts.GetAsync("documents:issuers", async c => (IReadOnlyList<string>)(await published.Where(v => v.Issuer != null).Select(v => v.Issuer!).Distinct().ToListAsync(c)).Order().ToArray(), ct);
        Years = await facts.GetAsync("documents:years", async c => (IReadOnlyList<int>)(await published.Where(v => v.IssueDate != null).Select(v => v.IssueDate!.Value).ToListAsync(c))
            .Select(d => d.Year).Distinct().OrderDescending().ToArray(), ct);

        var query = published;
        if (!string.IsNullOrWhiteSpace(Number) && DocumentVersion.KeyOf(Number) is { Length: > 0 } key)
        {
            query = query.Where(v => v.NumberKey == key || v.NumberKey.StartsWith(key));
        }

        query = query.WhereTitleMatches(Keywords);

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

        // Words and numbers are the visitors' free text: only the choices' combinations are worth keeping.
        var total = string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Keywords)
            ? await facts.GetAsync($"documents:count:{Year}:{Type}\n{Issuer}", query.CountAsync, ct)
            : await query.CountAsync(ct);
        var paging = Paging(trang, PageSize);
        Pager = new PublicPager(paging, total, Request.QueryString);
        // Only the columns the table shows, in the order of IX_ContentVersions_Published_Issued (no sort of every row).
        Items = await query.OrderByDescending(v => v.IssueDate).ThenByDescending(v => v.PublishedUtc)
            .Skip(paging.Skip).Take(paging.Size)
            .Select(v => new DocumentLine(v.Item.Slug, v.Number, v.IssueDate, v.Title, v.DocumentType))
            .ToListAsync(ct);

        Meta.Title = T("Văn bản");
        Meta.Description = T("Văn bản chỉ đạo, điều hành và văn bản quy phạm pháp luật về cải cách hành chính");
        Meta.CanonicalPath = DocumentType.Path;
        Meta.Section = "van-ban";
        Meta.Crumb(T("Văn bản"));
    }
}

/// <summary>One row of the public documents table.</summary>
public sealed record DocumentLine(string Slug, string Number, DateOnly? IssueDate, string Title, string DocumentType);
