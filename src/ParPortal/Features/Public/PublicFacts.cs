using System.Collections.Concurrent;

namespace ParPortal.Features.Public;

/// <summary>
/// Figures the public pages show that only a publish can change: totals (a topic's articles, a list's matches) and
/// filter choices (document types, issuers, years; procedure fields). Each is computed once and kept until the next
/// eviction on this node, which every publish, unpublish, archive and delete causes, and which other nodes' changes
/// cause through the eviction channel (<see cref="PublicCacheGeneration"/>): a draft save changes none of them and
/// keeps them. At 100,000 items these counts and distinct values cost 5–15 ms a page each (issue 16), the same on
/// every render of a page the output cache does not hold (a new page number, a filter, a signed-in reader).
/// </summary>
public sealed class PublicFacts(PublicCacheGeneration generation)
{
    /// <summary>
    /// Filters come from the query string, so the keys are the visitors' choice: past this many entries they are all
    /// dropped (a few thousand small lists at most; recomputing them costs what the page cost before).
    /// </summary>
    public const int MaxEntries = 2_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The kept value of <paramref name="key"/> if nothing was evicted since it was computed, else
    /// <paramref name="compute"/>'s. A value computed while an eviction happened may predate the change and is not kept
    /// (the same rule as the output cache's, <see cref="PublicOutputCachePolicy"/>).
    /// </summary>
    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
        where T : notnull
    {
        var current = generation.Current;
        if (_entries.TryGetValue(key, out var kept) && kept.Generation == current && kept.Value is T value)
        {
            return value;
        }

        var computed = await compute(ct);
        if (generation.Current == current)
        {
            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            _entries[key] = new Entry(current, computed);
        }

        return computed;
    }

    private sealed record Entry(long Generation, object Value);
}
