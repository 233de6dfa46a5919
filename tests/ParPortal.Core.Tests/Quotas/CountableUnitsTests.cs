using System.Text.Json;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Recipes;
using static ParPortal.Tests.Core.Quotas.QuotaTestData;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>
/// <see cref="QuotaEngine.CountableUnits"/> lets the plan-progress loader read only the items of the units a plan can
/// count (issue 13: "with agency scoping"). It is safe only if the engine gives exactly the same progress without the
/// other items: checked on the five seed plans over a shared site with another agency, merged units, items without a
/// unit and linked items of every unit.
/// </summary>
public class CountableUnitsTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static TheoryData<string> Seeds() => new(Directory.GetFiles(Path.Combine(PlanValidatorTests.RepoRoot(), "recipes", "plans"), "*.json")
        .Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_GivesTheSameProgress_WhenOnlyTheCountableUnitsItemsAreLoaded(string file)
    {
        var recipe = PlanRecipe.Parse(File.ReadAllText(Path.Combine(PlanValidatorTests.RepoRoot(), "recipes", "plans", file)));
        var units = recipe.Units.Select(u => new QuotaUnit(u.Code, u.Name, u.Parent, u.ValidFrom, u.ValidTo, u.Successors));

        AssertSameProgressWithCountableUnitsOnly(recipe.Plans.Single(), units, seed: file.Sum(c => c));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Compute_GivesTheSameProgress_WhenRulesNameTheOtherAgencysUnits(bool rollUp)
    {
        // Sở Y tế's office was merged into a new unit in March; the plan's rules name it, its successor and its inspectorate.
        var units = new[] { Unit("SYT-KT", null, "2008-01-01", "2024-03-01", "SYT-KTM"), Unit("SYT-KTM", "SYT", "2024-03-02", null) };
        var plan = Plan(2024,
            Task("9.1", new CountRule { Min = 3, Types = ["Article"], Units = ["SYT-TTR"], Window = QuotaWindow.FirstHalf() }),
            Task("9.2", new PerUnitRule { Min = 2, Types = ["Article"], UnitSet = ["GTVT-VP", "SYT-KT"] }),
            Task("9.3", new DeliverableRule { Types = ["Document"], Units = ["SYT-VP"], DueDate = new DateOnly(2024, 10, 1) }))
            with { RollUpMergedUnits = rollUp };

        AssertSameProgressWithCountableUnitsOnly(plan, units, seed: 7);
    }

    private static void AssertSameProgressWithCountableUnitsOnly(PlanDefinition plan, IEnumerable<QuotaUnit> extraUnits, int seed)
    {
        var units = SharedUnits
            .Concat(extraUnits)
            .Concat([Unit("SYT", null, "2008-01-01", null), Unit("SYT-VP", "SYT", "2008-01-01", null), Unit("SYT-TTR", "SYT", "2008-01-01", null)])
            .DistinctBy(u => u.Code)
            .ToList();
        var all = SharedSite(plan, units, seed);
        var countable = QuotaEngine.CountableUnits(plan, units);
        Assert.NotNull(countable);
        var scoped = all.Where(i => i.LinkedTaskCodes.Count > 0 || (i.UnitCode is not null && countable.Contains(i.UnitCode))).ToList();
        // Items are really left out, so that the comparison below is not of two equal inputs.
        Assert.True(scoped.Count < all.Count * 0.9, $"{scoped.Count} of {all.Count} items kept");

        foreach (var asOf in new[] { new DateOnly(plan.Year, 3, 31), new DateOnly(plan.Year, 9, 15), new DateOnly(plan.Year + 1, 1, 20) })
        {
            var full = QuotaEngine.Compute(plan, new QuotaInput(all, units), asOf);
            var part = QuotaEngine.Compute(plan, new QuotaInput(scoped, units), asOf);

            Assert.Equal(JsonSerializer.Serialize(full, Json), JsonSerializer.Serialize(part, Json));
            Assert.Contains(full.Tasks, t => t.Rules.Any(r => r.Done > 0));
            foreach (var period in plan.ReportingPeriods.Where(p => p.Window.Resolve(plan.Year) is not null))
            {
                Assert.Equal(
                    JsonSerializer.Serialize(QuotaEngine.ComputeForPeriod(plan, new QuotaInput(all, units), period, asOf), Json),
                    JsonSerializer.Serialize(QuotaEngine.ComputeForPeriod(plan, new QuotaInput(scoped, units), period, asOf), Json));
            }
        }
    }

    [Fact]
    public void CountableUnits_IsNull_WhenThePlanNamesNoAgency()
    {
        var plan = Plan(2024, Task("1", new CountRule { Min = 1 })) with { IssuingUnit = "" };

        Assert.Null(QuotaEngine.CountableUnits(plan, SharedUnits));
    }

    [Fact]
    public void CountableUnits_AddsTheSuccessorsOfAJudgedUnit_WhenThePlanRollsUpMergedUnits()
    {
        var units = new[] { Unit("A", null, "2008-01-01", null), Unit("B", null, "2008-01-01", "2024-03-01", "C"), Unit("C", null, "2024-03-02", null), Unit("D", null, "2008-01-01", null) };
        var plan = Plan(2024, Task("1", new PerUnitRule { Min = 1, UnitSet = ["B"] })) with { IssuingUnit = "A" };

        Assert.Equal(["A", "B", "C"], QuotaEngine.CountableUnits(plan with { RollUpMergedUnits = true }, units)!.Order());
        Assert.Equal(["A", "B"], QuotaEngine.CountableUnits(plan with { RollUpMergedUnits = false }, units)!.Order());
    }

    /// <summary>
    /// A provincial portal's year around the plan: every unit publishes every kind of item the plan's rules ask for,
    /// with the rules' title words and topics now and then; some items have no unit and some are linked to a task.
    /// </summary>
    private static List<QuotaItem> SharedSite(PlanDefinition plan, IReadOnlyList<QuotaUnit> units, int seed)
    {
        var random = new Random(seed);
        var rules = plan.Tasks.SelectMany(t => t.Rules).ToList();
        var kinds = rules.OfType<FilteredRule>().SelectMany(r => r.DocumentKinds)
            .Concat(rules.OfType<DeliverableRule>().SelectMany(r => r.DocumentKinds)).Distinct().ToArray();
        var words = rules.OfType<FilteredRule>().SelectMany(r => r.TitleWords)
            .Concat(rules.OfType<DeliverableRule>().SelectMany(r => r.TitleWords)).Distinct().ToArray();
        var topics = rules.OfType<FilteredRule>().SelectMany(r => r.Topics).Concat(Topics).Distinct().ToArray();
        var unitCodes = units.Select(u => (string?)u.Code).Append(null).ToArray();
        var start = new DateTimeOffset(plan.Year - 1, 11, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var items = new List<QuotaItem>();
        for (var i = 0; i < 3000; i++)
        {
            var type = Types[random.Next(Types.Length)];
            var kind = type == "Document" && kinds.Length > 0 && random.Next(2) == 0 ? kinds[random.Next(kinds.Length)] : null;
            var title = "Tin " + i + (words.Length > 0 && random.Next(3) == 0 ? " " + words[random.Next(words.Length)] : "");
            var links = random.Next(40) == 0 ? new[] { plan.Tasks[random.Next(plan.Tasks.Count)].Code } : [];
            items.Add(new QuotaItem(
                Guid.NewGuid(), type, title, kind, [topics[random.Next(topics.Length)]], unitCodes[random.Next(unitCodes.Length)],
                start.AddHours(random.Next(24 * 500)), links));
        }
        return items.OrderBy(i => i.PublishedAt).ToList();
    }
}
