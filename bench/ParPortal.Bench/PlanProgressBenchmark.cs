using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Plans;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Recipes;
using ParPortal.Time;

namespace ParPortal.Bench;

/// <summary>
/// The full progress computation as the dashboard runs it (load from the database + compute) for plan 004 on a
/// SQLite database made by the real migrations with 100,000 published items spread over 2020–2025. The site is a
/// provincial portal with two agencies (Sở GTVT, whose plan it is, and a Sở Y tế publishing as much), so the agency
/// scope excludes half of what is loaded; the plan carries a coverage rule as well, so the procedures' publication
/// history (versions and removals) is loaded and replayed as of the date. Prints min/median over several runs; the
/// target is ≤ 100 ms.
/// </summary>
public sealed class PlanProgressBenchmark : IBenchmark
{
    private const int Warmup = 3;

    public string Name => "plan-progress";

    public string Description => "Plan progress load + compute: plan 004 (+ coverage) over 100,000 items of two agencies in SQLite, and the old items query (--items N, --runs N, --no-baseline, --no-coverage, --stages, --keep)";

    public async Task<int> RunAsync(string[] args)
    {
        var count = BenchArgs.Option(args, "--items", 100_000);
        var runs = Math.Max(1, BenchArgs.Option(args, "--runs", 15));
        var folder = Path.Combine(Path.GetTempPath(), "parportal-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bench.db") }.ToString();
        var options = new DbContextOptionsBuilder<SqliteParPortalDbContext>().UseSqlite(cs).AddInterceptors(new SqlitePragmaInterceptor()).Options;
        try
        {
            var recipe = Path.Combine(PagesHost.RepoRoot(), "recipes", "plans", "004_252965e07a3718f5.json");
            var plan = PlanRecipe.Parse(await File.ReadAllTextAsync(recipe)).Plans.Single();
            // Seed 002's coverage requirement added to plan 004, so that the procedure history is part of the load
            // (--no-coverage leaves it out, to see its share).
            if (!args.Contains("--no-coverage"))
            {
                plan = plan with
                {
                    Tasks = [.. plan.Tasks, new PlanTask { Code = "I.2-1", Content = "Đảm bảo 100% bộ TTHC được công khai", Unnumbered = true, Rules = [new CoverageRule { Percent = 100m }] }],
                };
            }
            Guid planId;
            var setup = Stopwatch.StartNew();
            await using (var db = new SqliteParPortalDbContext(options))
            {
                await db.Database.MigrateAsync();
                planId = await PlanProgressData.SeedAsync(db, plan);
            }

            await PlanProgressData.InsertItemsAsync(cs, plan, planId, count);
            Console.WriteLine($"setup: migrations + {count:N0} items in {setup.Elapsed.TotalSeconds:F1} s");

            var asOf = new DateOnly(2024, 9, 15);
            var load = new List<double>();
            var compute = new List<double>();
            var total = new List<double>();
            var cpu = new List<double>();
            var loaded = 0;
            var procedures = 0;
            var evidence = 0;
            for (var i = 0; i < Warmup + runs; i++)
            {
                await using var db = new SqliteParPortalDbContext(options);
                var service = new PlanProgressService(db, TimeProvider.System);
                // The same steps as ComputeAsync (plan, input, engine), timed apart. Wall time is noisy on a shared
                // machine, so the process CPU time of each run is kept beside it.
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var loadedPlan = await service.LoadPlanAsync(planId) ?? throw new InvalidOperationException("plan not found");
                var input = await service.LoadInputAsync(planId, loadedPlan.Definition, asOf);
                var loadMs = watch.Elapsed.TotalMilliseconds;
                var progress = QuotaEngine.Compute(loadedPlan.Definition, input, asOf);
                var totalMs = watch.Elapsed.TotalMilliseconds;
                var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
                if (i >= Warmup)
                {
                    load.Add(loadMs);
                    compute.Add(totalMs - loadMs);
                    total.Add(totalMs);
                    cpu.Add(cpuMs);
                }

                loaded = input.Items.Count;
                procedures = input.Procedures.Count;
                evidence = progress.Tasks.Sum(t => t.EvidenceIds.Count);
            }

            if (args.Contains("--stages"))
            {
                await PlanProgressStages.PrintAsync(options, planId, plan, asOf, runs);
            }

            // The old items query alone, on the same database in the same process right after the new load, so that
            // the comparison does not depend on figures taken at another time on this shared machine.
            var baseline = new List<double>();
            var baselineCpu = new List<double>();
            var span = ParPortal.Features.Plans.PlanSpan.Of(plan);
            var fromUtc = new DateTimeOffset(span.Start.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).UtcDateTime;
            var toUtc = new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).UtcDateTime;
            var baselineItems = 0;
            for (var i = 0; i < (args.Contains("--no-baseline") ? 0 : Warmup + runs); i++)
            {
                await using var db = new SqliteParPortalDbContext(options);
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                baselineItems = await PlanProgressBaseline.LoadItemsAsync(db, fromUtc, toUtc);
                if (i >= Warmup)
                {
                    baseline.Add(watch.Elapsed.TotalMilliseconds);
                    baselineCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"plan-progress (plan 004 + a coverage rule, two agencies, as of {asOf:yyyy-MM-dd}): {loaded:N0} items and {procedures:N0} procedure histories loaded, {evidence:N0} evidence rows; over {runs} runs (target load + compute ≤ 100 ms)"));
            Console.WriteLine(BenchArgs.Line("load", load));
            Console.WriteLine(BenchArgs.Line("compute", compute));
            Console.WriteLine(BenchArgs.Line("load + compute", total));
            Console.WriteLine(BenchArgs.Line("CPU (process)", cpu));
            if (baseline.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"before (the old items query alone, same database, {baselineItems:N0} items; --no-baseline skips it):"));
                Console.WriteLine(BenchArgs.Line("old query", baseline));
                Console.WriteLine(BenchArgs.Line("CPU (process)", baselineCpu));
            }
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            // --keep leaves the database for EXPLAIN QUERY PLAN with the sqlite3 shell.
            if (args.Contains("--keep"))
            {
                Console.WriteLine("kept: " + folder);
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
