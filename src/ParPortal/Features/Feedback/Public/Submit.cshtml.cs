using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Admin;
using ParPortal.Features.Feedback.Intake;
using ParPortal.Features.Public;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Time;
using ParPortal.Text;

namespace ParPortal.Features.Feedback.Public;

/// <summary>
/// The question form. Never cached (it carries an antiforgery token and a fresh check question); posts are limited per
/// address (<see cref="FeedbackOptions.SubmissionsPerWindow"/>). A filled hidden field marks a robot, which is thanked
/// and nothing is stored. On success the citizen lands on the tracking page with the code.
/// </summary>
[OutputCache(NoStore = true)]
[EnableRateLimiting(FeedbackServiceCollectionExtensions.SubmitPolicy)]
// The attachment service stops at its own limit (5 MB); this only keeps a runaway body from being read first.
[RequestFormLimits(MultipartBodyLengthLimit = 8L * 1024 * 1024)]
[RequestSizeLimit(8L * 1024 * 1024)]
public sealed class SubmitModel(ParPortalDbContext db, SiteChrome chrome, FeedbackChallenge challenges, FeedbackIntake intake, TimeProvider clock) : PublicPageModel
{
    /// <summary>The hidden field a person never sees and a form-filling robot fills.</summary>
    public const string HoneypotField = "trang-web";

    [BindProperty]
    public FeedbackForm Form { get; set; } = new();

    public Challenge Check { get; private set; } = null!;

    /// <summary>True after a robot's post: the page thanks it and stores nothing.</summary>
    public bool Discarded { get; private set; }

    public IReadOnlyList<(string Code, string Title)> Procedures { get; private set; } = [];

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public string? ErrorFor(string field) => FormErrors.For(ModelState, field);

    public async Task OnGetAsync([FromQuery(Name = "thu-tuc")] string? procedure, CancellationToken ct)
    {
        Form.ProcedureCode = procedure;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Request.Form[HoneypotField]))
        {
            Discarded = true;
            await LoadAsync(ct);
            return Page();
        }

        var check = challenges.Check(Form.ChallengeToken, Form.ChallengeAnswer);
        if (!check.Passed)
        {
            ModelState.AddModelError("challengeAnswer", T(check.Error!));
        }

        var file = Request.Form.Files.GetFile("Form.Attachment");
        if (check.Passed)
        {
            try
            {
                await using var stream = file is { Length: > 0 } ? file.OpenReadStream() : null;
                var receipt = await intake.SubmitAsync(
                    new FeedbackSubmission(Form.Name, Form.Phone, Form.Email, Form.Question, Form.ProcedureCode, Form.UnitCode, Form.TopicSlug, check.Key!),
                    stream is null ? null : new PostedFile(stream, file!.FileName, file.ContentType),
                    ct);
                return Redirect(FeedbackUrls.Track(receipt.TrackingCode) + "&moi=1");
            }
            catch (ContentValidationException e)
            {
                FormErrors.Add(ModelState, e, message => T(message));
            }
        }

        Form.ChallengeAnswer = null;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Check = challenges.Issue();
        Topics = await chrome.TopicsAsync();
        var today = VietnamTime.Today(clock);
        Units = (await db.Units.AsNoTracking().ToListAsync(ct)).Where(u => u.IsActiveOn(today)).By(u => u.Name).ToList();
        Procedures = (await db.Procedures.AsNoTracking().Where(p => p.IsPublished).Select(p => new { p.Code, p.Title }).ToListAsync(ct))
            .By(p => p.Title).Select(p => (p.Code, p.Title)).ToList();
        Meta.Title = T("Gửi câu hỏi, phản ánh, kiến nghị");
        Meta.Description = T("Gửi câu hỏi, phản ánh, kiến nghị về quy định, thủ tục hành chính");
        Meta.CanonicalPath = FeedbackUrls.Submit;
        Meta.Section = "hoi-dap";
        Meta.Crumb(T("Hỏi đáp"), FeedbackUrls.Path).Crumb(Meta.Title);
    }
}

/// <summary>The form's fields as posted.</summary>
public sealed class FeedbackForm
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? ProcedureCode { get; set; }

    public string? UnitCode { get; set; }

    public string? TopicSlug { get; set; }

    public string? Question { get; set; }

    public string? ChallengeToken { get; set; }

    public string? ChallengeAnswer { get; set; }
}
