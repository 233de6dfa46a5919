using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;
using static ParPortal.Tests.Core.Quotas.QuotaTestData;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>
/// The quota semantics of issue 13, one group per point, in the seeds' own terms: agencies, coverage as of a date,
/// closed periods, merged units, regular tasks, distinct deliverables.
/// </summary>
public class QuotaSemanticsTests
{
    /// <summary>Two agencies on one provincial portal: the Sở GTVT (with its office) and a Sở Y tế.</summary>
    private static readonly QuotaUnit[] TwoAgencies =
    [
        .. SharedUnits,
        Unit("SYT", null, "2008-01-01", null),
        Unit("SYT-VP", "SYT", "2008-01-01", null),
    ];

    private static RuleProgress Rule(PlanProgress progress, string task, int index = 1) =>
        progress.Tasks.Single(t => t.Code == task).Rules[index - 1];

    // 1. A plan belongs to its issuing agency.

    [Fact]
    public void Count_CountsOnlyTheIssuingAgencysItems_WhenAnotherAgencySharesTheSite()
    {
        var plan = Plan(2024, Task("2.11", new CountRule { Min = 2, Types = ["Article"], Window = QuotaWindow.FirstHalf() }));
        var input = new QuotaInput(
            [Item("2024-02-01T09:00:00", unit: "GTVT-VP"), Item("2024-03-01T09:00:00", unit: "SYT-VP"), Item("2024-03-02T09:00:00", unit: "SYT")],
            TwoAgencies);

        var gtvt = QuotaEngine.Compute(plan, input, D("2024-06-10"));
        var syt = QuotaEngine.Compute(plan with { IssuingUnit = "SYT" }, input, D("2024-06-10"));

        Assert.Equal(1, Rule(gtvt, "2.11").Done);
        Assert.Equal(2, Rule(syt, "2.11").Done);
        Assert.DoesNotContain(gtvt.Matrix.Units, u => u.Code.StartsWith("SYT", StringComparison.Ordinal));
        Assert.DoesNotContain(syt.Matrix.Units, u => u.Code.StartsWith("GTVT", StringComparison.Ordinal));
    }

    [Fact]
    public void Count_CountsOtherUnits_WhenTheRuleNamesThem()
    {
        var plan = Plan(2024, Task("1", new CountRule { Min = 1, Types = ["Article"], Units = ["SYT"] }));
        var input = new QuotaInput([Item("2024-02-01T09:00:00", unit: "SYT-VP")], TwoAgencies);

        Assert.Equal(QuotaStatus.Met, Rule(QuotaEngine.Compute(plan, input, D("2024-03-01")), "1").Status);
    }

    [Fact]
    public void Count_IgnoresItemsWithoutUnit_UnlessLinked()
    {
        var plan = Plan(2024, Task("1", new CountRule { Min = 2, Types = ["Article"] }));
        var input = Input(Item("2024-02-01T09:00:00", unit: null), Item("2024-02-02T09:00:00", unit: null, links: ["1"]));

        var rule = Rule(QuotaEngine.Compute(plan, input, D("2024-03-01")), "1");

        Assert.Equal(1, rule.Done);
        Assert.Equal(CountReason.Link, rule.Items.Single().Reason);
    }

    // 2. Coverage counts only the agency's procedures, never drafts, as of a date.

    [Fact]
    public void Coverage_CountsOnlyTheAgencysPublishedProcedures_AsOfTheDateAsked()
    {
        var plan = Plan(2022, Task("I.2", new CoverageRule { Percent = 100m }));
        var procedures = new[]
        {
            Procedure("GTVT-VP", "2022-01-10T09:00:00"),
            // Taken down on 1 May: covered in April, a gap in June.
            Procedure("GTVT-VP", "2022-01-10T09:00:00", removedAt: "2022-05-01T09:00:00"),
            // Published only in August: not in the catalogue before.
            Procedure("GTVT-DK", "2022-08-01T09:00:00"),
            // Another agency's procedure, taken down: never counted here.
            Procedure("SYT-VP", "2022-01-10T09:00:00", removedAt: "2022-02-01T09:00:00"),
        };
        var input = new QuotaInput([], TwoAgencies, procedures);

        var april = Rule(QuotaEngine.Compute(plan, input, D("2022-04-30")), "I.2");
        var june = Rule(QuotaEngine.Compute(plan, input, D("2022-06-30")), "I.2");
        var september = Rule(QuotaEngine.Compute(plan, input, D("2022-09-30")), "I.2");

        Assert.Equal((2, 2, QuotaStatus.Met), (april.Total, april.Done, april.Status));
        Assert.Equal((2, 1, QuotaStatus.Behind, 50.0m), (june.Total, june.Done, june.Status, june.Percent));
        Assert.Equal((3, 2), (september.Total, september.Done));
    }

    [Fact]
    public void Coverage_DropsAbolishedAndArchivedProcedures_AndIgnoresDrafts()
    {
        var plan = Plan(2022, Task("I.2", new CoverageRule { Percent = 100m }));
        var abolished = new ProcedureHistory(Guid.NewGuid(),
            [new ProcedurePublication(1, Local("2022-01-10T09:00:00"), true, "GTVT-VP"), new ProcedurePublication(2, Local("2022-03-01T09:00:00"), false, "GTVT-VP")],
            []);
        var procedures = new[]
        {
            Procedure("GTVT-VP", "2022-01-10T09:00:00"),
            abolished,
            Procedure("GTVT-VP", "2022-01-10T09:00:00", removedAt: "2022-04-01T09:00:00", archived: true),
            // A draft has no publication at all: it is not in the history the engine receives.
            new ProcedureHistory(Guid.NewGuid(), [], []),
        };
        var input = new QuotaInput([], SharedUnits, procedures);

        var february = Rule(QuotaEngine.Compute(plan, input, D("2022-02-15")), "I.2");
        var june = Rule(QuotaEngine.Compute(plan, input, D("2022-06-30")), "I.2");

        Assert.Equal((3, 3), (february.Total, february.Done));
        Assert.Equal((1, 1, QuotaStatus.Met), (june.Total, june.Done, june.Status));
    }

