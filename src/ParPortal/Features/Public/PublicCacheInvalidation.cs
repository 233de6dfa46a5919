using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Public;

/// <summary>Which cached public pages a committed content change makes stale.</summary>
public static class PublicCacheInvalidation
{
    /// <summary>
    /// The tags to evict for <paramref name="change"/>: none for a draft save (or a submit, a schedule, a task link),
    /// which leaves the public site as it was; for a publish, unpublish, archive or delete, the pages that the type
    /// declares for the version that left the site and for the one that arrived.
    /// </summary>
    public static IReadOnlySet<string> TagsOf(ContentChange change, ContentTypeRegistry types)
    {
        if (change.Event == ContentEvent.Saved || !types.TryGet(change.Item.ContentType, out var type))
        {
            return new HashSet<string>();
        }

        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in new[] { change.WasPublished, change.Published })
        {
            if (version is not null)
            {
                tags.UnionWith(type.CacheTagsOf(change.Item, version));
            }
        }

        return tags;
    }

    /// <summary>
    /// The tags among <see cref="TagsOf"/> of the item's own pages (of the version that left and the one that arrived):
    /// these must change at once (the page may now be gone); the others, lists and feeds that show the item among many,
    /// may be served stale while they are rendered anew (<see cref="GraceOutputCacheStore"/>).
    /// </summary>
    public static IReadOnlySet<string> ItemPageTagsOf(ContentChange change, ContentTypeRegistry types)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        if (change.Event == ContentEvent.Saved || !types.TryGet(change.Item.ContentType, out var type))
        {
            return tags;
        }

        foreach (var version in new[] { change.WasPublished, change.Published })
        {
            if (version is not null && type.PublicUrl(change.Item, version) is { } url)
            {
                tags.Add(CacheTags.Page(url));
            }
        }

        return tags;
    }
}

/// <summary>
/// Counts evictions on this node. A page whose rendering overlapped an eviction may show what was there before, so
/// the cache policy serves it but does not store it (otherwise it would outlive the eviction meant to remove it).
/// </summary>
public sealed class PublicCacheGeneration
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Advance() => Interlocked.Increment(ref _current);
}

/// <summary>Evicts tagged pages from this node's output cache (changes made here, and those other nodes report).</summary>
public sealed class PublicCacheEvictor(IOutputCacheStore store, PublicCacheGeneration generation, ILogger<PublicCacheEvictor> logger)
{
    public void Evict(IEnumerable<string> tags) => Evict(tags, keepStaleCopies: false);

    /// <summary>
    /// Evicts the pages with <paramref name="tags"/>; with <paramref name="keepStaleCopies"/>, their last copies are
    /// served to other readers while the first one renders them anew (<see cref="GraceOutputCacheStore"/>).
    /// </summary>
    public void Evict(IEnumerable<string> tags, bool keepStaleCopies)
    {
        // Advanced first: a page that started rendering before the change and ends after this point is not stored.
        generation.Advance();
        foreach (var tag in tags)
        {
            try
            {
                // The in-memory store evicts synchronously; waiting here makes "published" mean "rendered anew on the
                // next request" without a race against the editor's redirect.
                var eviction = keepStaleCopies && store is GraceOutputCacheStore grace
                    ? grace.MarkStaleByTagAsync(tag, CancellationToken.None)
                    : store.EvictByTagAsync(tag, CancellationToken.None);
                eviction.AsTask().GetAwaiter().GetResult();
            }
            catch (Exception ex)
            {
                // The change is committed; a failed eviction only delays its visibility until the entries expire.
                logger.LogError(ex, "Could not evict cached public pages tagged {Tag}", tag);
            }
        }
    }
}

/// <summary>Evicts, on this node, the cached pages that a committed content change makes stale.</summary>
internal sealed class PublicCacheInvalidator(PublicCacheEvictor evictor, ContentTypeRegistry types) : IContentCommittedObserver
{
    public void OnCommitted(ContentChange change)
    {
        var tags = PublicCacheInvalidation.TagsOf(change, types);
        if (tags.Count > 0)
        {
            var itemPages = PublicCacheInvalidation.ItemPageTagsOf(change, types);
            evictor.Evict(itemPages);
            evictor.Evict(tags.Where(t => !itemPages.Contains(t)), keepStaleCopies: true);
        }
    }
}
