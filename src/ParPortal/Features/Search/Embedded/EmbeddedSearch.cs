using Lucene.Net.Store;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// The Lucene index of an SQLite site and what is known about it: open or not, being rebuilt or not, and how far
/// into the outbox it has indexed. One per process (a singleton); the indexer writes, searches read.
/// </summary>
public sealed class EmbeddedSearch(string folder, int searchThreads = 0) : IDisposable
{
    private readonly object _gate = new();
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _work = new(0);
    private readonly SemaphoreSlim _hurry = new(0);
    private long _indexedThrough;

    public LuceneSearchIndex Index { get; } = new(folder, searchThreads);

    /// <summary>Held by whoever writes (the indexer's batches, a rebuild), so that a rebuild never interleaves with a batch.</summary>
    public SemaphoreSlim Writing { get; } = new(1, 1);

    /// <summary>True while the whole index is being rebuilt (searches may miss items; the page says so).</summary>
    public bool IsRebuilding { get; private set; }

    /// <summary>True once the background indexer runs (searches wait for fresh changes only then).</summary>
    public bool IndexerRunning { get; set; }

    /// <summary>The last outbox row applied and visible to searches.</summary>
    public long IndexedThrough => Interlocked.Read(ref _indexedThrough);

    /// <summary>
    /// Opens the index if it is not open yet and says whether it must be rebuilt. Throws
    /// <see cref="LockObtainFailedException"/> when another process (the site, a verb) has it open.
    /// </summary>
    public bool OpenNeedsRebuild()
    {
        lock (_gate)
        {
            var problem = Index.Open();
            Advance(Index.OutboxMark);
            return problem != IndexProblem.None || !Index.IsComplete;
        }
    }

    public void BeginRebuild() => IsRebuilding = true;

    public void EndRebuild(long outboxMark)
    {
        IsRebuilding = false;
        Advance(outboxMark);
    }

    /// <summary>Records that outbox rows up to <paramref name="outboxMark"/> are searchable and wakes the searches waiting for them.</summary>
    public void Advance(long outboxMark)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _indexedThrough);
            if (outboxMark <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _indexedThrough, outboxMark, current) != current);
        var done = Interlocked.Exchange(ref _progress, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        done.TrySetResult();
    }

    /// <summary>Wakes the indexer (a change was committed).</summary>
    public void Signal() => Wake(_work);

    /// <summary>The indexer waits here for a signal (true) or the poll interval (false).</summary>
    public Task<bool> WaitForWorkAsync(TimeSpan poll, CancellationToken ct) => _work.WaitAsync(poll, ct);

    /// <summary>
    /// After a signal the indexer waits here up to <paramref name="delay"/> for more changes to join the batch; a
    /// search waiting for a change ends the wait at once.
    /// </summary>
    public async Task WaitToGatherAsync(TimeSpan delay, CancellationToken ct)
    {
        if (delay > TimeSpan.Zero)
        {
            await _hurry.WaitAsync(delay, ct);
        }
        while (_hurry.Wait(0))
        {
            // A search that hurried after the wait ended must not cut the next batch's wait short.
        }
    }

    /// <summary>Waits until outbox row <paramref name="outboxId"/> is searchable, or <paramref name="timeout"/> passed.</summary>
    public async Task WaitUntilIndexedAsync(long outboxId, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (IndexedThrough < outboxId && !IsRebuilding)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return;
            }
            var progress = _progress.Task;
            if (IndexedThrough >= outboxId)
            {
                return;
            }
            Signal();
            Wake(_hurry);
            await Task.WhenAny(progress, Task.Delay(left, ct));
            ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Sets a wake-up that is not set yet (a semaphore used as a flag: one pending wake-up at most).</summary>
    private static void Wake(SemaphoreSlim flag)
    {
        if (flag.CurrentCount == 0)
        {
            flag.Release();
        }
    }

    public void Dispose()
    {
        _hurry.Dispose();
        Index.Dispose();
        _work.Dispose();
        Writing.Dispose();
    }
}
