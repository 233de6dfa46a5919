using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ParPortal.Features.Content;

namespace ParPortal.Features.Public;

/// <summary>
/// The base of every public page: it carries the page's <see cref="PageMeta"/> to the layout and renders the
/// Vietnamese not-found page for unknown slugs (status-code pages re-execute /loi/404).
/// </summary>
public abstract class PublicPageModel : PageModel
{
    public PageMeta Meta { get; } = new();

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
}
