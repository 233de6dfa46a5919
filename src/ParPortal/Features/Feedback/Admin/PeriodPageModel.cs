using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Content;
using ParPortal.Features.Feedback.Api;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>An admin page over a period (?from=&amp;to=, YYYY-MM-DD; the current year by default) with an .xlsx of it.</summary>
public abstract class PeriodPageModel : PageModel
{
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>
    /// The period asked for; a malformed date is shown on the form (naming the field) and the default period is used,
    /// with <c>Ok</c> false so that no file is sent for a period nobody asked for.
    /// </summary>
    protected (DateOnly From, DateOnly To, bool Ok) ReadPeriod(DateOnly today)
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

    /// <summary>A workbook written to memory and sent as a download.</summary>
    protected FileStreamResult Workbook(Action<Stream> write, string fileName)
    {
        var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return File(stream, FeedbackXlsx.ContentType, fileName);
    }
}
