using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;
using static ParPortal.Tests.Core.Quotas.QuotaTestData;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>Edges of the compact index: window slices by binary search, local midnight, order and repeats.</summary>
public class QuotaItemIndexTests
{
    private static readonly CountRule AnyArticleFirstHalf = new() { Min = 1, Types = ["Article"], Window = QuotaWindow.FirstHalf() };

    private static RuleProgress Rule(PlanProgress progress) => progress.Tasks.Single().Rules.Single();

    private static RuleProgress Compute(CountRule rule, string asOf, params QuotaItem[] items) =>
        Rule(QuotaEngine.Compute(Plan(2024, Task("2.11", rule)), Input(items), D(asOf)));

    [Fact]
    public void Window_IncludesFirstAndLastItemOfIndex_WhenTheyFallOnWindowStartAndEnd()
    {
        // The only items are on the window's first and last day, so each bound is found at an end of the arrays.
        var first = Item("2024-01-01T00:00:00");
        var last = Item("2024-06-30T23:59:59");

        var rule = Compute(AnyArticleFirstHalf, "2024-12-31", last, first);

        Assert.Equal([first.Id, last.Id], rule.ItemIds);
    }

    [Fact]
    public void Window_ExcludesNeighbours_WhenTheyFallOneDayOutsideEitherEnd()
    {
        var before = Item("2023-12-31T23:59:59");
        var inside = Item("2024-03-01T09:00:00");
        var after = Item("2024-07-01T00:00:00");

        var rule = Compute(AnyArticleFirstHalf, "2024-12-31", after, inside, before);

        Assert.Equal([inside.Id], rule.ItemIds);
    }

    [Fact]
    public void Window_CountsItemOnItsLocalDay_WhenPublishedExactlyAtLocalMidnight()
    {
        // 00:00 in Ha Noi is 17:00 UTC the day before: the item belongs to the local day it opens.
        var midnightStart = Item("2023-12-31T17:00:00Z");
        var midnightAfterEnd = Item("2024-07-01T00:00:00+07:00");
        var lastSecond = Item("2024-06-30T16:59:59Z");

        var rule = Compute(AnyArticleFirstHalf, "2024-12-31", midnightAfterEnd, lastSecond, midnightStart);

        Assert.Equal([midnightStart.Id, lastSecond.Id], rule.ItemIds);
        Assert.Equal(D("2024-01-01"), rule.Items[0].LocalDate);
        Assert.Equal(D("2024-06-30"), rule.Items[1].LocalDate);
    }

    [Fact]
    public void Window_StopsAtAsOf_WhenItemIsPublishedAtMidnightAfterAsOf()
    {
        var onAsOf = Item("2024-03-01T23:59:59");
        var nextMidnight = Item("2024-03-02T00:00:00");

        var rule = Compute(AnyArticleFirstHalf, "2024-03-01", nextMidnight, onAsOf);

        Assert.Equal([onAsOf.Id], rule.ItemIds);
    }

    [Fact]
    public void Items_AreOldestFirst_WhenPassedInAnyOrderAcrossAndWithinDays()
    {
        var items = new[]
        {
            Item("2024-02-01T15:00:00"), Item("2024-01-15T09:00:00"), Item("2024-02-01T08:00:00"), Item("2024-02-01T08:00:01"),
        };

        var rule = Compute(AnyArticleFirstHalf, "2024-12-31", items);

        Assert.Equal(items.OrderBy(i => i.PublishedAt).Select(i => i.Id), rule.ItemIds);
        Assert.Equal(rule.ItemIds, rule.Items.Select(i => i.Id));
    }

    [Fact]
    public void Items_KeepCallersOrder_WhenPublishedInTheSameTick()
    {
        var a = Item("2024-02-01T09:00:00", title: "a");
        var b = Item("2024-02-01T09:00:00", title: "b");

        Assert.Equal([a.Id, b.Id], Compute(AnyArticleFirstHalf, "2024-12-31", a, b).ItemIds);
        Assert.Equal([b.Id, a.Id], Compute(AnyArticleFirstHalf, "2024-12-31", b, a).ItemIds);
    }

    [Fact]
    public void Window_StillFound_WhenAnOutlyingDateForcesTheComparisonSort()
    {
        // Year 1 and year 9000 make the day histogram too wide, so the index sorts by comparison instead.
        var ancient = Item("0001-01-02T00:00:00Z");
        var future = Item("9000-01-01T00:00:00Z");
        var inside = Item("2024-05-05T10:00:00");

        var rule = Compute(AnyArticleFirstHalf, "2024-12-31", future, inside, ancient);

        Assert.Equal([inside.Id], rule.ItemIds);
        Assert.Equal(3, QuotaItemIndex.Build([future, inside, ancient]).Count);
    }

    [Fact]
    public void Count_CountsItemOnce_WhenItMatchesSeveralTopicsOrRepeatsOne()
    {
        var rule = new CountRule { Min = 1, Topics = ["chi-so-cchc", "chinh-quyen-so"], Window = QuotaWindow.FirstHalf() };
        var item = Item("2024-02-01T09:00:00", topics: ["chinh-quyen-so", "chi-so-cchc", "chi-so-cchc"]);
        var other = Item("2024-02-02T09:00:00", topics: ["chi-so-cchc"]);

        var progress = Compute(rule, "2024-12-31", other, item);

        Assert.Equal(2, progress.Done);
        Assert.Equal([item.Id, other.Id], progress.ItemIds);
    }

    [Fact]
    public void Evidence_KeepsFirstRulesReason_WhenTwoRulesCountTheSameItem()
    {
        var byLink = new CountRule { Min = 1, Types = ["Document"], Window = QuotaWindow.FirstHalf() };
        var byFilter = new CountRule { Min = 1, Types = ["Article"], Window = QuotaWindow.FirstHalf() };
        var item = Item("2024-02-01T09:00:00", links: ["2.11"]);

        var task = QuotaEngine.Compute(Plan(2024, Task("2.11", byLink, byFilter)), Input(item), D("2024-12-31")).Tasks.Single();

        Assert.Equal(CountReason.Link, task.Rules[0].Items.Single().Reason);
        Assert.Equal(CountReason.FilterAndLink, task.Rules[1].Items.Single().Reason);
        Assert.Equal(CountReason.Link, task.Evidence.Single().Reason);
        Assert.Equal([item.Id], task.EvidenceIds);
    }

    [Fact]
    public void Count_MatchesNothing_WhenFilterNamesATypeNoItemHas()
    {
        var rule = new CountRule { Min = 1, Types = ["Podcast"], Window = QuotaWindow.FirstHalf() };

        var progress = Compute(rule, "2024-12-31", Item("2024-02-01T09:00:00"));

        Assert.Equal(0, progress.Done);
        Assert.Empty(progress.Items);
    }
}
