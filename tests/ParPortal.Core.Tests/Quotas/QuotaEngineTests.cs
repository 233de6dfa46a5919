using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;
using static ParPortal.Tests.Core.Quotas.QuotaTestData;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>Count and per-unit rules: windows in local time, filters, links, pace, roll-up of merged units.</summary>
public class QuotaEngineTests
{
    [Fact]
    public void Count_IsMet_WhenItemsOnFirstAndLastDayOfWindow()
    {
        var input = Input(
            Item("2024-01-01T00:00:00", topics: ["chi-dao-dieu-hanh"]),
            Item("2024-06-30T23:59:00", topics: ["chi-dao-dieu-hanh"]));

        var rule = Rule(QuotaEngine.Compute(Plan(2024, Task("2.11", TwoArticlesFirstHalf)), input, D("2024-07-15")));

        Assert.Equal(2, rule.Done);
        Assert.Equal(QuotaStatus.Met, rule.Status);
    }

    [Fact]
    public void Count_ExcludesItems_WhenPublishedJustOutsideWindowInLocalTime()
    {
        var input = Input(
            Item("2023-12-31T23:59:00", topics: ["chi-dao-dieu-hanh"]),
            Item("2024-06-30T17:30:00Z", topics: ["chi-dao-dieu-hanh"]), // 2024-07-01 00:30 in Ha Noi
            Item("2024-06-30T16:59:00Z", topics: ["chi-dao-dieu-hanh"])); // 2024-06-30 23:59 in Ha Noi

        var rule = Rule(QuotaEngine.Compute(Plan(2024, Task("2.11", TwoArticlesFirstHalf)), input, D("2024-07-15")));

        Assert.Equal(1, rule.Done);
        Assert.Equal(D("2024-06-30"), rule.Items.Single().LocalDate);
        Assert.Equal(QuotaStatus.Missed, rule.Status);
    }

    [Fact]
    public void Count_IgnoresItems_WhenTypeOrTopicDoesNotMatch()
    {
        var input = Input(
            Item("2024-02-01T09:00:00", type: "Document", topics: ["chi-dao-dieu-hanh"]),
            Item("2024-02-02T09:00:00", topics: ["chinh-quyen-so"]),
            Item("2024-02-03T09:00:00", topics: ["chinh-quyen-so", "chi-dao-dieu-hanh"]));

        var rule = Rule(QuotaEngine.Compute(Plan(2024, Task("2.11", TwoArticlesFirstHalf)), input, D("2024-03-01")));

        Assert.Equal(1, rule.Done);
        Assert.Equal(CountReason.Filter, rule.Items.Single().Reason);
    }

    [Fact]
    public void Count_StopsCounting_WhenItemIsNoLongerPassedIn()
    {
        var first = Item("2024-02-01T09:00:00", topics: ["chi-dao-dieu-hanh"]);
        var second = Item("2024-03-01T09:00:00", topics: ["chi-dao-dieu-hanh"]);
        var plan = Plan(2024, Task("2.11", TwoArticlesFirstHalf));

        var before = Rule(QuotaEngine.Compute(plan, Input(first, second), D("2024-07-01")));
        var afterUnpublish = Rule(QuotaEngine.Compute(plan, Input(first), D("2024-07-01")));

        Assert.Equal(QuotaStatus.Met, before.Status);
        Assert.Equal(1, afterUnpublish.Done);
        Assert.Equal(QuotaStatus.Missed, afterUnpublish.Status);
        Assert.DoesNotContain(afterUnpublish.Items, i => i.Id == second.Id);
    }

    [Fact]
    public void Count_CountsLinkedItem_WhenFilterDoesNotMatch()
    {
        var linked = Item("2024-02-01T09:00:00", type: "Document", topics: ["tai-chinh-cong"], links: ["2.11"]);
        var both = Item("2024-02-02T09:00:00", topics: ["chi-dao-dieu-hanh"], links: ["2.11"]);
        var otherTask = Item("2024-02-03T09:00:00", type: "Document", links: ["2.12"]);

        var rule = Rule(QuotaEngine.Compute(Plan(2024, Task("2.11", TwoArticlesFirstHalf)), Input(linked, both, otherTask), D("2024-03-01")));

        Assert.Equal(2, rule.Done);
        Assert.Equal(CountReason.Link, rule.Items.Single(i => i.Id == linked.Id).Reason);
        Assert.Equal(CountReason.FilterAndLink, rule.Items.Single(i => i.Id == both.Id).Reason);
    }

    [Fact]
    public void Count_IgnoresLinkedItem_WhenPublishedOutsideWindow()
    {
        var input = Input(Item("2024-07-02T09:00:00", links: ["2.11"]));

        var rule = Rule(QuotaEngine.Compute(Plan(2024, Task("2.11", TwoArticlesFirstHalf)), input, D("2024-07-15")));

        Assert.Equal(0, rule.Done);
    }

