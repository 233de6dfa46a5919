using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Data;
using ParPortal.Features.Search.Integration;

namespace ParPortal.Bench;

/// <summary>
/// Public pages under load: the real host (ParPortal.Web.dll in Release, its own process) on Kestrel (loopback), demo
/// content plus N generated published items in its own SQLite database. Each page is fetched once and saved in the
/// host's web root; then wrk loads (i) the page, anonymous and output-cached, (ii) the saved HTML served as a static file
/// by the same process, and (iii) the page again while editors write through the API (the mixed run: drafts and
/// publishes at the stated rate). Prints requests/s, p50, p99, the ratios, the host's peak resident memory, and the
/// uncached render time of every public page type.
/// </summary>
public sealed class PagesBenchmark : IBenchmark
{
    private const double MinRatio = 0.5;
    private const double MaxP99Ms = 30;
    private const double MaxMemoryMb = 250;
    private const double MinMixedRatio = 0.8;
    private const double MaxMixedMemoryMb = 300;
    private const double MaxUncachedP95Ms = 15;

    public string Name => "pages";

    public string Description => "Public pages vs a static copy, reads alone and with editors writing, uncached renders; --items N --seconds S --editors E --save-every-ms T --publish-every K --uncached R [--uncached-only] [--keep] [--data DIR] [--pages home,article,procedures,search]";