    // 3. A closed period is judged, not paced.

    [Fact]
    public void ComputeForPeriod_JudgesMissed_WhenThePeriodHasClosed()
    {
        var plan = Plan(2024, Task("2.11", new CountRule { Min = 4, Types = ["Article"], Window = QuotaWindow.Year() })) with
        {
            ReportingPeriods = [new ReportingPeriod { Label = "6 tháng đầu năm 2024", Kind = ReportingPeriodKind.HalfYear, Window = QuotaWindow.FirstHalf() }],
        };
        var input = Input(Item("2024-02-01T09:00:00"));

        var open = QuotaEngine.ComputeForPeriod(plan, input, "6 tháng đầu năm 2024", D("2024-06-30"));
        var closed = QuotaEngine.ComputeForPeriod(plan, input, "6 tháng đầu năm 2024", D("2024-07-15"));

        Assert.Equal(2, Rule(open, "2.11").Required);
        Assert.Equal(QuotaStatus.Behind, Rule(open, "2.11").Status);
        Assert.False(open.PeriodClosed);
        Assert.True(closed.PeriodClosed);
        Assert.Equal(QuotaStatus.Missed, Rule(closed, "2.11").Status);
        Assert.Equal(D("2024-06-30"), closed.AsOf);
    }

    [Fact]
    public void ComputeForPeriod_JudgesOverdue_WhenADeliverableDueAtThePeriodEndIsMissing()
    {
        var plan = Plan(2024, Task("2.2", new DeliverableRule { Types = ["Document"], DocumentKinds = ["Công văn"], DueDate = D("2024-03-31") })) with
        {
            ReportingPeriods = [new ReportingPeriod { Label = "Quý 1/2024", Kind = ReportingPeriodKind.Quarter, Window = QuotaWindow.Quarter(1) }],
        };

        var closed = QuotaEngine.ComputeForPeriod(plan, Input(), "Quý 1/2024", D("2024-04-10"));
        var lastDay = QuotaEngine.ComputeForPeriod(plan, Input(), "Quý 1/2024", D("2024-03-31"));

        Assert.Equal(QuotaStatus.Overdue, Rule(closed, "2.2").Status);
        Assert.Equal(QuotaStatus.OnTrack, Rule(lastDay, "2.2").Status);
    }

    [Fact]
    public void Compute_NeverReportsBehind_ForAWindowThatHasEnded()
    {
        var plan = Plan(2024, Task("2.13", new CountRule { Min = 1, Types = ["Article"], Window = QuotaWindow.FirstHalf() }));

        var rule = Rule(QuotaEngine.Compute(plan, Input(), D("2024-07-01")), "2.13");

        Assert.Equal(QuotaStatus.Missed, rule.Status);
    }

    // 4. Renamed, merged or split units keep their history.

    [Fact]
    public void Count_CountsPredecessorsItems_ByDefaultAndNotWhenTurnedOff()
    {
        // A 2025 plan of Sở Xây dựng: its office's January items were published as GTVT-VP, merged into XD-VP on 1 March.
        var plan = Plan(2025, Task("1", new CountRule { Min = 2, Types = ["Article"], Window = QuotaWindow.FirstHalf() })) with { IssuingUnit = "XD" };
        var input = Input(Item("2025-01-15T09:00:00", unit: "GTVT-VP"), Item("2025-04-15T09:00:00", unit: "XD-VP"));

        var byDefault = Rule(QuotaEngine.Compute(plan, input, D("2025-05-01")), "1");
        var off = Rule(QuotaEngine.Compute(plan with { RollUpMergedUnits = false }, input, D("2025-05-01")), "1");

        Assert.Equal(2, byDefault.Done);
        Assert.Equal(1, off.Done);
    }

    [Fact]
    public void PerUnit_JudgesTheSuccessor_WhenAListedUnitWasMergedBeforeTheDayJudged()
    {
        // Written in January 2025 with the old units; by June two of them are one department (XD-HTGT).
        var rule = new PerUnitRule { Min = 1, Types = ["Article"], UnitSet = ["GTVT-VP", "GTVT-KCHT", "GTVT-CL"], Window = QuotaWindow.FirstHalf() };
        var plan = Plan(2025, Task("2.5", rule)) with { IssuingUnit = "XD" };
        var input = Input(Item("2025-02-01T09:00:00", unit: "GTVT-CL"), Item("2025-05-01T09:00:00", unit: "XD-VP"));

        var june = Rule(QuotaEngine.Compute(plan, input, D("2025-06-30")), "2.5");
        var february = Rule(QuotaEngine.Compute(plan, input, D("2025-02-15")), "2.5");
        var strict = Rule(QuotaEngine.Compute(plan with { RollUpMergedUnits = false }, input, D("2025-06-30")), "2.5");

        Assert.Equal(["XD-VP", "XD-HTGT"], june.Units.Select(u => u.UnitCode));
        Assert.All(june.Units, u => Assert.Equal(QuotaStatus.Met, u.Status));
        Assert.Equal(["GTVT-VP", "GTVT-KCHT", "GTVT-CL"], february.Units.Select(u => u.UnitCode));
        Assert.Equal(["GTVT-VP", "GTVT-KCHT", "GTVT-CL"], strict.Units.Select(u => u.UnitCode));
        Assert.Equal(1, strict.Units.Count(u => u.Done > 0));
    }

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
