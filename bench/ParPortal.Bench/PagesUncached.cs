using System.Diagnostics;
using System.Net.Http.Headers;

namespace ParPortal.Bench;

/// <summary>
/// Uncached renders: each page type fetched one request at a time with an <c>Authorization</c> header, which the
/// output-cache policy never serves from or stores in the cache (the public pages ignore the header otherwise), so
/// every request renders the page from the database. Wall times are client-measured over loopback (a few tenths of a
/// millisecond of HTTP included) and grow with whatever else the machine runs; the host process's CPU time per
/// request (from /proc, 10 ms ticks summed over all requests) is the figure that does not.
/// </summary>
internal static class PagesUncached
{
    public sealed record Result(string Name, string Path, double P50Ms, double P95Ms, double CpuMsPerRequest, int Bytes);

    public static async Task<IReadOnlyList<Result>> MeasureAsync(Uri baseAddress, int pid, IEnumerable<(string Name, string Path)> pages, int requests)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "uncached-render");
        var results = new List<Result>();
        foreach (var (name, path) in pages)
        {
            var times = new List<double>(requests);
            var bytes = 0;
            var cpuBefore = 0.0;
            // As many requests as are measured (at least 30) go first, uncounted, then a second's pause: they warm the
            // database's cache and let the runtime finish recompiling the page's code with full optimization (after
            // 30 calls, in the background, once compilation has been quiet for 100 ms). With 6 warm-up requests the
            // search page at 100,000 items measured its first, unoptimized code: p95 24 ms, 12 ms after 150.
            for (var i = -Math.Max(30, requests); i < requests; i++)
            {
                var sw = Stopwatch.StartNew();
                using var response = await http.GetAsync(path);
                var body = await response.Content.ReadAsByteArrayAsync();
                sw.Stop();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"GET {path}: HTTP {(int)response.StatusCode}");
                }

                if (response.Headers.Age is not null)
                {
                    throw new InvalidOperationException($"GET {path} came from the output cache; the uncached measure is wrong.");
                }

                if (i == -1)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1));
                    cpuBefore = ProcessCpuMs(pid);
                }

                if (i >= 0)
                {
                    times.Add(sw.Elapsed.TotalMilliseconds);
                    bytes = body.Length;
                }
            }

            var cpu = (ProcessCpuMs(pid) - cpuBefore) / requests;
            times.Sort();
            results.Add(new Result(name, path, times[(times.Count - 1) / 2], times[(int)Math.Ceiling(0.95 * times.Count) - 1], cpu, bytes));
        }

        return results;
    }

    /// <summary>User plus system CPU time of a process so far, from /proc (Linux; USER_HZ is 100).</summary>
    private static double ProcessCpuMs(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(f[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(f[12], System.Globalization.CultureInfo.InvariantCulture)) * 10.0;
    }
}
