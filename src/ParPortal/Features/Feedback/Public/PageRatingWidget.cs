using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using ParPortal.Features.Public;

namespace ParPortal.Features.Feedback.Public;

/// <summary>
/// The "Thông tin này có hữu ích không?" widget of every public page (the layout renders
/// <c>_PageRating.cshtml</c>). It is the same HTML for everyone: only the page's own path varies, which the cache
/// keys on anyway.
/// </summary>
public static class PageRatingWidget
{
    /// <summary>The partial the layout renders.</summary>
    public const string View = "/Features/Feedback/Public/_PageRating.cshtml";

    /// <summary>A page sets this in ViewData to leave the widget out (the rating's own answer page).</summary>
    public const string HideKey = "ParPortal.HidePageRating";

    public const string HoneypotField = "trang-web";

    /// <summary>True when the widget belongs on the page: a successful public page that did not opt out.</summary>
    public static bool Shows(HttpContext http, ViewDataDictionary viewData) =>
        viewData[HideKey] is not true && http.Response.StatusCode == StatusCodes.Status200OK && !PublicCache.IsPrivatePath(http.Request.Path);
}
