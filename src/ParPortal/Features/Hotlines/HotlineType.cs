using ParPortal.Content;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Hotlines;

/// <summary>Hotlines (đường dây nóng): one list page, where each hotline has its own anchor.</summary>
public sealed class HotlineType() : ContentTypeDefinition<HotlineVersion, HotlineInput>(ContentTypes.Hotline, "Đường dây nóng", Path)
{
    public const string Path = "/duong-day-nong";

    public override string? PreviewPage => "/Hotlines/Public/Index";

    /// <summary>The hotline's place on the list page (its element id is the slug).</summary>
    public static string Url(string slug) => $"{Path}#{slug}";

    // Hotlines have no pages of their own: the list page (the default sitemap entry) stands for all of them.
    public override bool HasItemPages => false;

    protected override string? UrlOf(ContentItem item, HotlineVersion version) => Url(item.Slug);

    protected override ContentSearchText SearchTextOf(HotlineVersion h, Func<string?, string> plainText) =>
        new(ContentSearchText.Join([h.Purpose, h.ContactName, h.ContactTitle, string.Join(", ", h.Phones), h.Email, h.Address]));
}
