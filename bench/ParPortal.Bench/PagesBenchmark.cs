using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Data;
using ParPortal.Features.Search.Integration;

namespace ParPortal.Bench;

/// <summary>
/// Public pages under load: the real host (ParPortal.Web.dll in Release, its own process) on Kestrel (loopback), demo
/// content plus N generated published articles in its own SQLite database. Each page is fetched once and saved in the
/// host's web root; then wrk loads (i) the page, anonymous and output-cached, and (ii) the saved HTML served as a
/// static file by the same process. Prints requests/s, p50, p99, the page/ceiling ratio, and the host process's peak
/// resident memory during the load.
/// </summary>
public sealed class PagesBenchmark : IBenchmark
{
    private const double MinRatio = 0.5;
    private const double MaxP99Ms = 30;
    private const double MaxMemoryMb = 250;

    public string Name => "pages";

    public string Description => "Public pages vs a static copy under wrk (home, article, procedures, search); --articles N --seconds S";

    public async Task<int> RunAsync(string[] args)
    {
        var articles = Option(args, "--articles", 10_000);
        var seconds = Option(args, "--seconds", 10);
        if (!PagesWrk.IsInstalled())
        {
            Console.Error.WriteLine("wrk is missing: apt-get install -y wrk (or run bench/pages.sh, which installs it).");
            return 2;
        }

        var root = Path.Combine(Path.GetTempPath(), "parportal-bench-pages", Guid.NewGuid().ToString("N"));
        var ceiling = Directory.CreateDirectory(Path.Combine(root, "ceiling")).FullName;
        var data = Directory.CreateDirectory(Path.Combine(root, "data")).FullName;
        try
        {
            var password = "Bench-" + Guid.NewGuid().ToString("N")[..12];
            var sw = Stopwatch.StartNew();
            string slug;
            // Filling the database happens in this process; serving happens in a fresh one (below), so the memory
            // measured is the site's, not the generator's.
            await using (var seeder = new PagesHost(data, password))
            await using (var scope = seeder.Services.CreateAsyncScope())
            {
                Console.WriteLine($"Database made with the demo in {sw.Elapsed.TotalSeconds:0.0} s");
                sw.Restart();
                var db = scope.ServiceProvider.GetRequiredService<ParPortalDbContext>();
                slug = await PagesArticleGenerator.InsertAsync(db, articles, DateTime.UtcNow.AddHours(-1));
                var indexed = await scope.ServiceProvider.GetRequiredService<SearchRebuilder>().RebuildAsync();
                Console.WriteLine($"Inserted {articles:N0} published articles and indexed {indexed:N0} versions in {sw.Elapsed.TotalSeconds:0.0} s");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            sw.Restart();
            await using var host = await PagesServerProcess.StartAsync(data, ceiling, password);
            Console.WriteLine($"ParPortal.Web (pid {host.Pid}) started in {sw.Elapsed.TotalSeconds:0.0} s at {host.BaseAddress}");

            (string Name, string Path)[] pages =
            [
                ("home", "/"),
                ("article", "/tin-bai/" + slug),
                ("procedures", "/thu-tuc"),
                ("search", "/tim-kiem?q=thu+tuc"),
            ];
            using var http = new HttpClient { BaseAddress = host.BaseAddress };
            foreach (var (name, path) in pages)
            {
                var response = await http.GetAsync(path);
                var html = await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Console.Error.WriteLine($"GET {path}: HTTP {(int)response.StatusCode}; the page must exist before it can be measured.");
                    return 1;
                }

                await File.WriteAllBytesAsync(Path.Combine(ceiling, name + ".html"), html);
                Console.WriteLine($"Saved {path} ({html.Length / 1024.0:0.0} KB)");
            }

            using var memory = new PeakMemorySampler(host.Pid);
            Console.WriteLine();
            Console.WriteLine($"wrk -t2 -c32 -d{seconds}s --latency, loopback; resident memory {memory.CurrentMb:0} MB before load");
            Console.WriteLine($"{"page",-11} {"kind",-8} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"ratio",7}");
            var failures = new List<string>();
            foreach (var (name, path) in pages)
            {
                // A short warm-up fills the output cache and JITs the path before measuring.
                await PagesWrk.RunAsync(new Uri(host.BaseAddress, path), 2, 32, 2);
                var page = await PagesWrk.RunAsync(new Uri(host.BaseAddress, path), 2, 32, seconds);
                var staticCopy = await PagesWrk.RunAsync(new Uri(host.BaseAddress, $"{name}.html"), 2, 32, seconds);
                var ratio = page.RequestsPerSecond / staticCopy.RequestsPerSecond;
                Console.WriteLine($"{name,-11} {"page",-8} {page.RequestsPerSecond,10:N0} {page.P50Ms,8:0.00} {page.P99Ms,8:0.00} {page.Errors,7} {ratio,7:P0}");
                Console.WriteLine($"{name,-11} {"ceiling",-8} {staticCopy.RequestsPerSecond,10:N0} {staticCopy.P50Ms,8:0.00} {staticCopy.P99Ms,8:0.00} {staticCopy.Errors,7}");
                if (ratio < MinRatio)
                {
                    failures.Add($"{name}: {ratio:P0} of the static ceiling (target ≥ {MinRatio:P0})");
                }

                if (page.P99Ms > MaxP99Ms)
                {
                    failures.Add($"{name}: p99 {page.P99Ms:0.0} ms (target ≤ {MaxP99Ms} ms)");
                }

                if (page.Errors > 0)
                {
                    failures.Add($"{name}: {page.Errors} errors or non-2xx responses");
                }
            }

            Console.WriteLine();
            Console.WriteLine($"Peak resident memory of the host process during the load: {memory.PeakMb:0} MB (target ≤ {MaxMemoryMb} MB)");
            // The private part excludes the database pages SQLite maps (page cache the OS can drop).
            Console.WriteLine($"  of which private (RssAnon): {memory.PeakPrivateMb:0} MB");
            if (memory.PeakMb > MaxMemoryMb)
            {
                failures.Add($"memory: {memory.PeakMb:0} MB");
            }

            Console.WriteLine(failures.Count == 0 ? "All targets met." : "Targets missed:\n  " + string.Join("\n  ", failures));
            return failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS's temp cleaning; never worth failing a benchmark for.
            }
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Samples the host process's VmRSS and RssAnon every 50 ms and keeps the highest values.</summary>
    private sealed class PeakMemorySampler : IDisposable
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
}
