using System.Diagnostics;
using System.Globalization;
using ParPortal.Features.Plans;
using ParPortal.Features.Plans.Reports;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Recipes;

namespace ParPortal.Bench;

/// <summary>
/// The report of plan 004 (its 15 numbered tasks and the unnumbered Sở report) with 500 items counted as evidence:
/// the engine's progress, the report model, and the .docx and .xlsx writers, timed apart. Target: the .docx ≤ 2 s.
/// </summary>
public sealed class PlanReportBenchmark : IBenchmark
{
    public string Name => "plan-report";

    public string Description => "Report of plan 004 with 500 evidence items: build, .docx and .xlsx times (--items N, --runs N)";

    public Task<int> RunAsync(string[] args)
    {
        var count = BenchArgs.Option(args, "--items", 500);
        var runs = Math.Max(1, BenchArgs.Option(args, "--runs", 10));
        var recipe = PlanRecipe.Parse(File.ReadAllText(Path.Combine(PagesHost.RepoRoot(), "recipes", "plans", "004_252965e07a3718f5.json")));
        var plan = recipe.Plans.Single();
        var units = recipe.Units.Select(u => new QuotaUnit(u.Code, u.Name, u.Parent, u.ValidFrom, u.ValidTo, u.Successors)).ToList();
        string[] topics = ["chi-dao-dieu-hanh", "chi-so-cchc", "dich-vu-cong-truc-tuyen", "mot-cua-lien-thong", "sang-kien-mo-hinh", "cai-cach-thu-tuc-hanh-chinh"];
        var random = new Random(7);
        var start = new DateTimeOffset(2024, 1, 2, 8, 0, 0, TimeSpan.FromHours(7));
        var items = Enumerable.Range(0, count).Select(i => new QuotaItem(
            Guid.NewGuid(), i % 5 == 0 ? "Document" : "Article",
            $"Tin, bài tuyên truyền cải cách hành chính số {i + 1} của Sở Giao thông vận tải tỉnh Quảng Trị",
            i % 5 == 0 ? "Báo cáo" : null, [topics[random.Next(topics.Length)]], units[1 + random.Next(units.Count - 1)].Code,
            start.AddHours(random.Next(360 * 24)), [])).ToList();
        var input = new QuotaInput(items, units);
        var progress = QuotaEngine.Compute(plan, input, new DateOnly(2024, 12, 31));
        var evidence = progress.Tasks.Sum(t => t.Evidence.Count);

        var build = new List<double>();
        var docx = new List<double>();
        var xlsx = new List<double>();
        long docxBytes = 0;
        for (var run = 0; run < runs + 2; run++)
        {
            var watch = Stopwatch.StartNew();
            var report = PlanReportBuilder.Build(progress, plan, null, units);
            var buildMs = watch.Elapsed.TotalMilliseconds;
            using var word = new MemoryStream();
            watch.Restart();
            PlanReportDocxWriter.Write(word, report);
            var docxMs = watch.Elapsed.TotalMilliseconds;
            using var sheet = new MemoryStream();
            watch.Restart();
            PlanReportXlsxWriter.Write(sheet, report);
            var xlsxMs = watch.Elapsed.TotalMilliseconds;
            docxBytes = word.Length;
            // The first two runs warm up the JIT and are not reported.
            if (run >= 2)
            {
                build.Add(buildMs);
                docx.Add(docxMs);
                xlsx.Add(xlsxMs);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"plan-report (plan 004, {progress.Tasks.Count} tasks, {count} items, {evidence} evidence rows in the appendix, .docx {docxBytes / 1024.0:F0} kB), {runs} runs; target .docx ≤ 2 s"));
        Console.WriteLine(BenchArgs.Line("report model", build));
        Console.WriteLine(BenchArgs.Line(".docx", docx));
        Console.WriteLine(BenchArgs.Line(".xlsx", xlsx));
        return Task.FromResult(0);
    }
}
