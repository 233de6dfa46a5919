using ParPortal.Content;
using ParPortal.Features.Content;

namespace ParPortal.Features.Feedback.Workflow;

/// <summary>
/// Keeps the workflow's order on every path that changes a question (the generic item page, the content API, a
/// recipe, the workflow itself): an answer is sent for approval or published only when there is one and a unit gave
/// it, and a question is archived only when it was closed with a reason. It runs inside the content transaction, so a
/// refused step leaves nothing behind.
/// </summary>
internal sealed class FeedbackGuard : IContentHandler
{
    public Task HandleAsync(ContentChange change, CancellationToken ct)
    {
        if (change.Latest is FeedbackVersion latest)
        {
            if (change.Event == ContentEvent.Published && change.Published is FeedbackVersion published)
            {
                RequireAnswer(published, "xuất bản");
            }

            if (latest.State == ContentState.InReview)
            {
                RequireAnswer(latest, "gửi duyệt");
            }

            if (latest.State == ContentState.Archived && string.IsNullOrWhiteSpace(latest.ClosedReason))
            {
                throw new ContentRuleException("Hãy đóng câu hỏi tại trang Phản ánh, hỏi đáp và ghi lý do; người hỏi sẽ được biết lý do.", "reason");
            }
        }

        return Task.CompletedTask;
    }

    private static void RequireAnswer(FeedbackVersion v, string action)
    {
        if (string.IsNullOrWhiteSpace(v.Answer))
        {
            throw new ContentRuleException($"Không thể {action}: câu hỏi chưa có câu trả lời.", "answer");
        }

        if (v.UnitId is null)
        {
            throw new ContentRuleException($"Không thể {action}: câu hỏi chưa được giao cho đơn vị trả lời.", "unit");
        }
    }
}
