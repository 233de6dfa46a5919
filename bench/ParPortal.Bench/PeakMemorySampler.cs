using System.Globalization;

namespace ParPortal.Bench;

/// <summary>Samples the host process's VmRSS and RssAnon every 50 ms and keeps the highest values.</summary>
internal sealed class PeakMemorySampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly string _status;
    private long _peakKb;
    private long _peakAnonKb;

    public PeakMemorySampler(int pid)
    {
        _status = $"/proc/{pid}/status";
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var kb = ReadStatusKb("VmRSS:");
                if (kb > Interlocked.Read(ref _peakKb))
                {
                    Interlocked.Exchange(ref _peakKb, kb);
                }

                var anon = ReadStatusKb("RssAnon:");
                if (anon > Interlocked.Read(ref _peakAnonKb))
                {
                    Interlocked.Exchange(ref _peakAnonKb, anon);
                }

                await Task.Delay(50).ConfigureAwait(false);
            }
        });
    }

    public double PeakMb => Interlocked.Read(ref _peakKb) / 1024.0;

    /// <summary>The peak of private (anonymous) memory: VmRSS without the database file pages SQLite maps.</summary>
    public double PeakPrivateMb => Interlocked.Read(ref _peakAnonKb) / 1024.0;

    public double CurrentMb => ReadStatusKb("VmRSS:") / 1024.0;

    public void Dispose()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _stop.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(1));
        }
        catch (AggregateException)
        {
            // The delay was cancelled; nothing to report.
        }

        _stop.Dispose();
    }

    private long ReadStatusKb(string key)
    {
        // The kernel's own count for the process. The page benchmark needs Linux for wrk anyway.
        try
        {
            var line = File.ReadLines(_status).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // The process ended; the peak so far stands.
        }
    }
}
