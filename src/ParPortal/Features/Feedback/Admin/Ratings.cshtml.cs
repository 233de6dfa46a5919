using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Content;
using ParPortal.Features.Feedback.Api;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Feedback.Ratings;
using ParPortal.Features.Public;
using ParPortal.Features.Users;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>The page ratings of a period per type of page and per page, the latest comments, and the .xlsx.</summary>
[Authorize(Policy = Permissions.ViewAllContent)]
public sealed class RatingsModel(RatingResults results, FeedbackDeadlines deadlines, SiteChrome chrome) : PageModel
{
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    public RatingReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        var stream = new MemoryStream();
        FeedbackXlsx.WriteRatings(stream, Report, (await chrome.SettingsAsync()).AgencyName);
        stream.Position = 0;
        return File(stream, FeedbackXlsx.ContentType, $"danh-gia-trang-{Report.From:yyyyMMdd}-{Report.To:yyyyMMdd}.xlsx");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var ok = true;
        DateOnly from, to;
        try
        {
            (from, to) = FeedbackEndpoints.Period(From, To, deadlines.Today);
        }
        catch (ContentValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }

            (from, to) = FeedbackEndpoints.Period(null, null, deadlines.Today);
            ok = false;
        }

        Report = await results.ReadAsync(from, to, ct);
        return ok;
    }
}
