using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;
using static ParPortal.Tests.Core.Quotas.QuotaTestData;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>
/// The quota semantics of issue 13, points 5 to 7: regular tasks in every reporting period, distinct deliverables,
/// dates another body sets.
/// </summary>
public class QuotaRegularAndDeliverableTests
{
    // 5. "Thường xuyên" tasks expect activity in every reporting period.

    private static PlanDefinition Quarterly(PlanTask task) => Plan(2022, task) with
    {
        ReportingPeriods = [.. Enumerable.Range(1, 4).Select(q => new ReportingPeriod { Label = $"Quý {q}/2022", Kind = ReportingPeriodKind.Quarter, Window = QuotaWindow.Quarter(q) })],
    };

    [Fact]
    public void Regular_IsMissed_WhenAClosedQuarterHadNoActivity()
    {
        var plan = Quarterly(Task("2.2", new RegularRule { Types = ["Article"] }));
        var input = Input(Item("2022-02-10T09:00:00"), Item("2022-08-10T09:00:00"));

        var rule = Rule(QuotaEngine.Compute(plan, input, D("2022-10-05")), "2.2");

        Assert.Equal(["Met", "Missed", "Met", "Behind"], rule.Periods.Select(p => p.Status.ToString()));
        Assert.Equal([1, 0, 1, 0], rule.Periods.Select(p => p.Count));
        Assert.Equal(QuotaStatus.Missed, rule.Status);
        Assert.Equal([0, 1, 0, 0, 0, 0, 0, 1, 0, 0], rule.Months.Select(m => m.Count));
        // No silence limit is stated by the plan, so none is invented.
        Assert.Empty(rule.Silences);
    }

    [Fact]
    public void Regular_IsBehind_WhileTheOpenQuarterHasNoActivity_AndOnTrackOnceItHas()
    {
        var plan = Quarterly(Task("2.2", new RegularRule { Types = ["Article"] }));
        var before = Input(Item("2022-02-10T09:00:00"), Item("2022-05-10T09:00:00"));
        var after = Input(Item("2022-02-10T09:00:00"), Item("2022-05-10T09:00:00"), Item("2022-07-04T09:00:00"));

        var behind = QuotaEngine.Compute(plan, before, D("2022-07-05"));
        var onTrack = QuotaEngine.Compute(plan, after, D("2022-07-05"));

        Assert.Equal(QuotaStatus.Behind, Rule(behind, "2.2").Status);
        Assert.Contains(behind.DueNext, d => d.TaskCode == "2.2" && d.Date == D("2022-09-30"));
        Assert.Equal(QuotaStatus.OnTrack, Rule(onTrack, "2.2").Status);
    }

    [Fact]
    public void Regular_UsesTheRulesWindow_WhenThePlanNamesNoPeriod()
    {
        var plan = Plan(2023, Task("6", new RegularRule { Types = ["Article"] }));

        var none = Rule(QuotaEngine.Compute(plan, Input(), D("2024-01-05")), "6");
        var some = Rule(QuotaEngine.Compute(plan, Input(Item("2023-11-01T09:00:00")), D("2024-01-05")), "6");

        Assert.Equal(QuotaStatus.Missed, none.Status);
        Assert.Equal(QuotaStatus.Met, some.Status);
        Assert.Single(some.Periods);
    }

    // 6. Distinct deliverables.

    private static DeliverableRule PlanDocument(string due, params string[] titleWords) =>
        new() { Types = ["Document"], DocumentKinds = ["Kế hoạch"], DueDate = D(due), TitleWords = titleWords };

    [Fact]
    public void Deliverables_NeedTwoDocuments_WhenTwoTasksEachRequireOne()
    {
        var plan = Plan(2023, Task("4", PlanDocument("2023-12-14")), Task("5", PlanDocument("2023-10-31")));
        var one = Input(Item("2023-06-01T09:00:00", type: "Document", kind: "Kế hoạch"));
        var two = Input(Item("2023-06-01T09:00:00", type: "Document", kind: "Kế hoạch"), Item("2023-07-01T09:00:00", type: "Document", kind: "Kế hoạch"));

        var withOne = QuotaEngine.Compute(plan, one, D("2023-12-20"));
        var withTwo = QuotaEngine.Compute(plan, two, D("2023-12-20"));

        // The earlier due date gets the one document; the other task is still without its product.
        Assert.Equal(QuotaStatus.Met, Rule(withOne, "5").Status);
        Assert.Equal(QuotaStatus.Overdue, Rule(withOne, "4").Status);
        Assert.All(withTwo.Tasks, t => Assert.Equal(QuotaStatus.Met, t.Status));
        Assert.NotEqual(Rule(withTwo, "4").Items.Single().Id, Rule(withTwo, "5").Items.Single().Id);
    }

