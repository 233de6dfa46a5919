using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;
using static ParPortal.Tests.Core.Quotas.QuotaTestData;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>
/// The quota semantics of issue 13, points 1 to 4, in the seeds' own terms: agencies, coverage as of a date, closed
/// periods, merged units (points 5 to 7 in <see cref="QuotaRegularAndDeliverableTests"/>).
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
}
