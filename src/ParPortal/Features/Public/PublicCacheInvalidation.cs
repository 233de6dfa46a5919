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
    public void Evict(IEnumerable<string> tags)
    {
        // Advanced first: a page that started rendering before the change and ends after this point is not stored.
        generation.Advance();
        foreach (var tag in tags)
        {
            try
            {
                // The in-memory store evicts synchronously; waiting here makes "published" mean "visible on the next
                // request" without a race against the editor's redirect.
                store.EvictByTagAsync(tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
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
            evictor.Evict(tags);
        }
    }
}
