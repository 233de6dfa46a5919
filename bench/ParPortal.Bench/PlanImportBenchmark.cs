using System.Diagnostics;
using System.Globalization;
using ParPortal.Features.Plans.Import;
using ParPortal.Quotas.Import;
using ParPortal.Quotas.Recipes;
using ParPortal.Tests.Plans.Import;

namespace ParPortal.Bench;

/// <summary>
/// The plan importer on the five seeds (../shared/seeds), from their plain text and from .docx copies with real tables
/// and Word lists, scored against the plans encoded by hand in recipes/plans: task recall, rule accuracy, reporting
/// periods, rules added that the recipe does not have, and the time to read and parse each file.
/// </summary>
public sealed class PlanImportBenchmark : IBenchmark
{
    public string Name => "plan-import";

    public string Description => "Plan import: task recall and rule accuracy of the five seeds (.txt and .docx) against recipes/plans";

    public Task<int> RunAsync(string[] args)
    {
        var root = PagesHost.RepoRoot();
        var seeds = Path.Combine(root, "..", "shared", "seeds");
        var total = new Dictionary<string, (int Tasks, int Found, int Rules, int Right, int Extra, int Periods, int RightPeriods)>
        {
            ["txt"] = default,
            ["docx"] = default,
        };
        Console.WriteLine("plan-import: seed, format: tasks found / expected, rules right / expected (+ extra), periods, parse time (median of 20)");
        foreach (var recipeFile in Directory.GetFiles(Path.Combine(root, "recipes", "plans"), "*.json").Order())
        {
            var seed = Path.GetFileNameWithoutExtension(recipeFile);
            var recipe = PlanRecipe.Parse(File.ReadAllText(recipeFile));
            var expected = recipe.Plans.Single();
            var context = new PlanImportContext(expected.IssuingUnit, recipe.Units.Select(u => new ImportUnit(u.Code, u.Name, u.Parent)).ToList());
            var text = File.ReadAllText(Path.Combine(seeds, seed + ".txt"));
            var docx = SeedDocx.FromText(text);
            foreach (var (format, read) in new (string, Func<SourceDocument>)[]
            {
                ("txt", () => PlainTextReader.Read(text)),
                ("docx", () => DocxPlanReader.Read(new MemoryStream(docx, writable: false))),
            })
            {
                var times = new List<double>();
                PlanImportResult? result = null;
                for (var run = 0; run < 23; run++)
                {
                    var watch = Stopwatch.StartNew();
                    result = PlanFileParser.Parse(read(), context);
                    if (run >= 3)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                var score = PlanImportScore.Compare(expected, result!.Plan);
                var t = total[format];
                total[format] = (t.Tasks + score.ExpectedTasks, t.Found + score.FoundTasks, t.Rules + score.ExpectedRules, t.Right + score.RightRules,
                    t.Extra + score.ExtraRules, t.Periods + score.ExpectedPeriods, t.RightPeriods + score.RightPeriods);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {seed} {format,-4} tasks {score.FoundTasks,2}/{score.ExpectedTasks,-2} rules {score.RightRules,2}/{score.ExpectedRules,-2} (+{score.ExtraRules}) periods {score.RightPeriods}/{score.ExpectedPeriods}  {times[times.Count / 2],6:F2} ms"));
                foreach (var miss in score.Misses)
                {
                    Console.WriteLine("      " + miss);
                }
            }
        }

        foreach (var (format, t) in total)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"total {format,-4}: task recall {t.Found}/{t.Tasks} = {100.0 * t.Found / t.Tasks:F1} % (target ≥ 95 %), rule accuracy {t.Right}/{t.Rules} = {100.0 * t.Right / t.Rules:F1} % (target ≥ 90 %), periods {t.RightPeriods}/{t.Periods}, extra rules {t.Extra}"));
        }

        return Task.FromResult(0);
    }
}
