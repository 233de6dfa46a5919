using System.Runtime.ExceptionServices;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Runs the independent parts of one search (its segments) on the calling thread and, when pool threads are idle, on
/// them too, as Lucene's searcher does with an executor and Elasticsearch with concurrent segment search. The calling
/// thread always takes part: on a busy site the helper items wait in the pool's queue while the caller runs every
/// part itself, so a search never waits for a helper that has not started
/// (<see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> works that way). The work is the same; on an idle
/// core the wall time of the parts run this way falls by up to the largest segment's share (bench/README.md).
/// </summary>
internal static class LuceneParallel
{
    /// <summary>Threads a search uses when the settings do not say (<see cref="SearchOptions.SearchThreads"/>): the cores, at most four.</summary>
    public static int DefaultThreads => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Calls <paramref name="body"/> for 0 … <paramref name="count"/> − 1, each once, in any order, on at most
    /// <paramref name="threads"/> threads (1: all on the calling thread, in order).
    /// </summary>
    public static void For(int threads, int count, Action<int> body)
    {
        if (threads <= 1 || count <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }
            return;
        }
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // The part's own exception, as the serial loop would throw it.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
