namespace ParPortal.Features.Content;

/// <summary>What happened to an item; handlers react inside the same transaction (the search index) or after it.</summary>
public enum ContentEvent
{
    Saved,
    Published,
    Unpublished,
    Deleted,
}

/// <summary>A change about to be committed. <see cref="Latest"/> and <see cref="Published"/> are null when gone.</summary>
/// <param name="WasPublished">
/// The version that was public before the change when the change replaced or removed it (publish of a newer version,
/// unpublish, archive, delete): the public pages that showed it must be refreshed too (output-cache eviction).
/// </param>
public sealed record ContentChange(ContentEvent Event, ContentItem Item, ContentVersion? Latest, ContentVersion? Published, ContentVersion? WasPublished = null);

/// <summary>
/// Runs inside the content transaction before it commits, so that derived data (the search index) can never
/// disagree with the content: either both change or neither does.
/// </summary>
public interface IContentHandler
{
    Task HandleAsync(ContentChange change, CancellationToken ct);
}

/// <summary>Runs after the transaction committed (cache invalidation): it must not fail the change.</summary>
public interface IContentCommittedObserver
{
    void OnCommitted(ContentChange change);
}

/// <summary>
/// A handler that can take many changes of different items at once (a spreadsheet import) with the same result as
/// calling <see cref="IContentHandler.HandleAsync"/> for each in order, but in fewer round trips.
/// </summary>
public interface IContentBatchHandler : IContentHandler
{
    Task HandleManyAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct);
}
