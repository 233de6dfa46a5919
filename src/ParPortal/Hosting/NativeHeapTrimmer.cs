using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;

namespace ParPortal.Hosting;

/// <summary>
/// Hands the native heap's free pages back to the system every few seconds (glibc's <c>malloc_trim</c>, Linux only).
/// The JIT, SQLite and the runtime allocate there, not managed objects; glibc keeps what they free in its arenas (up to
/// eight per core), so after a burst of compiling or of database work the site held tens of megabytes it no longer
/// used (39 MB of arena pages under the page benchmark's mixed runs, more than the managed heap's live objects).
/// A trim walks the arenas' free lists once and costs well under a millisecond (docs/decisions.md, "Hosting").
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
            if (!Trim())
            {
                return;
            }
        }
    }

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
