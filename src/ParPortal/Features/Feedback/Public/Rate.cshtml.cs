using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ParPortal.Features.Feedback.Ratings;
using ParPortal.Json;
using ParPortal.Features.Public;

namespace ParPortal.Features.Feedback.Public;

/// <summary>
/// Where the rating widget of every page posts. The widget is the same static HTML for every visitor, so the page
/// around it stays in the output cache; the vote is a POST here, outside it. No antiforgery token can live in a cached
/// page, so cross-site posts are refused by the browser's own Sec-Fetch-Site / Origin headers instead (a forged vote
/// could only ever add one anonymous score). With JavaScript (wwwroot/js/rating.js) the answer is JSON and the widget
/// says thanks in place; without it this page does.
/// </summary>
[IgnoreAntiforgeryToken]
[EnableRateLimiting(FeedbackServiceCollectionExtensions.RatePolicy)]
public sealed class RateModel(RatingService ratings) : PublicPageModel
{
    public string Message { get; private set; } = string.Empty;

    public string? BackTo { get; private set; }

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData[PageRatingWidget.HideKey] = true;
        Meta.Title = T("Đánh giá trang");
        if (IsCrossSite())
        {
            // Answered with a body, so the status-code pages leave it alone.
            Message = T("Không nhận đánh giá gửi từ trang web khác.");
            return Answer("Refused", StatusCodes.Status403Forbidden);
        }

        var form = Request.Form;
        var vote = new RatingVote(form["trang"], form["diem"], form["gop-y"], form[PageRatingWidget.HoneypotField]);
        var (outcome, error) = await ratings.RecordAsync(vote, HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString(), ct);
        BackTo = RatingService.PagePath(vote.Path);
        Message = outcome switch
        {
            RatingOutcome.Invalid => error!,
            RatingOutcome.AlreadyRated => T("Bạn đã đánh giá trang này hôm nay. Cảm ơn bạn!"),
            _ => T("Cảm ơn bạn đã đánh giá!"),
        };
        return Answer(outcome.ToString(), outcome == RatingOutcome.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    /// <summary>JSON for the widget's script, this page for a plain form post.</summary>
    private IActionResult Answer(string outcome, int status)
    {
        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new JsonResult(new { outcome, message = Message }, PortalJson.Options) { StatusCode = status };
        }

        Response.StatusCode = status;
        return Page();
    }

    /// <summary>True for a post that a browser says came from another site.</summary>
    private bool IsCrossSite()
    {
        if (Request.Headers["Sec-Fetch-Site"].ToString() is "cross-site")
        {
            return true;
        }

        var origin = Request.Headers.Origin.ToString();
        return origin.Length > 0 && origin != "null" && (!Uri.TryCreate(origin, UriKind.Absolute, out var o) || !string.Equals(o.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
