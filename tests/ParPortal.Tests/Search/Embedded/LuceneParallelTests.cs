using System.Collections.Concurrent;
using ParPortal.Features.Search.Embedded;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>The two ways a search runs parts on other threads: every part once, and failures as the part threw them.</summary>
public sealed class LuceneParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void For_RunsEveryPartOnce(int threads)
    {
        var runs = new ConcurrentDictionary<int, int>();
        LuceneParallel.For(threads, 50, i => runs.AddOrUpdate(i, 1, (_, n) => n + 1));
        Assert.Equal(Enumerable.Range(0, 50), runs.Keys.Order());
        Assert.All(runs.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public void For_ThrowsThePartsOwnException_NotAnAggregate()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            LuceneParallel.For(4, 8, i => { if (i == 5) { throw new InvalidOperationException("part 5"); } }));
        Assert.Equal("part 5", error.Message);
    }

    [Fact]
    public void Join_RunsTheWorkOnTheCallingThread_WhenNotForked()
    {
        var caller = Environment.CurrentManagedThreadId;
        using var work = new ForkedWork<int>(() => Environment.CurrentManagedThreadId, fork: false);
        Assert.Equal(caller, work.Join());
    }

    [Fact]
    public void Join_ReturnsTheResultOnce_WhenForked()
    {
        var runs = 0;
        using var work = new ForkedWork<string>(() =>
        {
            Interlocked.Increment(ref runs);
            Thread.Sleep(20);
            return "xong";
        }, fork: true);
        Assert.Equal("xong", work.Join());
        Assert.Equal("xong", work.Join());
        Assert.Equal(1, Volatile.Read(ref runs));
    }

    [Fact]
    public void Join_ThrowsTheWorksException_WhenForked()
    {
        using var work = new ForkedWork<int>(() => throw new FormatException("hỏng"), fork: true);
        var error = Assert.Throws<FormatException>(() => work.Join());
        Assert.Equal("hỏng", error.Message);
    }
}
