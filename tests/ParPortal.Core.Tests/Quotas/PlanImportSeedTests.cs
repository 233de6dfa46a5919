using ParPortal.Quotas.Import;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Recipes;
using Xunit.Abstractions;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>
/// The importer on the plain text of the five seed plans, scored against the recipes encoded by hand: every expected
/// task found, and the rules right. The same figures are printed by the <c>plan-import</c> benchmark.
/// </summary>
public class PlanImportSeedTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SeedFolder(), "*.txt").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    internal static string SeedFolder() => Path.Combine(PlanValidatorTests.RepoRoot(), "..", "shared", "seeds");

    internal static (PlanImportResult Result, PlanDefinition Expected, PlanImportContext Context) Import(string seed)
    {
        var recipe = PlanRecipe.Parse(File.ReadAllText(Path.Combine(PlanValidatorTests.RepoRoot(), "recipes", "plans", seed + ".json")));
        var expected = recipe.Plans.Single();
        var context = new PlanImportContext(expected.IssuingUnit, recipe.Units.Select(u => new ImportUnit(u.Code, u.Name, u.Parent)).ToList());
        var text = File.ReadAllText(Path.Combine(SeedFolder(), seed + ".txt"));
        return (PlanFileParser.Parse(PlainTextReader.Read(text), context), expected, context);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Import_FindsEveryTaskOfTheSeed_FromItsPlainText(string seed)
    {
        var (result, expected, _) = Import(seed);

        var score = PlanImportScore.Compare(expected, result.Plan);
        output.WriteLine($"{seed}: tasks {score.FoundTasks}/{score.ExpectedTasks}, rules {score.RightRules}/{score.ExpectedRules} (+{score.ExtraRules} extra), periods {score.RightPeriods}/{score.ExpectedPeriods}");
        foreach (var miss in score.Misses)
        {
            output.WriteLine("  " + miss);
        }

        foreach (var task in result.Plan.Tasks)
        {
            output.WriteLine($"  [{task.Code}] {task.Content[..Math.Min(50, task.Content.Length)]} :: {string.Join(" | ", task.Rules.Select(r => PlanImportScore.Signature(r, result.Plan)))}");
        }

        foreach (var note in result.Notes)
        {
            output.WriteLine("  note: " + note);
        }

        Assert.True(score.TaskRecall >= 0.85, $"task recall {score.TaskRecall:P0}");
    }
}
