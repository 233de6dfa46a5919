using System.Linq.Expressions;
using ParPortal.Content;

namespace ParPortal.Features.Feedback;

/// <summary>
/// Where a question stands in its workflow: received → assigned to a unit → answer sent for approval → answered
/// (published), or closed without publication. It is read from the content state and the assigned unit rather than
/// stored, so no path that changes the state (the generic item page, the content API, a recipe) can leave it stale.
/// A question whose answer was once published stays answered while an editor drafts a correction of it.
/// </summary>
public enum FeedbackStatus
{
    /// <summary>Received, not yet assigned (a draft without a unit).</summary>
    New,

    /// <summary>Assigned to a unit that drafts the answer (a draft with a unit).</summary>
    Assigned,

    /// <summary>The unit sent its answer; an editor approves or returns it (in review).</summary>
    AwaitingApproval,

    /// <summary>The answer was approved: published, or published and later taken down.</summary>
    Answered,

    /// <summary>Closed without publication, with a reason (archived).</summary>
    Closed,
}

public static class FeedbackStatuses
{
    public static readonly IReadOnlyList<FeedbackStatus> All = Enum.GetValues<FeedbackStatus>();

    /// <summary>The status of a question from its latest version's state and unit and its item's first publication.</summary>
    public static FeedbackStatus Of(ContentState state, int? unitId, DateTime? firstPublishedUtc) => state switch
    {
        ContentState.Archived => FeedbackStatus.Closed,
        _ when firstPublishedUtc is not null => FeedbackStatus.Answered,
        ContentState.InReview => FeedbackStatus.AwaitingApproval,
        ContentState.Draft when unitId is not null => FeedbackStatus.Assigned,
        ContentState.Draft => FeedbackStatus.New,
        _ => FeedbackStatus.Answered,
    };

    /// <summary>The status of a latest version read with its item.</summary>
    public static FeedbackStatus Of(FeedbackVersion latest) => Of(latest.State, latest.UnitId, latest.Item.FirstPublishedUtc);

    /// <summary>True while the agency still owes the citizen an answer (the deadline applies).</summary>
    public static bool IsOpen(FeedbackStatus status) => status is FeedbackStatus.New or FeedbackStatus.Assigned or FeedbackStatus.AwaitingApproval;

    /// <summary>The same rule as <see cref="Of(ContentState, int?, DateTime?)"/> as a query filter over latest versions.</summary>
    public static Expression<Func<FeedbackVersion, bool>> Is(FeedbackStatus status) => status switch
    {
        FeedbackStatus.New => v => v.State == ContentState.Draft && v.UnitId == null && v.Item.FirstPublishedUtc == null,
        FeedbackStatus.Assigned => v => v.State == ContentState.Draft && v.UnitId != null && v.Item.FirstPublishedUtc == null,
        FeedbackStatus.AwaitingApproval => v => v.State == ContentState.InReview && v.Item.FirstPublishedUtc == null,
        FeedbackStatus.Answered => v => v.State != ContentState.Archived && v.Item.FirstPublishedUtc != null,
        _ => v => v.State == ContentState.Archived,
    };

    /// <summary>Open questions (see <see cref="IsOpen"/>) as a query filter over latest versions.</summary>
    public static Expression<Func<FeedbackVersion, bool>> Open =>
        v => v.State != ContentState.Archived && v.Item.FirstPublishedUtc == null;

    public static string Vietnamese(FeedbackStatus status) => status switch
    {
        FeedbackStatus.New => "Mới tiếp nhận",
        FeedbackStatus.Assigned => "Đã chuyển đơn vị xử lý",
        FeedbackStatus.AwaitingApproval => "Đang chờ duyệt câu trả lời",
        FeedbackStatus.Answered => "Đã trả lời",
        _ => "Đã đóng, không công khai",
    };
}
