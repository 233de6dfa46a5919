using ParPortal.Features.Feedback.Workflow;

namespace ParPortal.Features.Feedback.Api;

/// <summary>A question in the API: its workflow state and deadline; <see cref="Contact"/> only for those who may act on it.</summary>
public sealed record FeedbackDto(
    Guid Id, string Title, string Question, string? Answer, string? ProcedureCode, string? TrackingCode, FeedbackStatus Status, string StatusText,
    DateOnly ReceivedOn, DateOnly DueOn, bool IsOverdue, string? Unit, IReadOnlyList<string> Topics, string? AnsweredBy, DateTime? AnsweredUtc,
    string? ClosedReason, int Version, string? PublicUrl, FeedbackContactDto? Contact);

/// <summary>The submitter's contact, for staff who may act on the question.</summary>
public sealed record FeedbackContactDto(string Name, string? Phone, string? Email, string? AttachmentName);

/// <summary>A line of the queue.</summary>
public sealed record FeedbackListItem(Guid Id, string Title, string? TrackingCode, FeedbackStatus Status, DateOnly ReceivedOn, DateOnly DueOn, bool IsOverdue, string? Unit)
{
    public static FeedbackListItem From(FeedbackRow r) => new(r.Id, r.Title, r.TrackingCode, r.Status, r.ReceivedOn, r.DueOn, r.IsOverdue, r.UnitName);
}

/// <summary>What anyone holding a tracking code sees: never the contact, and the answer only once published.</summary>
public sealed record FeedbackTrackingDto(string TrackingCode, FeedbackStatus Status, string StatusText, DateOnly ReceivedOn, DateOnly DueOn, string? Answer, string? ClosedReason, string? PublicUrl);

public sealed record AssignRequest(string? Unit);

public sealed record AnswerRequest(int BaseVersion, string? Answer, bool Submit);

public sealed record CloseRequest(string? Reason);
