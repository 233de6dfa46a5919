using ParPortal.Features.Content;

namespace ParPortal.Features.Feedback;

/// <summary>
/// A citizen's question or report (phản ánh, kiến nghị; hỏi đáp) and, once a unit has answered and an editor has
/// approved it, the published Q&amp;A. The owning unit (<see cref="ContentVersion.UnitId"/>) is the unit the question is
/// assigned to, so the content rule "contributors act on their own unit's items" is also the rule of who answers.
/// The submitter's name and contact are not here: they live in <see cref="FeedbackContact"/>, which no version, search
/// document or anonymous API response ever reads.
/// </summary>
/// <remarks>
/// The workflow's own record (who answered and when, why it was closed, the tracking code) is read-only here, with
/// EF mapping the backing fields: an edit through the generic editor or the content API copies only writable
/// properties onto the next version (<see cref="ContentVersion.CopyFieldsFrom"/>), so it cannot erase or forge them,
/// while each new version still carries them over (a new version is a copy of the latest). Only
/// <see cref="Workflow.FeedbackWorkflow"/> and the intake set them, through the methods below.
/// </remarks>
public sealed partial class FeedbackVersion : ContentVersion, IValidatedVersion
{
    private string? _trackingCode;
    private string? _answeredBy;
    private DateTime? _answeredUtc;
    private string? _closedReason;
    private DateTime? _closedUtc;

    /// <summary>The question as the citizen wrote it (plain text, shown as text); editors may remove personal details.</summary>
    public string Question { get; set; } = string.Empty;

    /// <summary>The unit's answer (plain text; paragraphs are separated by blank lines).</summary>
    public string? Answer { get; set; }

    /// <summary>The national code of the procedure the question is about, when it names one ("1.001193").</summary>
    public string? ProcedureCode { get; set; }

    /// <summary>The day the agency received the question (Vietnam time); the answer deadline counts from it.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The code a citizen who used the public form checks the status with ("PA-7K3M-9Q2D"); null for questions entered by staff.</summary>
    public string? TrackingCode => _trackingCode;

    /// <summary>Who sent the answer for approval.</summary>
    public string? AnsweredBy => _answeredBy;

    public DateTime? AnsweredUtc => _answeredUtc;

    /// <summary>Why the question was closed without publication (shown to the citizen on the tracking page).</summary>
    public string? ClosedReason => _closedReason;

    public DateTime? ClosedUtc => _closedUtc;

    /// <summary>Gives a question from the public form its tracking code (once).</summary>
    internal void SetTrackingCode(string code) => _trackingCode ??= code;

    internal void RecordAnswer(string by, DateTime at) => (_answeredBy, _answeredUtc) = (by, at);

    internal void RecordClosing(string reason, DateTime at) => (_closedReason, _closedUtc) = (reason, at);

    /// <summary>Clears a closing when a closed question is taken up again.</summary>
    internal void ClearClosing() => (_closedReason, _closedUtc) = (null, null);

    protected override void CopyCollections()
    {
    }
}