    public async Task<int> RunAsync(string[] args)
    {
        var items = Option(args, "--items", Option(args, "--articles", 10_000));
        var seconds = Option(args, "--seconds", 10);
        var editorCount = Option(args, "--editors", 10);
        var saveEvery = TimeSpan.FromMilliseconds(Option(args, "--save-every-ms", 2000));
        var publishEvery = Option(args, "--publish-every", 5);
        var uncachedRequests = Option(args, "--uncached", 100);
        if (!PagesWrk.IsInstalled())
        {
            Console.Error.WriteLine("wrk is missing: apt-get install -y wrk (or run bench/pages.sh, which installs it).");
            return 2;
        }

        var keep = args.Contains("--keep");
        var root = Path.Combine(Path.GetTempPath(), "parportal-bench-pages", Guid.NewGuid().ToString("N"));
        var ceiling = Directory.CreateDirectory(Path.Combine(root, "ceiling")).FullName;
        // --data DIR (with --uncached-only) measures a database kept by an earlier --keep run instead of making one.
        var reuse = SearchBenchmark.StringOption(args, "--data");
        var data = reuse ?? Directory.CreateDirectory(Path.Combine(root, "data")).FullName;
        try
        {
            var password = "Bench-" + Guid.NewGuid().ToString("N")[..12];
            var sw = Stopwatch.StartNew();
            PagesContentGenerator.Slugs slugs;
            IReadOnlyList<PagesEditors.Editor> editors;
            string indexCode;
            // Filling the database happens in this process; serving happens in a fresh one (below), so the memory
            // measured is the site's, not the generator's.
            await using (var seeder = new PagesHost(data, password))
            await using (var scope = seeder.Services.CreateAsyncScope())
            {
                Console.WriteLine($"Database made with the demo in {sw.Elapsed.TotalSeconds:0.0} s");
                sw.Restart();
                var db = scope.ServiceProvider.GetRequiredService<ParPortalDbContext>();
                indexCode = await db.IndexResults.Where(v => v.IsPublished).Select(v => v.IndexCode).FirstAsync();
                if (reuse is not null)
                {
                    slugs = await PagesContentGenerator.FindAsync(db);
                    // Editors of their own for this run, so that a kept database measures the mixed run too.
                    editors = await PagesEditors.SeedAsync(scope.ServiceProvider, editorCount, password, "run-" + Guid.NewGuid().ToString("N")[..6]);
                    items = await db.ContentVersions.CountAsync(v => v.IsPublished && v.CreatedBy == "bench");
                    Console.WriteLine($"Reusing {reuse}: {items:N0} generated items");
                }
                else
                {
                    slugs = await PagesContentGenerator.InsertAsync(db, items, DateTime.UtcNow.AddHours(-1));
                    editors = await PagesEditors.SeedAsync(scope.ServiceProvider, editorCount, password);
                    var indexed = await scope.ServiceProvider.GetRequiredService<SearchRebuilder>().RebuildAsync();
                    Console.WriteLine($"Inserted {items:N0} published items (8/10 articles, 1/10 documents, 1/10 procedures), {editorCount} editors, indexed {indexed:N0} versions in {sw.Elapsed.TotalSeconds:0.0} s");
                }
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            sw.Restart();
            await using var host = await PagesServerProcess.StartAsync(data, ceiling, password);
            Console.WriteLine($"ParPortal.Web (pid {host.Pid}) started in {sw.Elapsed.TotalSeconds:0.0} s at {host.BaseAddress}");

            (string Name, string Path)[] pages =
            [
                ("home", "/"),
                ("article", "/tin-bai/" + slugs.Article),
                ("procedures", "/thu-tuc"),
                ("search", "/tim-kiem?q=thu+tuc"),
            ];
            // --pages article,search measures only those pages (quicker A/B runs of one change).
            if (SearchBenchmark.StringOption(args, "--pages") is { } only)
            {
                var names = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                pages = [.. pages.Where(p => names.Contains(p.Name))];
            }
            if (await SaveCopiesAsync(host.BaseAddress, pages, ceiling) is { } missing)
            {
                Console.Error.WriteLine(missing);
                return 1;
            }

            var failures = new List<string>();
            if (args.Contains("--uncached-only"))
            {
                await MeasureUncachedAsync(host.BaseAddress, host.Pid, slugs, indexCode, uncachedRequests, items, failures);
                Console.WriteLine(failures.Count == 0 ? "All targets met." : "Targets missed:\n  " + string.Join("\n  ", failures));
                return failures.Count == 0 ? 0 : 1;
            }

            var writeRate = editorCount / saveEvery.TotalSeconds;
            Console.WriteLine();
            Console.WriteLine($"wrk -t2 -c32 -d{seconds}s --latency, loopback. Mixed: {editorCount} editors through the API, each saving a draft every "
                + $"{saveEvery.TotalSeconds:0.#} s and publishing every {publishEvery}th save ({writeRate:0.#} saves/s, {writeRate / publishEvery:0.#} publishes/s in all)");
            Console.WriteLine($"{"page",-11} {"kind",-8} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"ratio",7}");
            // The whole run's peak, editors alone included (reported; each target below has its own window).
            using var wholeMemory = new PeakMemorySampler(host.Pid);
            await PagesEditors.RunAloneAsync(host.BaseAddress, host.Pid, editors, saveEvery, publishEvery, seconds);
            double readsPeakMb = 0, readsPrivateMb = 0, mixedPeakMb = 0, mixedPrivateMb = 0;
            foreach (var (name, path) in pages)
            {
                var url = new Uri(host.BaseAddress, path);
                // A short warm-up fills the output cache and JITs the path before measuring.
                await PagesWrk.RunAsync(url, 2, 32, 2);
                PagesWrk.Result page, staticCopy;
                // Reads alone: the page and its static copy. (Run before the editors' runs, they met tier-0 code:
                // half the throughput, and the same memory.)
                using (var sampler = new PeakMemorySampler(host.Pid))
                {
                    page = await PagesWrk.RunAsync(url, 2, 32, seconds);
                    staticCopy = await PagesWrk.RunAsync(new Uri(host.BaseAddress, $"{name}.html"), 2, 32, seconds);
                    (readsPeakMb, readsPrivateMb) = (Math.Max(readsPeakMb, sampler.PeakMb), Math.Max(readsPrivateMb, sampler.PeakPrivateMb));
                }
                var ratio = page.RequestsPerSecond / staticCopy.RequestsPerSecond;
                Print(name, "page", page, ratio);
                Print(name, "ceiling", staticCopy, null);
                Check(failures, name, page, ratio, MinRatio, "of the static ceiling");

                using var stop = new CancellationTokenSource();
                PagesWrk.Result mixed;
                PagesEditors.Result written;
                using (var sampler = new PeakMemorySampler(host.Pid))
                {
                    var writers = PagesEditors.RunAsync(host.BaseAddress, editors, saveEvery, publishEvery, stop.Token);
                    mixed = await PagesWrk.RunAsync(url, 2, 32, seconds);
                    await stop.CancelAsync();
                    written = await writers;
                    (mixedPeakMb, mixedPrivateMb) = (Math.Max(mixedPeakMb, sampler.PeakMb), Math.Max(mixedPrivateMb, sampler.PeakPrivateMb));
                }
                var mixedRatio = mixed.RequestsPerSecond / page.RequestsPerSecond;
                Print(name, "mixed", mixed, mixedRatio);
                Console.WriteLine($"{"",-11} {"writes",-8} {written.WritesPerSecond,10:N1} {written.P50Ms,8:0.00} {written.P99Ms,8:0.00} {written.Errors,7}   {written.Saves} saves, {written.Publishes} publishes");
                Check(failures, name + " mixed", mixed, mixedRatio, MinMixedRatio, "of the reads-only run");
                if (written.Errors > 0 || written.Publishes == 0)
                {
                    failures.Add($"{name} mixed: {written.Errors} failed writes, {written.Publishes} publishes");
                }
            }

            wholeMemory.Dispose();
            Console.WriteLine();
            Console.WriteLine($"Peak resident memory of the host process: {readsPeakMb:0} MB during the reads-alone runs (target ≤ {MaxMemoryMb} MB), "
                + $"{mixedPeakMb:0} MB during the mixed runs (target ≤ {MaxMixedMemoryMb} MB), {wholeMemory.PeakMb:0} MB over the whole run (editors alone included)");
            // The private part excludes the files the process maps (assemblies, the search index).
            Console.WriteLine($"  of which private (RssAnon): {readsPrivateMb:0} MB / {mixedPrivateMb:0} MB / {wholeMemory.PeakPrivateMb:0} MB");
            if (readsPeakMb > MaxMemoryMb)
            {
                failures.Add($"memory during the reads-alone runs: {readsPeakMb:0} MB");
            }
            if (mixedPeakMb > MaxMixedMemoryMb)
            {
                failures.Add($"memory during the mixed runs: {mixedPeakMb:0} MB");
            }

            await MeasureUncachedAsync(host.BaseAddress, host.Pid, slugs, indexCode, uncachedRequests, items, failures);
            Console.WriteLine(failures.Count == 0 ? "All targets met." : "Targets missed:\n  " + string.Join("\n  ", failures));
            return failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (keep)
            {
                // --keep leaves the database for EXPLAIN QUERY PLAN (sqlite3 DATA/parportal.db) and later runs.
                Console.WriteLine($"Kept the data folder: {data}");
                root = string.Empty;
            }

            try
            {
                if (root.Length > 0)
                {
                    Directory.Delete(root, recursive: true);
                }
            }
            catch (IOException)
            {
                // Left for the OS's temp cleaning; never worth failing a benchmark for.
            }
        }
    }

    private static async Task MeasureUncachedAsync(Uri baseAddress, int pid, PagesContentGenerator.Slugs slugs, string indexCode, int requests, int items, List<string> failures)
    {
        (string Name, string Path)[] pageTypes =
        [
            ("home", "/"), ("articles", "/tin-bai"), ("articles p.40", "/tin-bai?trang=40"), ("article", "/tin-bai/" + slugs.Article),
            ("topic", "/chu-de/" + slugs.Topic), ("documents", "/van-ban"), ("document", "/van-ban/" + slugs.Document),
            ("procedures", "/thu-tuc"), ("procedure", "/thu-tuc/" + slugs.Procedure), ("hotlines", "/duong-day-nong"),
            ("indexes", "/chi-so"), ("index", "/chi-so/" + indexCode.ToLowerInvariant()), ("search", "/tim-kiem?q=thu+tuc"),
            ("rss", "/rss.xml"), ("topic rss", $"/chu-de/{slugs.Topic}/rss.xml"), ("sitemap", "/sitemap.xml"),
            ("sitemap file", "/sitemap-article-1.xml"),
        ];
        Console.WriteLine();
        Console.WriteLine($"Uncached renders, {requests} sequential requests per page type, {items:N0} generated items (target p95 ≤ {MaxUncachedP95Ms} ms)");
        Console.WriteLine($"{"page type",-14} {"p50 ms",8} {"p95 ms",8} {"CPU ms",8} {"KB",8}  path");
        foreach (var r in await PagesUncached.MeasureAsync(baseAddress, pid, pageTypes, requests))
        {
            Console.WriteLine($"{r.Name,-14} {r.P50Ms,8:0.00} {r.P95Ms,8:0.00} {r.CpuMsPerRequest,8:0.00} {r.Bytes / 1024.0,8:0.0}  {r.Path}");
            if (r.P95Ms > MaxUncachedP95Ms)
            {
                failures.Add($"uncached {r.Name}: p95 {r.P95Ms:0.0} ms");
            }
        }
    }

    private static async Task<string?> SaveCopiesAsync(Uri baseAddress, (string Name, string Path)[] pages, string ceiling)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        foreach (var (name, path) in pages)
        {
            var response = await http.GetAsync(path);
            var html = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
            {
                return $"GET {path}: HTTP {(int)response.StatusCode}; the page must exist before it can be measured.";
            }
            await File.WriteAllBytesAsync(Path.Combine(ceiling, name + ".html"), html);
            Console.WriteLine($"Saved {path} ({html.Length / 1024.0:0.0} KB)");
        }
        return null;
    }

    private static void Print(string name, string kind, PagesWrk.Result r, double? ratio) =>
        Console.WriteLine($"{name,-11} {kind,-8} {r.RequestsPerSecond,10:N0} {r.P50Ms,8:0.00} {r.P99Ms,8:0.00} {r.Errors,7} {(ratio is { } x ? x.ToString("P0", CultureInfo.InvariantCulture) : ""),7}");

    private static void Check(List<string> failures, string name, PagesWrk.Result r, double ratio, double minRatio, string of)
    {
        if (ratio < minRatio)
        {
            failures.Add($"{name}: {ratio:P0} {of} (target ≥ {minRatio:P0})");
        }
        if (r.P99Ms > MaxP99Ms)
        {
            failures.Add($"{name}: p99 {r.P99Ms:0.0} ms (target ≤ {MaxP99Ms} ms)");
        }
        if (r.Errors > 0)
        {
            failures.Add($"{name}: {r.Errors} errors or non-2xx responses");
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
