using ParPortal.Quotas.Model;
using ParPortal.Quotas.Recipes;
using static ParPortal.Tests.Core.Quotas.QuotaTestData;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>
/// Point 7 of issue 13 on the recipes themselves: nothing the seeds write is dropped. Dates written twice become the
/// stricter rule with a note, the reporting periods the seeds name are encoded, tasks without a number stay tasks.
/// </summary>
public class SeedRecipeTests
{
    private static PlanDefinition Seed(string prefix)
    {
        var file = Directory.GetFiles(Path.Combine(PlanValidatorTests.RepoRoot(), "recipes", "plans"), prefix + "_*.json").Single();
        return PlanRecipe.Parse(File.ReadAllText(file)).Plans.Single();
    }

    [Fact]
    public void Seed004_UnitReportsTakeTheStricterOfTwoDates_WithANote()
    {
        // Mục IV.2: "trước 20/11/2024"; phụ lục 2.4: "Báo cáo năm trước 26/11/2024".
        var rule = Seed("004").Tasks.Single(t => t.Code == "2.4").Rules.OfType<PerUnitRule>()
            .Single(r => r.Window.Kind == WindowKind.Custom);

        Assert.Equal(D("2024-11-19"), rule.Window.To);
        Assert.Contains("20/11/2024", rule.Note);
        Assert.Contains("26/11/2024", rule.Note);
    }

    [Fact]
    public void Seed004_SixMonthReportsFollowTheProvincesDate_FiveDaysEarlierForUnits()
    {
        var plan = Seed("004");
        var half = plan.ReportingPeriods.Single(p => p.Kind == ReportingPeriodKind.HalfYear);
        var unitReports = plan.Tasks.Single(t => t.Code == "2.4").Rules.OfType<PerUnitRule>().Single(r => r.Window.Kind == WindowKind.PeriodDue);

        Assert.Equal(DueAnchor.External, half.DueRule!.Anchor);
        Assert.Equal("UBND tỉnh", half.DueRule.Authority);
        Assert.Equal((half.Label, 5), (unitReports.Window.Period, unitReports.Window.DaysBefore));
        Assert.Equal(D("2024-11-29"), plan.ReportingPeriods.Single(p => p.Kind == ReportingPeriodKind.Year).ResolveDueDate(2024));
    }

    [Fact]
    public void Seed004_KeepsTheUnnumberedSoLevelReport_AsATask()
    {
        var task = Seed("004").Tasks.Single(t => t.Content == "Báo cáo cấp Sở");

        Assert.True(task.Unnumbered);
        Assert.Equal("Văn phòng Sở", task.LeadUnit);
        Assert.Contains(task.Rules.OfType<DeliverableRule>(), r => r.DueDate == D("2024-11-29"));
    }

    [Fact]
    public void Seed002_ReportsBeforeTheTwelfthOfTheLastMonth_EveryQuarterHalfAndYear()
    {
        var plan = Seed("002");

        Assert.Equal(6, plan.ReportingPeriods.Count);
        Assert.All(plan.ReportingPeriods, p => Assert.Equal((DueAnchor.LastMonthOfPeriod, 12, true), (p.DueRule!.Anchor, p.DueRule.Day, p.DueRule.Before)));
        Assert.Equal(D("2022-06-11"), plan.ReportingPeriods.Single(p => p.Label.StartsWith("6 tháng", StringComparison.Ordinal)).ResolveDueDate(2022));
    }

    [Theory]
    [InlineData("000", 6)]
    [InlineData("003", 5)]
    public void QuarterlyAndSixMonthReports_AreEncoded_AsTheSeedsNameThem(string seed, int periods)
    {
        var plan = Seed(seed);

        Assert.Equal(periods, plan.ReportingPeriods.Count);
        Assert.Equal(4, plan.ReportingPeriods.Count(p => p.Kind == ReportingPeriodKind.Quarter));
        Assert.Single(plan.ReportingPeriods, p => p.Kind == ReportingPeriodKind.HalfYear);
    }

    [Theory]
    [InlineData("000", 13, 8)]
    [InlineData("003", 8, 12)]
    public void BulletsOfTheContentSection_StayVisibleAsUnnumberedTasks(string seed, int contents, int forms)
    {
        var plan = Seed(seed);

        Assert.Equal(contents, plan.Tasks.Count(t => t.GroupCode == "II.1"));
        Assert.Equal(forms, plan.Tasks.Count(t => t.GroupCode == "II.2"));
        Assert.All(plan.Tasks, t => Assert.True(t.Unnumbered));
        // No silence limit is invented: the seeds state none.
        Assert.All(plan.Tasks.SelectMany(t => t.Rules).OfType<RegularRule>(), r => Assert.Null(r.MaxSilenceDays));
    }

    [Fact]
    public void Seed001_TwoPlansDueTheSameDay_AreToldApartByTheirTitles()
    {
        var tasks = Seed("001").Tasks.Where(t => t.Code is "4" or "5").Select(t => t.Rules.OfType<DeliverableRule>().Single()).ToList();

        Assert.Equal(tasks[0].DueDate, tasks[1].DueDate);
        Assert.Equal(["bồi dưỡng"], tasks[0].TitleWords);
        Assert.Equal(["khảo sát"], tasks[1].TitleWords);
    }
}
