using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Plans;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Recipes;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>Point 8 of issue 13: every plan recipe imports on a fresh site (setup only), carrying the units it needs.</summary>
public sealed class PlanRecipeImportTests
{
    private sealed class FreshSite(string recipe) : ParPortalFactory
    {
        public override string[] Recipes => ["setup.json", "plans/" + recipe];
    }

    public static TheoryData<string> PlanRecipes()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "recipes", "plans"), "*.json").Order())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlanRecipes))]
    public async Task Recipe_ImportsOnAFreshSite_AndComputesEveryTask(string recipe)
    {
        var expected = PlanRecipe.Parse(await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "recipes", "plans", recipe))).Plans.Single();
        using var factory = new FreshSite(recipe);
        var api = await factory.ApiClientAsync("admin");

        var plans = await (await api.GetAsync("/api/plans")).ReadJsonAsync<List<PlanSummary>>();
        var plan = Assert.Single(plans);
        var progress = await PlanTestData.ProgressAsync(api, plan.Id, $"{expected.Year}-12-31");

        Assert.True(plan.IsPublished);
        Assert.Equal(expected.Tasks.Select(t => (t.Code, t.Unnumbered)), progress.Tasks.Select(t => (t.Code, t.Unnumbered)));
        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).Units.AnyAsync(u => u.Code == expected.IssuingUnit));
        foreach (var period in expected.ReportingPeriods)
        {
            Assert.Equal(period.Label, (await PlanTestData.ProgressAsync(api, plan.Id, $"{expected.Year}-12-31", period.Label)).Period);
        }
    }

    [Fact]
    public async Task DemoImportedAfterPlan004_StillRecordsTheMergerOfItsUnits()
    {
        using var factory = new OrderedSite();
        await using var scope = factory.Scope();

        var office = await factory.Db(scope).Units.Include(u => u.Successors).SingleAsync(u => u.Code == "GTVT-VP");

        Assert.Equal(new DateOnly(2025, 2, 28), office.ValidTo);
        Assert.Equal(["XD-VP"], office.Successors.Select(s => s.Code));
    }

    private sealed class OrderedSite : ParPortalFactory
    {
        public override string[] Recipes => ["setup.json", "plans/004_252965e07a3718f5.json", "demo.json"];
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ParPortal.sln not found above the test binaries.");
    }
}
