using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Content;
using ParPortal.Features.Feedback.Api;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Feedback.Workflow;
using ParPortal.Features.Public;
using ParPortal.Features.Users;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>
/// Received, answered on time and late, closed, open and overdue questions of a period, by unit and by topic, with
/// the .xlsx a plan task that asks for handling feedback takes as evidence. Aggregate counts only, no personal data.
/// </summary>
[Authorize(Policy = Permissions.ViewDashboard)]
public sealed class StatisticsModel(FeedbackQueries queries, FeedbackDeadlines deadlines, SiteChrome chrome) : PageModel
{
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    public FeedbackStatistics Statistics { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        var stream = new MemoryStream();
        FeedbackXlsx.WriteStatistics(stream, Statistics, (await chrome.SettingsAsync()).AgencyName);
        stream.Position = 0;
        return File(stream, FeedbackXlsx.ContentType, $"thong-ke-hoi-dap-{Statistics.From:yyyyMMdd}-{Statistics.To:yyyyMMdd}.xlsx");
    }

    /// <summary>Reads the period (the current year by default); false with the error on the form when a date is malformed.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
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
            Statistics = await queries.StatisticsAsync(from, to, ct);
            return false;
        }

        Statistics = await queries.StatisticsAsync(from, to, ct);
        return true;
    }
}
