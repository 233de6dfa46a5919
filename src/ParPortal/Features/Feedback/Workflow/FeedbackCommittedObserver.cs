using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using ParPortal.Content;
using ParPortal.Features.Content;
using ParPortal.Features.Feedback.Mail;
using ParPortal.Features.Public;

namespace ParPortal.Features.Feedback.Workflow;

/// <summary>
/// After a question's change is committed: the procedure pages list their Q&amp;As, so their cached copies go too (the
/// module's invalidator evicts only the question's own type and the mixed pages); and the citizen is mailed when the
/// answer is first published or the question is closed, whichever path did it.
/// </summary>
internal sealed class FeedbackCommittedObserver(IOutputCacheStore store, FeedbackMailQueue mail, ILogger<FeedbackCommittedObserver> logger) : IContentCommittedObserver
{
    public void OnCommitted(ContentChange change)
    {
        if (change.Item.ContentType != ContentTypes.Feedback)
        {
            return;
        }

        if (change.Event is ContentEvent.Published or ContentEvent.Unpublished or ContentEvent.Deleted)
        {
            try
            {
                store.EvictByTagAsync(PublicCache.TagOf(ContentTypes.Procedure), CancellationToken.None).AsTask().GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                logger.LogError(e, "Could not evict cached procedure pages after a change to question {Id}", change.Item.Id);
            }
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
