using ParPortal.Features.Content;

namespace ParPortal.Features.Feedback;

/// <summary>
/// The editable fields of a question, as the API, recipes and the admin's generic editor write them. The workflow's
/// record (tracking code, who answered, why it was closed) is not here: only the workflow sets it.
/// </summary>
public sealed class FeedbackInput : ContentInput
{
    public string Question { get; set; } = string.Empty;

    public string? Answer { get; set; }

    public string? ProcedureCode { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public override ContentVersion NewVersion() => new FeedbackVersion();

    public override void ApplyTo(ContentVersion version, ContentInputContext context)
    {
        var v = (FeedbackVersion)version;
        v.Question = FeedbackText.Clean(Question) ?? string.Empty;
        v.Answer = FeedbackText.Clean(Answer);
        v.ProcedureCode = ContentInputMapper.Nfc(ProcedureCode) is { Length: > 0 } code ? code : null;
        v.ReceivedOn = ReceivedOn ?? default;
    }

    public override void ReadFrom(ContentVersion version)
    {
        var v = (FeedbackVersion)version;
        (Question, Answer, ProcedureCode) = (v.Question, v.Answer, v.ProcedureCode);
        ReceivedOn = v.ReceivedOn == default ? null : v.ReceivedOn;
    }
}