    [Fact]
    public void Deliverable_RequiresTitleWords_WithoutCaseOrDiacritics()
    {
        var plan = Plan(2023, Task("4", PlanDocument("2023-12-14", "bồi dưỡng")), Task("5", PlanDocument("2023-12-14", "khao sat")));
        var input = Input(
            Item("2023-05-01T09:00:00", type: "Document", kind: "Kế hoạch", title: "Kế hoạch tổ chức đoàn KHẢO SÁT chuyển đổi số"),
            Item("2023-06-01T09:00:00", type: "Document", kind: "Kế hoạch", title: "Kế hoạch tuyên truyền năm 2023"));

        var progress = QuotaEngine.Compute(plan, input, D("2023-12-20"));

        Assert.Equal(QuotaStatus.Overdue, Rule(progress, "4").Status);
        Assert.Equal("Kế hoạch tổ chức đoàn KHẢO SÁT chuyển đổi số", Rule(progress, "5").Items.Single().Title);
    }

    [Fact]
    public void Deliverables_ShareOneDocument_OnlyWhenAnEditorLinkedItToBoth()
    {
        var plan = Plan(2023, Task("4", PlanDocument("2023-12-14")), Task("5", PlanDocument("2023-12-14")));
        var linkedToOne = Input(Item("2023-06-01T09:00:00", type: "Document", kind: "Kế hoạch", links: ["4"]));
        var linkedToBoth = Input(Item("2023-06-01T09:00:00", type: "Document", kind: "Kế hoạch", links: ["4", "5"]));

        var one = QuotaEngine.Compute(plan, linkedToOne, D("2023-12-20"));
        var both = QuotaEngine.Compute(plan, linkedToBoth, D("2023-12-20"));

        Assert.Equal((QuotaStatus.Met, QuotaStatus.Overdue), (Rule(one, "4").Status, Rule(one, "5").Status));
        Assert.Equal((QuotaStatus.Met, QuotaStatus.Met), (Rule(both, "4").Status, Rule(both, "5").Status));
    }

    [Fact]
    public void Deliverables_FindTheMatchingThatServesEveryTask_WhenGreedyWouldNot()
    {
        // "A" fits both tasks, "B" only the one due first: a greedy choice of "A" for the first would starve the second.
        var plan = Plan(2023, Task("1", PlanDocument("2023-05-31")), Task("2", PlanDocument("2023-12-31", "khảo sát")));
        var input = Input(
            Item("2023-03-01T09:00:00", type: "Document", kind: "Kế hoạch", title: "A: kế hoạch khảo sát"),
            Item("2023-04-01T09:00:00", type: "Document", kind: "Kế hoạch", title: "B: kế hoạch tuyên truyền"));

        var progress = QuotaEngine.Compute(plan, input, D("2024-01-05"));

        Assert.StartsWith("B", Rule(progress, "1").Items.Single().Title, StringComparison.Ordinal);
        Assert.StartsWith("A", Rule(progress, "2").Items.Single().Title, StringComparison.Ordinal);
    }

    // 7. Nothing in a seed is dropped: external due dates and period-relative windows.

    [Fact]
    public void PeriodDueWindow_EndsDaysBeforeTheDateAnotherBodySets_OnceTheOfficeEntersIt()
    {
        var period = new ReportingPeriod
        {
            Label = "6 tháng đầu năm 2024",
            Kind = ReportingPeriodKind.HalfYear,
            Window = QuotaWindow.FirstHalf(),
            DueRule = new DueRule { Anchor = DueAnchor.External, Authority = "UBND tỉnh", DaysBefore = 0 },
        };
        var window = new QuotaWindow { Kind = WindowKind.PeriodDue, Period = period.Label, DaysBefore = 5 };
        var unknown = Plan(2024) with { ReportingPeriods = [period] };
        var known = Plan(2024) with { ReportingPeriods = [period with { ExternalDueDate = D("2024-06-15") }] };

        Assert.Equal(new DateRange(D("2024-01-01"), D("2024-06-30")), window.Resolve(unknown));
        Assert.True(window.DueUnknown(unknown));
        Assert.Equal(new DateRange(D("2024-01-01"), D("2024-06-10")), window.Resolve(known));
        Assert.False(window.DueUnknown(known));
        Assert.Null(unknown.ReportingPeriods[0].ResolveDueDate(2024));
        Assert.Equal(D("2024-06-15"), known.ReportingPeriods[0].ResolveDueDate(2024));
    }

    [Fact]
    public void PlanJson_ReadsRollUpAsOn_WhenTheFileDoesNotSay()
    {
        var plan = PlanJson.Deserialize("""{ "number": "1/KH", "title": "Kế hoạch", "year": 2024, "issuingUnit": "GTVT", "tasks": [] }""");

        Assert.True(plan.RollUpMergedUnits);
    }
}
