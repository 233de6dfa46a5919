using System.Diagnostics;
using System.Globalization;
using System.Text;
using ParPortal.Features.Search;

namespace ParPortal.Bench;

/// <summary>
/// Both search engines side by side over the same generated items: build time, index size, search latency (each
/// search returns its total, exact facets and highlighted snippets) and suggestion latency, with PostgreSQL's figures
/// also as a ratio of Lucene's measured in the same run. Options: --n COUNT (default 100000), --runs R (timed runs
/// per query, default 3), --keep NAME (keep and reuse the indexes: /tmp/NAME-lucene, PostgreSQL database NAME),
/// --lucene-only, --postgres-only, --baseline (the Lucene index searched again the way before the tiered first pass, and
/// the PostgreSQL database with the statements before issue 14's statement work, PostgresSearchBefore),
/// --query TEXT (repeatable: only these of the benchmark's searches). PostgreSQL runs when PARPORTAL_BENCH_POSTGRES holds a server connection string.
/// </summary>
public sealed class SearchBenchmark : IBenchmark
{
    public string Name => "search";

    public string Description => "Lucene and PostgreSQL search side by side: build, size, p50/p95 search and suggest (--n 100000 --runs 3)";

    private static readonly string[] FixedQueries =
    [
        "thủ tục hành chính", "thu tuc hanh chinh", "cải cách hành chính", "cai cach hanh chinh", "đất đai", "dat dai",
        "đăng ký khai sinh", "dang ky khai sinh", "quyền sử dụng đất", "quyen su dung dat", "giấy phép lái xe", "giay phep lai xe",
        "lý lịch tư pháp", "lí lịch tư pháp", "hoà bình", "thuỷ lợi", "khoẻ", "chuyển đổi số", "chuyen doi so",
        "dịch vụ công trực tuyến toàn trình", "dich vu cong truc tuyen", "một cửa liên thông", "mot cua", "sipas", "par index",
        "chỉ số hài lòng", "đường dây nóng", "hóa đơn điện tử", "mã số thuế", "kế hoạch cải cách hành chính năm 2024",
        "quyết định", "báo cáo", "số hóa hồ sơ", "so hoa ho so", "người dân", "nguoi dan", "ủy ban nhân dân", "uy ban nhan dan",
        "tinh gian bien che", "văn hóa công vụ", "thanh toán trực tuyến", "bưu chính công ích", "chứng thực bản sao",
        "Đồng Hới", "dong hoi", "thủ tục", "hồ sơ", "năm 2023", "xyzkhongco", "\"*NEAR -:",
        "thủ tục hành chính".Normalize(NormalizationForm.FormD),
        // Natural questions (function words optional), abbreviations from the synonym dictionary, a long pasted title.
        "làm giấy phép lái xe ở đâu", "đăng ký khai sinh cần những giấy tờ gì", "có cần nộp hồ sơ trực tuyến không",
        "thu tuc cap lai giay phep bao lau", "TTHC", "UBND tỉnh", "CCHC năm 2024",
        "kế hoạch tuyên truyền cải cách hành chính năm 2024 của ủy ban nhân dân tỉnh về chuyển đổi số và số hóa hồ sơ",
    ];

    private static readonly string[] SuggestPrefixes = ["thu t", "dang ky k", "cấp giấy", "ke hoach c", "chi so s", "đ", "hoa don", "tap huan"];

