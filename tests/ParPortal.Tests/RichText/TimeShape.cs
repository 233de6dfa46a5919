using System.Diagnostics;

namespace ParPortal.Tests.RichText;

/// <summary>
/// Checks the growth of a cost, not its size: ten times the input may not cost much more than ten times the time
/// (a quadratic step costs a hundred times). The absolute targets are the <c>sanitizer</c> benchmark's. Each side
/// is the best of three runs, so that a pause caused by the tests running beside it (a garbage collection, a build
/// on the other core) cannot make a linear step look quadratic.
/// </summary>
internal static class TimeShape
{
    public static void AssertLinear(Action tenth, Action whole, string what)
    {
        tenth(); // JIT and first-use costs are not the input's.
        var small = Best(tenth);
        var large = Best(whole);
        Assert.True(large < small * 30 + TimeSpan.FromSeconds(2), $"{what}: the whole took {large}, a tenth took {small}");
    }

    private static TimeSpan Best(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
        }

        return best;
    }
}
