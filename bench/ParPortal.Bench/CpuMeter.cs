using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ParPortal.Bench;

/// <summary>CPU time of a piece of work (thread CPU when it stayed on one thread) and a fixed reference task.</summary>
internal readonly struct CpuMeter
{
    /// <summary>What <see cref="Reference"/> takes on an idle core of the dev machine, for orientation only.</summary>
    public const double IdleReferenceMs = 2;

    private static readonly byte[] ReferenceInput = new byte[256 * 1024];

    private readonly int _thread;
    private readonly double _threadStart;
    private readonly TimeSpan _processStart;

    private CpuMeter(int thread, double threadStart, TimeSpan processStart)
    {
        _thread = thread;
        _threadStart = threadStart;
        _processStart = processStart;
    }

    public static CpuMeter Start()
    {
        using var process = Process.GetCurrentProcess();
        return new CpuMeter(Environment.CurrentManagedThreadId, ThreadCpuMs(), process.TotalProcessorTime);
    }

    public double ElapsedMs()
    {
        if (Environment.CurrentManagedThreadId == _thread && !double.IsNaN(_threadStart))
        {
            return ThreadCpuMs() - _threadStart;
        }
        using var process = Process.GetCurrentProcess();
        return (process.TotalProcessorTime - _processStart).TotalMilliseconds;
    }

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

    internal static double ThreadCpuMs()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }
        return clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var ts) == 0 ? ts.Seconds * 1000.0 + ts.Nanoseconds / 1e6 : double.NaN;
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