    [Theory]
    [InlineData("2024-01-31", 0, "OnTrack")]   // pace requires ⌊2 × 31/182⌋ = 0
    [InlineData("2024-04-01", 0, "Behind")]    // pace requires ⌊2 × 92/182⌋ = 1
    [InlineData("2024-04-01", 1, "OnTrack")]
    [InlineData("2024-06-30", 1, "Behind")]    // last day: the full quota is due by pace
    [InlineData("2024-07-01", 1, "Missed")]
    [InlineData("2023-12-31", 0, "NotStarted")]
    public void Count_StatusFollowsPace_WhenWindowIsOpen(string asOf, int published, string expected)
    {
        var items = Enumerable.Range(0, published)
            .Select(i => Item($"2024-01-{10 + i}T09:00:00", topics: ["chi-dao-dieu-hanh"]))
            .ToArray();

        var rule = Rule(QuotaEngine.Compute(Plan(2024, Task("2.11", TwoArticlesFirstHalf)), Input(items), D(asOf)));

        Assert.Equal(Enum.Parse<QuotaStatus>(expected), rule.Status);
    }

    [Fact]
    public void Count_IgnoresItemsAfterAsOf_WhenComputingThePast()
    {
        var input = Input(Item("2024-03-10T09:00:00", topics: ["chi-dao-dieu-hanh"]), Item("2024-05-10T09:00:00", topics: ["chi-dao-dieu-hanh"]));

        var rule = Rule(QuotaEngine.Compute(Plan(2024, Task("2.11", TwoArticlesFirstHalf)), input, D("2024-04-01")));

        Assert.Equal(1, rule.Done);
    }

    [Fact]
    public void Count_UsesQuarterRange_WhenWindowIsQ2ToQ3()
    {
        var rule = new CountRule { Min = 1, Types = ["Article"], Window = QuotaWindow.Quarter(2, 3) };
        var input = Input(Item("2024-03-31T23:00:00"), Item("2024-10-01T08:00:00"));

        var progress = Rule(QuotaEngine.Compute(Plan(2024, Task("2.9", rule)), input, D("2024-10-15")), "2.9");

        Assert.Equal(new DateRange(D("2024-04-01"), D("2024-09-30")), progress.Window);
        Assert.Equal(QuotaStatus.Missed, progress.Status);
    }

    [Fact]
    public void PerUnit_ReportsEachUnit_WhenOneUnitIsMissing()
    {
        var rule = new PerUnitRule { Min = 1, Types = ["Article", "Document"], UnitSet = ["GTVT-VP", "GTVT-TTR", "GTVT-DK"] };
        var input = Input(
            Item("2024-03-01T09:00:00", unit: "GTVT-VP"),
            Item("2024-03-02T09:00:00", type: "Document", unit: "GTVT-TTR"),
            Item("2024-03-03T09:00:00", unit: "GTVT-KHTC"));

        var progress = Rule(QuotaEngine.Compute(Plan(2024, Task("2.5", rule)), input, D("2025-01-10")), "2.5");

        Assert.Equal(3, progress.Required);
        Assert.Equal(2, progress.Done);
        Assert.Equal(QuotaStatus.Met, progress.Units.Single(u => u.UnitCode == "GTVT-VP").Status);
        Assert.Equal(QuotaStatus.Missed, progress.Units.Single(u => u.UnitCode == "GTVT-DK").Status);
        Assert.Equal(QuotaStatus.Missed, progress.Status);
        Assert.Equal(2, progress.Items.Count);
    }

    [Fact]
    public void PerUnit_RollsUpMergedUnits_UnlessPlanTurnsItOff()
    {
        var rule = new PerUnitRule { Min = 2, Types = ["Article"], UnitSet = ["XD-HTGT"], Window = QuotaWindow.Year() };
        var input = Input(Item("2025-02-10T09:00:00", unit: "GTVT-KCHT"), Item("2025-04-10T09:00:00", unit: "GTVT-CL"));
        var plan = Plan(2025, Task("1", rule));

        var rolled = Rule(QuotaEngine.Compute(plan, input, D("2025-05-01")), "1");
        var strict = Rule(QuotaEngine.Compute(plan with { RollUpMergedUnits = false }, input, D("2025-05-01")), "1");

        Assert.Equal(2, rolled.Units.Single().Done);
        Assert.Equal(QuotaStatus.Met, rolled.Status);
        Assert.Equal(0, strict.Units.Single().Done);
    }

    [Fact]
    public void Count_RollsUpTransitively_WhenUnitWasMergedTwice()
    {
        var units = new[]
        {
            Unit("A", null, "2000-01-01", "2020-12-31", "B"),
            Unit("B", null, "2021-01-01", "2023-12-31", "C"),
            Unit("C", null, "2024-01-01", null),
        };
        var rule = new CountRule { Min = 1, Units = ["C"] };
        var input = new QuotaInput([Item("2024-02-01T09:00:00", unit: "A")], units);
        var plan = Plan(2024, Task("1", rule)) with { IssuingUnit = "C" };

        var progress = QuotaEngine.Compute(plan, input, D("2024-03-01"));

        Assert.Equal(QuotaStatus.Met, Rule(progress, "1").Status);
        Assert.Contains(progress.Matrix.Cells, c => c.UnitCode == "C" && c.TaskCode == "1" && c.Done == 1);
    }
}
