using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Content;
using ParPortal.Features.Feedback.Api;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Public;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>
/// An admin report over a period (?from=&amp;to=, YYYY-MM-DD; the current year by default): the page shows
/// <see cref="Report"/>, the <c>xlsx</c> handler sends it as a workbook. A subclass says how the report is read and
/// written.
/// </summary>
public abstract class PeriodPageModel<TReport>(FeedbackDeadlines deadlines, SiteChrome chrome) : PageModel
    where TReport : class
{
    public TReport Report { get; private set; } = null!;

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        var agency = (await chrome.SettingsAsync()).AgencyName;
        var stream = new MemoryStream();
        Write(stream, Report, agency);
        stream.Position = 0;
        return File(stream, FeedbackXlsx.ContentType, FileName(Report));
    }

    /// <summary>Reads the report of a period.</summary>
    protected abstract Task<TReport> ReadAsync(DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>Writes the report as an .xlsx headed with the agency's name.</summary>
    protected abstract void Write(Stream stream, TReport report, string agency);

    /// <summary>The workbook's download name.</summary>
    protected abstract string FileName(TReport report);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var (from, to, ok) = ReadPeriod(deadlines.Today);
        Report = await ReadAsync(from, to, ct);
        return ok;
    }

    /// <summary>
    /// The period asked for; a malformed date is shown on the form (naming the field) and the default period is used,
    /// with <c>Ok</c> false so that no file is sent for a period nobody asked for.
    /// </summary>
    private (DateOnly From, DateOnly To, bool Ok) ReadPeriod(DateOnly today)
    {
        try
        {
            var (from, to) = FeedbackEndpoints.Period(From, To, today);
            return (from, to, true);
        }
        catch (ContentValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }

            var (from, to) = FeedbackEndpoints.Period(null, null, today);
            return (from, to, false);
        }
    }
}
