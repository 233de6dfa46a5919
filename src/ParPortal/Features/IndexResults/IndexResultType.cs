using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.IndexResults;

/// <summary>Index results (PAR INDEX, SIPAS, PCI, PAPI…): shown on the index's page, one row a year.</summary>
public sealed class IndexResultType() : ContentTypeDefinition<IndexResultVersion, IndexResultInput>(ContentTypes.IndexResult, "Chỉ số CCHC", Path)
{
    /// <summary>The overview page; each index is at <c>/chi-so/{code}</c>.</summary>
    public const string Path = "/chi-so";

    public override string? PreviewPage => "/IndexResults/Public/Detail";

    public static string Url(string indexCode) => $"{Path}/{indexCode.ToLowerInvariant()}";

    // Results are shown on their index's page, one page per index that has a published result.
    public override bool HasItemPages => false;

    public override async Task<IReadOnlyList<SitemapEntry>> SitemapAsync(ParPortalDbContext db, CancellationToken ct)
    {
        var codes = await db.IndexResults.AsNoTracking().Where(v => v.IsPublished).Select(v => v.IndexCode).Distinct().ToListAsync(ct);
        return [new SitemapEntry(Path, null), .. codes.Select(c => new SitemapEntry(Url(c), null))];
    }

    protected override string? UrlOf(ContentItem item, IndexResultVersion version) => Url(version.IndexCode);

    protected override ContentSearchText SearchTextOf(IndexResultVersion i, Func<string?, string> plainText) =>
        new(ContentSearchText.Join([$"{i.IndexCode} {i.Year}", i.Subject, i.Commentary]));
}
