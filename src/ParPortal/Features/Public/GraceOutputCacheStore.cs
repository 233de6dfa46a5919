using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace ParPortal.Features.Public;

/// <summary>
/// The output-cache store with a grace period, as Varnish and CDNs serve stale while revalidating. A publish marks the
/// lists, home page, feeds and search pages that can show the item stale (<see cref="MarkStaleByTagAsync"/>) instead of
/// removing them: the first request for such a page renders it anew, and the requests that arrive while it renders are
/// served the copy from before the publish instead of queuing behind that render. Under load this was the difference
/// between a 200 ms stall of every reader of the home page after each publish and none. A stale copy is never served
/// longer than <see cref="Grace"/>, and pages that must change at once (an item's own page, which may have become a
/// 404) are removed as before (<see cref="EvictByTagAsync"/>).
/// </summary>
public sealed class GraceOutputCacheStore(IOutputCacheStore inner, TimeProvider clock) : IOutputCacheStore
{
    /// <summary>The longest time a stale copy is served: a page that cannot be rendered anew meanwhile is then dropped.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long one request keeps the right to render a stale page. A render that is not stored (it overlapped another
    /// eviction, or failed) lets the next request try after this; renders take milliseconds, a search waits for the
    /// indexer at most two seconds.
    /// </summary>
    public static readonly TimeSpan RenderClaim = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, string[]> _tagsOfKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StaleCopy> _stale = new(StringComparer.Ordinal);
    private int _pruneAt = 10_000;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (await inner.GetAsync(key, cancellationToken) is { } fresh)
        {
            return fresh;
        }

        if (!_stale.TryGetValue(key, out var copy))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (now - copy.Since > Grace)
        {
            _stale.TryRemove(KeyValuePair.Create(key, copy));
            return null;
        }

        // Null tells this request to render (and store) the page; the others get the copy meanwhile.
        return copy.TryClaim(now) ? null : copy.Value;
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        _tagsOfKey[key] = tags ?? [];
        _stale.TryRemove(key, out _);
        if (_tagsOfKey.Count > _pruneAt)
        {
            await PruneAsync(cancellationToken);
        }
    }

    /// <summary>Removes the pages with <paramref name="tag"/> and their stale copies: the next request renders them.</summary>
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        foreach (var (key, copy) in _stale)
        {
            if (Array.IndexOf(copy.Tags, tag) >= 0)
            {
                _stale.TryRemove(KeyValuePair.Create(key, copy));
            }
        }

        await inner.EvictByTagAsync(tag, cancellationToken);
    }

    /// <summary>
    /// Removes the pages with <paramref name="tag"/> but keeps each one's last copy, served for at most
    /// <see cref="Grace"/> while one request renders the page anew. A page already stale gets a new render claim:
    /// a render that began before this change would show what was there before.
    /// </summary>
    public async ValueTask MarkStaleByTagAsync(string tag, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, tags) in _tagsOfKey)
        {
            if (Array.IndexOf(tags, tag) < 0)
            {
                continue;
            }

            if (await inner.GetAsync(key, cancellationToken) is { } value)
            {
                _stale[key] = new StaleCopy(value, tags, now);
            }

            _tagsOfKey.TryRemove(KeyValuePair.Create(key, tags));
        }

        foreach (var (key, copy) in _stale)
        {
            if (now - copy.Since > Grace)
            {
                _stale.TryRemove(KeyValuePair.Create(key, copy));
            }
            else if (Array.IndexOf(copy.Tags, tag) >= 0)
            {
                copy.ReleaseClaim();
            }
        }

        await inner.EvictByTagAsync(tag, cancellationToken);
    }

    /// <summary>Forgets the tags of pages the inner store has dropped (expired or pushed out by its size limit).</summary>
    private async ValueTask PruneAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, tags) in _tagsOfKey)
        {
            if (await inner.GetAsync(key, cancellationToken) is null)
            {
                _tagsOfKey.TryRemove(KeyValuePair.Create(key, tags));
            }
        }

        _pruneAt = Math.Max(10_000, _tagsOfKey.Count * 2);
    }

    private sealed class StaleCopy(byte[] value, string[] tags, DateTimeOffset since)
    {
        private long _claimedTicks;

        public byte[] Value { get; } = value;

        public string[] Tags { get; } = tags;

        public DateTimeOffset Since { get; } = since;

        /// <summary>True for the one request that may render the page now.</summary>
        public bool TryClaim(DateTimeOffset now)
        {
            var claimed = Interlocked.Read(ref _claimedTicks);
            if (claimed != 0 && now.UtcTicks - claimed < RenderClaim.Ticks)
            {
                return false;
            }

            return Interlocked.CompareExchange(ref _claimedTicks, now.UtcTicks, claimed) == claimed;
        }

        public void ReleaseClaim() => Interlocked.Exchange(ref _claimedTicks, 0);
    }
}
