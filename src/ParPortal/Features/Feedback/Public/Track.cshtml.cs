using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ParPortal.Data;
using ParPortal.Features.Feedback.Api;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Feedback.Intake;
using ParPortal.Features.Public;

namespace ParPortal.Features.Feedback.Public;

/// <summary>
/// The status of a question by its tracking code (?ma=PA-…): never cached (it changes with each step and belongs to
/// whoever holds the code), limited per address so codes cannot be guessed, and never showing the contact.
/// </summary>
[OutputCache(NoStore = true)]
[EnableRateLimiting(FeedbackServiceCollectionExtensions.TrackPolicy)]
public sealed class TrackModel(ParPortalDbContext db, FeedbackDeadlines deadlines) : PublicPageModel
{
    [FromQuery(Name = "ma")]
    public string? Code { get; set; }

    /// <summary>Set right after the form was sent (?moi=1): the page then says the question was received.</summary>
    [FromQuery(Name = "moi")]
    public string? Sent { get; set; }

    public bool JustSent => Sent == "1" && Result is not null;

    public FeedbackTrackingDto? Result { get; private set; }

    public bool Unknown { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Code))
        {
            var normal = TrackingCodes.Normalize(Code);
            Result = normal is null ? null : await FeedbackTracking.FindAsync(db, deadlines, normal, ct);
            Unknown = Result is null;
        }

        Meta.Title = T("Tra cứu câu hỏi đã gửi");
        Meta.CanonicalPath = FeedbackUrls.TrackPage;
        Meta.Section = "hoi-dap";
        Meta.Crumb(T("Hỏi đáp"), FeedbackUrls.Path).Crumb(Meta.Title);
    }
}
