using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ParPortal.Bench;

/// <summary>
/// CPU time of a piece of work: every thread of this process (a Lucene search may run parts on pool threads; the
/// collector's and the compiler's background threads are counted too, so measure after warming up), and a fixed
/// reference task.
/// </summary>
internal readonly struct CpuMeter
{
    /// <summary>What <see cref="Reference"/> takes on an idle core of the dev machine, for orientation only.</summary>
    public const double IdleReferenceMs = 2;

    private static readonly byte[] ReferenceInput = new byte[256 * 1024];

    private readonly double _start;

    private CpuMeter(double start) => _start = start;

    public static CpuMeter Start() => new(ProcessCpuMs());

    public double ElapsedMs() => ProcessCpuMs() - _start;

    /// <summary>Runs a fixed CPU-bound task (SHA-256 over 256 KB, 8 times) and returns its wall-clock milliseconds.</summary>
    public static double Reference()
    {
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < 8; i++)
        {
            SHA256.HashData(ReferenceInput);
        }
        return sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// Page faults of this process so far (minor, major) and its user and system CPU milliseconds, from
    /// /proc/self/stat; zeros elsewhere. Faults show memory-mapped pages the kernel took back and maps again.
    /// </summary>
    public static (long Minor, long Major, double UserMs, double SystemMs) ProcessCounters()
    {
        if (!OperatingSystem.IsLinux())
        {
            return (0, 0, 0, 0);
        }
        // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
        var stat = File.ReadAllText("/proc/self/stat");
        var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var tick = 1000.0 / 100;  // USER_HZ is 100 on Linux
        return (long.Parse(f[7], System.Globalization.CultureInfo.InvariantCulture), long.Parse(f[9], System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(f[11], System.Globalization.CultureInfo.InvariantCulture) * tick, long.Parse(f[12], System.Globalization.CultureInfo.InvariantCulture) * tick);
    }

    /// <summary>CPU milliseconds of every thread of this process, to the nanosecond (Process.TotalProcessorTime counts 10 ms ticks).</summary>
    internal static double ProcessCpuMs()
    {
        if (OperatingSystem.IsLinux())
        {
            return clock_gettime(2 /* CLOCK_PROCESS_CPUTIME_ID */, out var ts) == 0 ? ts.Seconds * 1000.0 + ts.Nanoseconds / 1e6 : double.NaN;
        }
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
