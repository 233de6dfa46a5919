using ParPortal.Content;
using ParPortal.Time;

namespace ParPortal.Features.Content;

/// <summary>State changes: every one is checked against <see cref="ContentLifecycle"/>, the one table of allowed moves.</summary>
public sealed partial class ContentManager
{
    /// <summary>Sends the latest draft for review.</summary>
    public Task SubmitAsync(Guid itemId, string actor, CancellationToken ct = default) =>
        MoveLatestAsync(itemId, ContentState.InReview, "submit", actor, ct);

    /// <summary>Returns a version in review to its author as a draft.</summary>
    public Task ReturnToDraftAsync(Guid itemId, string actor, CancellationToken ct = default) =>
        MoveLatestAsync(itemId, ContentState.Draft, "return", actor, ct);

    /// <summary>Publishes the latest version; the previously published one (if any) stops being public.</summary>
    /// <param name="at">When the publication is recorded as happening (recipes back-date demo content); default now.</param>
    /// <param name="auditNote">Recorded with the audit entry (the original date of an item moved in from an old site).</param>
    public async Task PublishAsync(Guid itemId, string actor, CancellationToken ct = default, DateTimeOffset? at = null, string? auditNote = null)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        MarkPublished(item, latest, published, at?.UtcDateTime ?? Now);
        Audit("publish", item, latest, actor, auditNote);
        await CommitAsync(new ContentChange(ContentEvent.Published, item, latest, latest, published), ct);
    }

    /// <summary>Takes the published version off the public site; a newer draft, if any, stays as it is.</summary>
    public async Task UnpublishAsync(Guid itemId, string actor, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        if (published is null)
        {
            throw new ContentRuleException("Nội dung này chưa được xuất bản.", "state");
        }

        ContentLifecycle.EnsureAllowed(published.State, ContentState.Unpublished);
        published.State = ContentState.Unpublished;
        published.IsPublished = false;
        item.PublishedVersionNumber = null;
        item.ScheduledUnpublishUtc = null;
        Audit("unpublish", item, published, actor, null);
        await CommitAsync(new ContentChange(ContentEvent.Unpublished, item, latest, null, published), ct);
    }

    /// <summary>Archives the item: the latest version becomes Archived and nothing stays public.</summary>
    public async Task ArchiveAsync(Guid itemId, string actor, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        ContentLifecycle.EnsureAllowed(latest.State, ContentState.Archived);
        if (published is not null)
        {
            published.IsPublished = false;
            if (published != latest)
            {
                published.State = ContentState.Unpublished;
            }
        }

        latest.State = ContentState.Archived;
        item.PublishedVersionNumber = null;
        item.ScheduledPublishUtc = null;
        item.ScheduledUnpublishUtc = null;
        Audit("archive", item, latest, actor, null);
        await CommitAsync(new ContentChange(ContentEvent.Unpublished, item, latest, null, published), ct);
    }

    /// <summary>Sets or clears the scheduled publish and unpublish times (UTC).</summary>
    public async Task ScheduleAsync(Guid itemId, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, string actor, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        ScheduleDecision.Validate(clock.GetUtcNow(), publishAt, unpublishAt);
        if (publishAt is not null && !ContentLifecycle.CanTransition(latest.State, ContentState.Published))
        {
            throw new ContentRuleException($"Không thể hẹn giờ xuất bản nội dung ở trạng thái “{StateNames.Vietnamese(latest.State)}”.", "publishAt");
        }

        item.ScheduledPublishUtc = publishAt?.UtcDateTime;
        item.ScheduledUnpublishUtc = unpublishAt?.UtcDateTime;
        var details = $"xuất bản: {Format(publishAt)}; gỡ: {Format(unpublishAt)}";
        Audit("schedule", item, latest, actor, details);
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, latest, published), ct);
    }

    /// <summary>
    /// Makes <paramref name="latest"/> the published version at <paramref name="when"/>, and records on it what plan
    /// progress reads (<see cref="ContentVersion.RecordPublication"/>). Every publication, single or batched, takes
    /// this path.
    /// </summary>
    private static void MarkPublished(ContentItem item, ContentVersion latest, ContentVersion? published, DateTime when)
    {
        ContentLifecycle.EnsureAllowed(latest.State, ContentState.Published);
        if (published is not null && published != latest)
        {
            published.IsPublished = false;
        }

        latest.State = ContentState.Published;
        latest.IsPublished = true;
        latest.PublishedUtc = when;
        item.PublishedVersionNumber = latest.VersionNumber;
        item.FirstPublishedUtc ??= when;
        latest.RecordPublication(item.FirstPublishedUtc.Value);
        item.ScheduledPublishUtc = null;
    }

    private async Task MoveLatestAsync(Guid itemId, ContentState to, string action, string actor, CancellationToken ct)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        ContentLifecycle.EnsureAllowed(latest.State, to);
        latest.State = to;
        Audit(action, item, latest, actor, null);
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, latest, published), ct);
    }

    private static string Format(DateTimeOffset? t) => t is null ? "không" : VietnameseDate.WithTime(t);
}