    public async Task<int> RunAsync(string[] args)
    {
        var n = IntOption(args, "--n", 100_000);
        var runs = IntOption(args, "--runs", 3);
        var warmUp = IntOption(args, "--warmup", 3);
        var keep = StringOption(args, "--keep");
        Console.WriteLine($"search benchmark: {n:N0} items, {runs} timed runs per query, {Environment.ProcessorCount} CPUs, load {LoadAverage()}");
        var documents = SearchCorpusGenerator.Generate(n).ToList();
        var queries = BuildQueries(documents);
        var only = args.Select((a, i) => (a, i)).Where(x => x.a == "--query" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
        if (only.Count > 0)
        {
            // Only the named searches (as typed, or as the slowest-searches list prints them), to look at one closely.
            // A text the list does not hold is searched as typed, without filters (first page).
            var named = queries.Where(q => only.Contains(q.Query ?? "") || only.Contains(Describe(q))).ToList();
            queries = [.. named, .. only.Where(o => !named.Any(q => q.Query == o || Describe(q) == o)).Select(o => new SearchRequest(o))];
        }
        Console.WriteLine($"{queries.Count} searches + {SuggestPrefixes.Length} suggestion prefixes per run, after {warmUp} untimed warm-up passes");

        var results = new List<EngineFigures>();
        // Cold: every search reads its words' postings (no common-word sets kept between searches).
        ParPortal.Features.Search.Embedded.LuceneCommonWords.Enabled = !args.Contains("--cold-words");
        if (!args.Contains("--postgres-only"))
        {
            await using var lucene = new LuceneBenchEngine(keep, IntOption(args, "--threads", 0));
            results.Add(await MeasureEngineAsync(lucene, documents, queries, runs, warmUp));
            if (args.Contains("--baseline"))
            {
                // The same index searched the way before the tiered first pass, for a ratio within this run.
                results.Add(await MeasureEngineAsync(new LuceneBaselineEngine(lucene), documents, queries, runs, warmUp) with { Name = "Lucene, before (scored match)" });
            }
        }
        var server = Environment.GetEnvironmentVariable("PARPORTAL_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(server) && !args.Contains("--lucene-only"))
        {
            await using var postgres = await PostgresBenchEngine.CreateAsync(server, keep);
            results.Add(await MeasureEngineAsync(postgres, documents, queries, runs, warmUp));
            if (args.Contains("--baseline"))
            {
                // The same database searched with the statements before issue 14's statement work, in this run.
                results.Add(await MeasureEngineAsync(new PostgresBaselineEngine(postgres), documents, queries, runs, warmUp) with { Name = "PostgreSQL, before" });
            }
        }
        else if (!args.Contains("--lucene-only"))
        {
            Console.WriteLine("PostgreSQL skipped (set PARPORTAL_BENCH_POSTGRES to a server connection string).");
        }
        PrintSummary(results);
        return 0;
    }

    private sealed record EngineFigures(string Name, double? BuildSeconds, double SizeMb, double SearchP50, double SearchP95, double SuggestP50, double SuggestP95, double CpuP95)
    {
        /// <summary>Each search's first page (item ids in order), to compare the Lucene paths' rankings.</summary>
        public Dictionary<string, List<Guid>> FirstPages { get; init; } = [];
    }

    private static async Task<EngineFigures> MeasureEngineAsync(ISearchBenchEngine engine, List<SearchDocument> documents, List<SearchRequest> queries, int runs, int warmUpPasses)
    {
        Console.WriteLine();
        Console.WriteLine($"== {engine.Name} ==");
        double? buildSeconds = null;
        if (engine.Reused)
        {
            Console.WriteLine("reusing the kept index (--keep); build skipped");
        }
        else
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var build = Stopwatch.StartNew();
            await engine.BuildAsync(documents);
            build.Stop();
            process.Refresh();
            buildSeconds = build.Elapsed.TotalSeconds;
            Console.WriteLine($"build: {buildSeconds:F1} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:F1} s CPU in this process, {documents.Count / build.Elapsed.TotalSeconds:N0} items/s; load {LoadAverage()}");
        }
        var size = await engine.SizeAsync() / 1024.0 / 1024.0;
        Console.WriteLine($"index size: {size:F1} MB");

        await engine.WarmUpAsync(queries, SuggestPrefixes, warmUpPasses);
        var wall = new List<double>();
        var cpuTimes = new List<double>();
        var worst = new Dictionary<string, double>();
        var totals = new Dictionary<string, int>();
        var firstPages = new Dictionary<string, List<Guid>>();
        var gc = (Gen0: GC.CollectionCount(0), Gen2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration());
        var stages = new SearchStageClock();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var faults = CpuMeter.ProcessCounters().Minor;
        for (var r = 0; r < runs; r++)
        {
            foreach (var q in queries)
            {
                var cpu = CpuMeter.Start();
                var sw = Stopwatch.StartNew();
                var label = Describe(q);
                stages.Begin(label);
                var result = await engine.SearchAsync(q);
                SearchStageClock.End();
                sw.Stop();
                cpuTimes.Add(cpu.ElapsedMs());
                wall.Add(sw.Elapsed.TotalMilliseconds);
                worst[label] = Math.Max(worst.GetValueOrDefault(label), sw.Elapsed.TotalMilliseconds);
                stages.Total(label, cpuTimes[^1]);
                totals[label] = result.Total;
                firstPages[label] = result.Hits.Select(h => h.ItemId).ToList();
            }
        }
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        faults = CpuMeter.ProcessCounters().Minor - faults;
        var suggest = new List<double>();
        var suggestWorst = new Dictionary<string, double>();
        var suggestCpu = new List<double>();
        var suggestCpuWorst = new Dictionary<string, double>();
        for (var r = 0; r < runs * 3; r++)
        {
            foreach (var p in SuggestPrefixes)
            {
                var cpu = CpuMeter.Start();
                var sw = Stopwatch.StartNew();
                await engine.SuggestAsync(p);
                suggest.Add(sw.Elapsed.TotalMilliseconds);
                suggestCpu.Add(cpu.ElapsedMs());
                suggestCpuWorst[p] = Math.Max(suggestCpuWorst.GetValueOrDefault(p), suggestCpu[^1]);
                suggestWorst[p] = Math.Max(suggestWorst.GetValueOrDefault(p), sw.Elapsed.TotalMilliseconds);
            }
        }
        Console.WriteLine($"GC during timed searches: {GC.CollectionCount(0) - gc.Gen0} gen0, {GC.CollectionCount(2) - gc.Gen2} gen2, {(GC.GetTotalPauseDuration() - gc.Pause).TotalMilliseconds:F0} ms paused; "
            + $"{allocated / 1024.0 / Math.Max(1, wall.Count):N0} KB allocated and {faults / (double)Math.Max(1, wall.Count):N0} page faults per search");
        Console.WriteLine($"search ({wall.Count} timed): p50 {Percentile(wall, 50):F1} ms, p95 {Percentile(wall, 95):F1} ms, max {wall.Max():F1} ms wall; "
            + $"CPU p50 {Percentile(cpuTimes, 50):F1}, p95 {Percentile(cpuTimes, 95):F1} ms; load {LoadAverage()}");
        stages.Print();
        Console.WriteLine($"suggest ({suggest.Count} timed): p50 {Percentile(suggest, 50):F2} ms, p95 {Percentile(suggest, 95):F2} ms wall; CPU p50 {Percentile(suggestCpu, 50):F2}, p95 {Percentile(suggestCpu, 95):F2} ms");
        Console.WriteLine("suggestions, CPU of the worst run per prefix: " + string.Join(", ", suggestCpuWorst.OrderByDescending(w => w.Value).Select(w => $"\"{w.Key}\" {w.Value:F1} ms")));
        Console.WriteLine("suggestions, worst run per prefix: " + string.Join(", ", suggestWorst.OrderByDescending(w => w.Value).Select(w => $"\"{w.Key}\" {w.Value:F1} ms")));
        Console.WriteLine("slowest searches (worst run, total matches):");
        foreach (var (label, ms) in worst.OrderByDescending(w => w.Value).Take(8))
        {
            Console.WriteLine($"  {ms,7:F1} ms  {totals[label],7:N0}  {label}");
        }
        stages.PrintPerSearch(worst.OrderByDescending(w => w.Value).Take(12).Select(w => w.Key));
        stages.PrintCostliest(15);
        return new EngineFigures(engine.Name, buildSeconds, size, Percentile(wall, 50), Percentile(wall, 95), Percentile(suggest, 50), Percentile(suggest, 95), Percentile(cpuTimes, 95))
        {
            FirstPages = firstPages,
        };
    }

    private static void PrintSummary(List<EngineFigures> results)
    {
        Console.WriteLine();
        Console.WriteLine("== summary (wall clock; the machine is shared, so compare within this run) ==");
        Console.WriteLine($"{"engine",-32} {"build s",8} {"size MB",8} {"p50 ms",7} {"p95 ms",7} {"CPU p95",7} {"sugg p50",8} {"sugg p95",8}");
        foreach (var f in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{f.Name,-32} {(f.BuildSeconds is { } b ? b.ToString("F1", CultureInfo.InvariantCulture) : "kept"),8} {f.SizeMb,8:F1} {f.SearchP50,7:F1} {f.SearchP95,7:F1} {f.CpuP95,7:F1} {f.SuggestP50,8:F2} {f.SuggestP95,8:F2}"));
        }
        var lucene = results.FirstOrDefault(r => r.Name.StartsWith("Lucene.Net", StringComparison.Ordinal));
        if (lucene is not null && results.FirstOrDefault(r => r.Name.StartsWith("Lucene, before", StringComparison.Ordinal)) is { } before)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Lucene before ÷ after: search p50 {before.SearchP50 / lucene.SearchP50:F1}×, p95 {before.SearchP95 / lucene.SearchP95:F1}×, CPU p95 {before.CpuP95 / lucene.CpuP95:F1}×"));
            // The old path scores every match with the whole policy: how much of its first page the new path shows.
            var shared = lucene.FirstPages.Keys.Intersect(before.FirstPages.Keys).Where(k => before.FirstPages[k].Count > 0).ToList();
            var overlap = shared.Select(k => (double)lucene.FirstPages[k].Intersect(before.FirstPages[k]).Count() / before.FirstPages[k].Count).ToList();
            var sameFirst = shared.Count(k => lucene.FirstPages[k].FirstOrDefault() == before.FirstPages[k][0]);
            var identical = shared.Count(k => lucene.FirstPages[k].SequenceEqual(before.FirstPages[k]));
            var least = string.Join(", ", shared.Zip(overlap).OrderBy(p => p.Second).Take(4).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.First} {p.Second:P0}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"first page against the old path ({shared.Count} searches with hits): {overlap.Average():P1} of its items shown, same first hit in {sameFirst}, identical page in {identical}; the least shared: {least}"));
        }
        if (results.FirstOrDefault(r => r.Name.StartsWith("PostgreSQL 15", StringComparison.Ordinal)) is { } now
            && results.FirstOrDefault(r => r.Name.StartsWith("PostgreSQL, before", StringComparison.Ordinal)) is { } old)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"PostgreSQL before ÷ after: search p50 {old.SearchP50 / now.SearchP50:F1}×, p95 {old.SearchP95 / now.SearchP95:F1}×"));
        }
        if (lucene is not null && results.FirstOrDefault(r => r.Name.StartsWith("PostgreSQL 15", StringComparison.Ordinal)) is { } p)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"PostgreSQL ÷ Lucene: search p50 {p.SearchP50 / lucene.SearchP50:F1}×, p95 {p.SearchP95 / lucene.SearchP95:F1}×, suggest p95 {p.SuggestP95 / lucene.SuggestP95:F1}×"));
        }
    }

    internal static List<SearchRequest> BuildQueries(List<SearchDocument> documents)
    {
        var list = FixedQueries.Select(q => new SearchRequest(q)).ToList();
        // Codes and document numbers that exist in the generated corpus, typed exactly and loosely.
        var coded = documents.Where(d => d.Code is not null).ToList();
        for (var i = 0; i < 6; i++)
        {
            var code = coded[(i * 7919) % coded.Count].Code!;
            list.Add(new SearchRequest(code));
            list.Add(new SearchRequest(code.ToLowerInvariant().Replace("đ", "d", StringComparison.Ordinal)));
        }
        // Faceted searches, including filters on very common words, browsing and deep pages.
        list.Add(new SearchRequest("thủ tục hành chính", Types: ["Procedure"]));
        list.Add(new SearchRequest("cai cach hanh chinh", Year: 2024));
        list.Add(new SearchRequest("hồ sơ", Topics: ["dat-dai", "xay-dung"]));
        list.Add(new SearchRequest("người dân", Unit: SearchCorpusGenerator.Units[3].Code));
        list.Add(new SearchRequest("dat dai", Types: ["Document"], Year: 2022, Page: 2));
        list.Add(new SearchRequest(null, Types: ["Article"]));
        list.Add(new SearchRequest(null));
        list.Add(new SearchRequest("chuyển đổi số", Page: 5));
        return list;
    }

    internal static string Describe(SearchRequest q)
    {
        var filters = new List<string>();
        if (q.Types is { Count: > 0 })
        {
            filters.Add("type=" + string.Join(',', q.Types));
        }
        if (q.Topics is { Count: > 0 })
        {
            filters.Add("topic=" + string.Join(',', q.Topics));
        }
        if (q.Year is { } y)
        {
            filters.Add("year=" + y);
        }
        if (q.Unit is not null)
        {
            filters.Add("unit=" + q.Unit);
        }
        if (q.Page > 1)
        {
            filters.Add("page=" + q.Page);
        }
        var text = q.Query?.Normalize(NormalizationForm.FormC) ?? "";
        return $"\"{(text.Length > 60 ? text[..60] + "…" : text)}\" {string.Join(' ', filters)}".TrimEnd();
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    internal static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    internal static string? StringOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    internal static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) && value > 0 ? value : fallback;
    }
}
