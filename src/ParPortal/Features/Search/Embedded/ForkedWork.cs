using System.Runtime.ExceptionServices;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Work begun on an idle pool thread while the caller goes on, and taken back by the caller if no thread has started
/// it by the time the result is wanted (<see cref="Join"/>), so the caller never waits for work still in the queue.
/// </summary>
internal sealed class ForkedWork<T> : IDisposable
{
    private readonly Func<T> _work;
    private readonly ManualResetEventSlim _done = new(false);
    private int _claimed;
    private T? _result;
    private ExceptionDispatchInfo? _error;

    /// <param name="fork">False: the work is done by <see cref="Join"/> on the calling thread.</param>
    public ForkedWork(Func<T> work, bool fork)
    {
        _work = work;
        if (fork)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static w => w.TryRun(), this, preferLocal: false);
        }
    }

    /// <summary>The work's result (its exception rethrown), done here unless a pool thread has begun it.</summary>
    public T Join()
    {
        TryRun();
        _done.Wait();
        _error?.Throw();
        return _result!;
    }

    private void TryRun()
    {
        if (Interlocked.Exchange(ref _claimed, 1) != 0)
        {
            return;
        }
        try
        {
            _result = _work();
        }
        catch (Exception e)
        {
            _error = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _done.Set();
        }
    }

    public void Dispose() => _done.Dispose();
}
