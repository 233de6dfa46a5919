using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;

namespace ParPortal.Hosting;

/// <summary>
/// Hands the native heap's free pages back to the system every few seconds (glibc's <c>malloc_trim</c>, Linux only).
/// The JIT, SQLite and the runtime allocate there, not managed objects; glibc keeps what they free in its arenas (up to
/// eight per core), so after a burst of compiling or of database work the site held tens of megabytes it no longer
/// used (39 MB of arena pages under the page benchmark's mixed runs, more than the managed heap's live objects).
/// A trim walks the arenas' free lists once, each arena locked in turn (in the busy browser-test process: p50 1.6 ms,
/// p95 9.5 ms, longest 0.2 s; docs/decisions.md, "Hosting").
/// </summary>
internal sealed partial class NativeHeapTrimmer : BackgroundService
{
    /// <summary>How often. The page benchmark's runs last 10–12 s; a minute would let a run's peak hold through it.</summary>
    internal static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // One trim per period for the whole process, however many hosts it runs (the tests run dozens): a trim
            // holds each arena's lock while it walks it.
            var now = Environment.TickCount64;
            var last = Interlocked.Read(ref _lastTrim);
            if (now - last < (long)Every.TotalMilliseconds - 100 || Interlocked.CompareExchange(ref _lastTrim, now, last) != last)
            {
                continue;
            }
            if (!Trim())
            {
                return;
            }
        }
    }

    /// <summary>When the process last trimmed (<see cref="Environment.TickCount64"/>).</summary>
    private static long _lastTrim = long.MinValue / 2;

    /// <summary>Trims once; false where the C library has no <c>malloc_trim</c> (musl), so the caller can stop.</summary>
    internal static bool Trim()
    {
        try
        {
            MallocTrim(0);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
