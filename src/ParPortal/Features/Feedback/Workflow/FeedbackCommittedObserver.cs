using ParPortal.Content;
using ParPortal.Features.Content;
using ParPortal.Features.Feedback.Mail;

namespace ParPortal.Features.Feedback.Workflow;

/// <summary>
/// After a question's change is committed the citizen is mailed when the answer is first published or the question is
/// closed, whichever path did it. (Cached pages are evicted by <see cref="FeedbackType.CacheTagsOf"/>.)
/// </summary>
internal sealed class FeedbackCommittedObserver(FeedbackMailQueue mail) : IContentCommittedObserver
{
    public void OnCommitted(ContentChange change)
    {
        if (change.Item.ContentType != ContentTypes.Feedback)
        {
            return;
        }

        if (change.Event == ContentEvent.Published && change.Published is { } published && published.PublishedUtc == change.Item.FirstPublishedUtc)
        {
            mail.Enqueue(new FeedbackMail(FeedbackMailKind.Answered, change.Item.Id));
        }
        else if (change.Event == ContentEvent.Unpublished && change.Latest is FeedbackVersion { State: ContentState.Archived })
        {
            mail.Enqueue(new FeedbackMail(FeedbackMailKind.Closed, change.Item.Id));
        }
    }
}
