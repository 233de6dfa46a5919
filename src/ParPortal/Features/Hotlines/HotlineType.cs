using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Hotlines;

/// <summary>Hotlines (đường dây nóng): one list page, where each hotline has its own anchor.</summary>
public sealed class HotlineType : ContentTypeDefinition<HotlineVersion, HotlineInput>
{
    public const string Path = "/duong-day-nong";

    public override string Name => ContentTypes.Hotline;

    public override string DisplayName => "Đường dây nóng";

    public override string EditorView => "/Features/Hotlines/Admin/_EditHotline.cshtml";

    public override string? PublicPath => Path;

    public override string? PreviewPage => "/Hotlines/Public/Index";

    public override bool IsSearchable => true;

    /// <summary>The hotline's place on the list page (its element id is the slug).</summary>
    public static string Url(string slug) => $"{Path}#{slug}";

    protected override string? UrlOf(ContentItem item, HotlineVersion version) => Url(item.Slug);

    // Hotlines have no pages of their own: the list page stands for all of them.
    public override Task<IReadOnlyList<SitemapEntry>> SitemapAsync(ParPortalDbContext db, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SitemapEntry>>([new SitemapEntry(Path, null)]);

    protected override ContentSearchText SearchTextOf(HotlineVersion h, Func<string?, string> plainText) =>
        new($"{h.Purpose} {h.ContactName} {h.ContactTitle} {string.Join(' ', h.Phones)} {h.Email} {h.Address}");
}
