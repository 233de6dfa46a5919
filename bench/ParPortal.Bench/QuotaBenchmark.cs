using System.Diagnostics;

using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Recipes;

namespace ParPortal.Bench;

/// <summary>
/// Computes the 004 plan (15 tasks) over generated published items and prints min/median times of the index build,
/// the computation and both, beside the pre-optimisation engine kept in <c>QuotaBaseline/</c>.
/// </summary>
public sealed class QuotaBenchmark : IBenchmark
{
    private const int Warmup = 5;

    public string Name => "quota";

    public string Description => "Quota engine: plan 004 over 100,000 generated items (--items N, --runs N, --no-baseline)";

    public Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--items", 100_000);
        var runs = Math.Max(1, Option(args, "--runs", 15));
        var withBaseline = !args.Contains("--no-baseline");
        var recipePath = Path.Combine(FindRoot(), "recipes", "plans", "004_252965e07a3718f5.json");
        var plan = PlanRecipe.Parse(File.ReadAllText(recipePath)).Plans.Single();

        var units = new[] { "GTVT", "GTVT-VP", "GTVT-TTR", "GTVT-QLVT", "GTVT-KCHT", "GTVT-CL", "GTVT-KHTC", "GTVT-DK" };
        var quotaUnits = units.Select(u => new QuotaUnit(u, u, u == "GTVT" ? null : "GTVT", new DateOnly(2008, 4, 1), null, [])).ToList();
        string[] types = ["Article", "Article", "Article", "Document", "Procedure", "Hotline", "IndexResult"];
        string[] kinds = ["Kế hoạch", "Quyết định", "Công văn", "Báo cáo", "Thông báo", "Hướng dẫn"];
        string[] topics = ["chi-dao-dieu-hanh", "cai-cach-the-che", "cai-cach-thu-tuc-hanh-chinh", "mot-cua-lien-thong", "chinh-quyen-so", "chi-so-cchc", "sang-kien-mo-hinh", "ky-luat-ky-cuong", "dich-vu-cong-truc-tuyen"];
        string[] taskCodes = plan.Tasks.Select(t => t.Code).ToArray();

        // A fixed seed keeps runs comparable; items spread over 2020–2025 so most fall outside the plan year.
        var random = new Random(42);
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        var items = new List<QuotaItem>(count);
        for (var i = 0; i < count; i++)
        {
            var type = types[random.Next(types.Length)];
            items.Add(new QuotaItem(
                Guid.NewGuid(),
                type,
                "Tin " + i,
                type == "Document" ? kinds[random.Next(kinds.Length)] : null,
                [topics[random.Next(topics.Length)], topics[random.Next(topics.Length)]],
                units[random.Next(units.Length)],
                start.AddMinutes(random.Next(6 * 366 * 24 * 60)),
                random.Next(50) == 0 ? [taskCodes[random.Next(taskCodes.Length)]] : []));
        }
        var input = new QuotaInput(items, quotaUnits);
        var asOf = new DateOnly(2024, 9, 15);

        var full = new List<double>();
        var indexOnly = new List<double>();
        var computeOnly = new List<double>();
        var baseline = new List<double>();
        var tasks = 0;
        for (var run = 0; run < runs + Warmup; run++)
        {
            var sw = Stopwatch.StartNew();
            var progress = QuotaEngine.Compute(plan, input, asOf);
            var fullMs = sw.Elapsed.TotalMilliseconds;

            sw.Restart();
            var index = QuotaItemIndex.Build(items);
            var indexMs = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            QuotaEngine.Compute(plan, index, quotaUnits, input.Procedures, asOf);
            var computeMs = sw.Elapsed.TotalMilliseconds;

            sw.Restart();
            if (withBaseline)
            {
                QuotaBaseline.BaselineQuotaEngine.Compute(plan, input, new ProcedureCoverage(120, 118), asOf);
            }
            var baselineMs = sw.Elapsed.TotalMilliseconds;

            tasks = progress.Tasks.Count;
            // The warm-up runs let the JIT reach its optimised tier and are not reported.
            if (run >= Warmup)
            {
                full.Add(fullMs);
                indexOnly.Add(indexMs);
                computeOnly.Add(computeMs);
                baseline.Add(baselineMs);
            }
        }

        Console.WriteLine($"quota: plan {plan.Number} ({tasks} tasks), {count:N0} items, {runs} runs after {Warmup} warm-up");
        var total = Report("index + compute (total)", full);
        Report("index build", indexOnly);
        Report("compute on prebuilt index", computeOnly);
        if (withBaseline)
        {
            var before = Report("baseline index + compute", baseline);
            // The baseline predates issue 13's semantics, so only its speed is compared, not its results.
            Console.WriteLine($"  speed-up (baseline median / total median): {before / total:F1}×");
        }
        return Task.FromResult(0);
    }

    /// <summary>Prints min and median and returns the median.</summary>
    private static double Report(string label, List<double> times)
    {
        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"  {label,-28} min {times[0],8:F2} ms   median {median,8:F2} ms");
        return median;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParPortal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
