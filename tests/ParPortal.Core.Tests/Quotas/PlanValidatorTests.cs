using ParPortal.Quotas.Model;
using ParPortal.Quotas.Recipes;
using ParPortal.Quotas.Validation;
using static ParPortal.Tests.Core.Quotas.QuotaTestData;

namespace ParPortal.Tests.Core.Quotas;

public class PlanValidatorTests
{
    private static IReadOnlyList<string> Validate(PlanDefinition plan) =>
        PlanValidator.Validate(plan, Types, SharedUnits.Select(u => u.Code).ToList(), Topics).Select(e => e.ToString()).ToList();

    [Fact]
    public void Validate_NamesTaskAndRule_WhenWindowEndsBeforeItStarts()
    {
        var plan = Plan(2024, Task("2.11", new CountRule { Min = 2, Window = QuotaWindow.Between(D("2024-06-30"), D("2024-01-01")) }));

        Assert.Equal(["Nhiệm vụ 2.11, quy tắc 1: cửa sổ kết thúc trước khi bắt đầu"], Validate(plan));
    }

    [Fact]
    public void Validate_ReportsEachProblem_WhenRulesAreWrong()
    {
        var plan = Plan(2024,
            Task("2.1", new CountRule { Min = 0, Types = ["Video"], Topics = ["khong-co"] }),
            Task("2.1", new CoverageRule { Percent = 120m }, new PerUnitRule { Min = 1, UnitSet = ["GTVT-XX"] }));

        var errors = Validate(plan);

        Assert.Contains("Nhiệm vụ 2.1, quy tắc 1: số lượng tối thiểu phải lớn hơn 0 (đang là 0)", errors);
        Assert.Contains("Nhiệm vụ 2.1, quy tắc 1: loại nội dung không xác định: Video", errors);
        Assert.Contains("Nhiệm vụ 2.1, quy tắc 1: chủ đề không xác định: khong-co", errors);
        Assert.Contains("Nhiệm vụ 2.1: mã nhiệm vụ bị trùng", errors);
        Assert.Contains(errors, e => e.StartsWith("Nhiệm vụ 2.1, quy tắc 1: tỷ lệ bao phủ", StringComparison.Ordinal));
        Assert.Contains("Nhiệm vụ 2.1, quy tắc 2: đơn vị không xác định: GTVT-XX", errors);
    }

    [Fact]
    public void Validate_AcceptsPlan_WhenEverythingIsKnown()
    {
        var plan = Plan(2024, Task("2.11", new CountRule { Min = 2, Types = ["Article"], Topics = ["chi-so-cchc"], Units = ["GTVT"], Window = QuotaWindow.FirstHalf() }));

        Assert.Empty(Validate(plan));
    }

    [Fact]
    public void PlanJson_RoundTripsRules_WithKindDiscriminator()
    {
        var plan = Plan(2024, Task("2.3",
            new DeliverableRule { Types = ["Document"], DocumentKinds = ["Công văn"], NotBefore = D("2024-05-01"), DueDate = D("2024-05-31") },
            new RegularRule { Topics = ["chinh-quyen-so"], MaxSilenceDays = 60 }));

        var json = PlanJson.Serialize(plan);
        var back = PlanJson.Deserialize(json);

        Assert.Contains("\"kind\": \"deliverable\"", json, StringComparison.Ordinal);
        Assert.Contains("Công văn", json, StringComparison.Ordinal);
        var deliverable = Assert.IsType<DeliverableRule>(back.Tasks[0].Rules[0]);
        Assert.Equal(D("2024-05-31"), deliverable.DueDate);
        Assert.Equal(60, Assert.IsType<RegularRule>(back.Tasks[0].Rules[1]).MaxSilenceDays);
    }

    public static TheoryData<string> RecipeFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "recipes", "plans"), "*.json").Order())
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RecipeFiles))]
    public void Recipe_ValidatesWithoutErrors_AgainstItsOwnUnitsOnly(string fileName)
    {
        // A fresh site has the setup's types and topics and no unit: the recipe must carry every unit it names.
        var json = File.ReadAllText(Path.Combine(RepoRoot(), "recipes", "plans", fileName));
        var recipe = PlanRecipe.Parse(json);
        var units = recipe.Units.Select(u => u.Code).ToList();

        var plan = Assert.Single(recipe.Plans);
        var errors = PlanValidator.Validate(plan, Types, units, Topics);

        Assert.Empty(errors.Select(e => e.ToString()));
        Assert.NotEmpty(plan.Tasks);
        Assert.True(json.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Recipe004_HasAppendixQuotas_AsWritten()
    {
        var plan = PlanRecipe.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "recipes", "plans", "004_252965e07a3718f5.json"))).Plans.Single();

        Assert.Equal(3, plan.Groups.Count);
        Assert.Equal(15, plan.Tasks.Count(t => !t.Unnumbered));
        Assert.Equal(D("2024-01-31"), Assert.IsType<DeliverableRule>(plan.Tasks.Single(t => t.Code == "2.1").Rules.Single()).DueDate);
        var h1 = plan.Tasks.Single(t => t.Code == "2.11").Rules.OfType<CountRule>().Single();
        Assert.Equal((2, WindowKind.FirstHalf), (h1.Min, h1.Window.Kind));
        Assert.Equal(7, plan.Tasks.Single(t => t.Code == "2.5").Rules.OfType<PerUnitRule>().Single().UnitSet.Count);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParPortal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("ParPortal.sln not found above the test binaries.");
    }
}
