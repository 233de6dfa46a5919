using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Preview;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Public;

/// <summary>
/// The base of every public page: it carries the page's <see cref="PageMeta"/> to the layout and renders the
/// Vietnamese not-found page for unknown slugs (status-code pages re-execute /loi/404). Pages that show a content
/// type also answer its admin preview route (see <see cref="ContentPreview"/>) through <see cref="PreviewAsync{T}"/>.
/// </summary>
public abstract class PublicPageModel : PageModel
{
    public PageMeta Meta { get; } = new();

    /// <summary>The version this request previews, or null on the public routes.</summary>
    protected PreviewTarget? PreviewTarget => ContentPreview.TargetOf(RouteData);

    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        ViewData[PageMeta.ViewDataKey] = Meta;
        ViewData["Title"] = Meta.Title;
        base.OnPageHandlerExecuted(context);
    }

    /// <summary>The 1-based page number from ?trang=, clamped to something sane.</summary>
    protected static PageRequest Paging(int? requested, int size) => PageRequest.Of(requested, size, size, size);

    /// <summary>A UI string for the page's meta (titles, breadcrumbs), translated like the views' strings.</summary>
    protected string T(string text, params object[] arguments) =>
        HttpContext.RequestServices.GetRequiredService<IStringLocalizer<PublicPageModel>>()[text, arguments];

    /// <summary>
    /// On a preview route: the named version of <paramref name="versions"/> (with whatever the query includes), or a
    /// refusal (not found; forbidden when the user may not read the item). Marks the page as a preview for the layout
    /// (banner, noindex) and the browser (no-store). On the public routes: (null, null).
    /// </summary>
    protected async Task<(T? Version, IActionResult? Refusal)> PreviewAsync<T>(IQueryable<T> versions, CancellationToken ct)
        where T : ContentVersion
    {
        if (PreviewTarget is not { } target)
        {
            return (null, null);
        }

        var version = await versions.Include(v => v.Item)
            .FirstOrDefaultAsync(v => v.ContentItemId == target.ItemId && v.VersionNumber == target.Version, ct);
        if (version is null)
        {
            return (null, NotFound());
        }

        var type = HttpContext.RequestServices.GetRequiredService<ContentTypeRegistry>().Of(version);
        if (!User.CanEdit(type, version.UnitId, read: true))
        {
            return (null, Forbid());
        }

        Meta.Preview = new PagePreview(version.ContentItemId, version.VersionNumber, version.State, version.IsPublished);
        Response.Headers.CacheControl = "no-store";
        return (version, null);
    }
}
