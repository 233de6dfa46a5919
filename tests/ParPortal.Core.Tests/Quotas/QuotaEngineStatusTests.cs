using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;
using static ParPortal.Tests.Core.Quotas.QuotaTestData;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>Deliverables, coverage, regular rules, task statuses, due dates, periods, the units × tasks table.</summary>
public class QuotaEngineStatusTests
{
    [Fact]
    public void Deliverable_IsMet_WhenDocumentOfKindPublishedOnDueDate()
    {
        var rule = new DeliverableRule { Types = ["Document"], DocumentKinds = ["Kế hoạch"], Units = ["GTVT"], DueDate = D("2024-01-31") };
        var input = Input(
            Item("2024-01-31T22:00:00", type: "Document", kind: "Kế hoạch", unit: "GTVT-VP"),
            Item("2024-01-10T09:00:00", type: "Document", kind: "Công văn", unit: "GTVT-VP"));

        var progress = Rule(QuotaEngine.Compute(Plan(2024, Task("2.1", rule)), input, D("2024-02-15")), "2.1");

        Assert.Equal(QuotaStatus.Met, progress.Status);
        Assert.Equal("Kế hoạch", progress.Items.Single().DocumentKind);
    }

    [Fact]
    public void Deliverable_IsOverdue_WhenPublishedTheDayAfter()
    {
        var rule = new DeliverableRule { Types = ["Document"], DocumentKinds = ["Công văn"], DueDate = D("2024-03-31") };
        var input = Input(Item("2024-04-01T08:00:00", type: "Document", kind: "Công văn"));

        var onTime = Rule(QuotaEngine.Compute(Plan(2024, Task("2.2", rule)), input, D("2024-03-20")), "2.2");
        var late = Rule(QuotaEngine.Compute(Plan(2024, Task("2.2", rule)), input, D("2024-04-02")), "2.2");

        Assert.Equal(QuotaStatus.OnTrack, onTime.Status);
        Assert.Equal(QuotaStatus.Overdue, late.Status);
    }

    [Fact]
    public void Deliverable_IsNotStarted_WhenBeforeNotBefore()
    {
        var rule = new DeliverableRule { Types = ["Document"], DocumentKinds = ["Công văn"], NotBefore = D("2024-10-01"), DueDate = D("2024-10-31") };
        var input = Input(Item("2024-05-20T08:00:00", type: "Document", kind: "Công văn"));

        var progress = Rule(QuotaEngine.Compute(Plan(2024, Task("2.3", rule)), input, D("2024-09-01")), "2.3");

        Assert.Equal(QuotaStatus.NotStarted, progress.Status);
        Assert.Equal(0, progress.Done);
    }

    [Theory]
    [InlineData(3, 3, "Met")]
    [InlineData(3, 2, "Behind")]
    [InlineData(0, 0, "Met")]
    public void Coverage_ComparesPercent_WhenCatalogueChanges(int total, int published, string expected)
    {
        var plan = Plan(2022, Task("I.2", new CoverageRule { Percent = 100m }));
        // Every procedure was published in January; those beyond "published" were taken down in March.
        var procedures = Enumerable.Range(0, total)
            .Select(i => Procedure("GTVT-VP", "2022-01-10T09:00:00", removedAt: i < published ? null : "2022-03-01T09:00:00"))
            .ToList();
        var input = new QuotaInput([], SharedUnits, procedures);

        var progress = Rule(QuotaEngine.Compute(plan, input, D("2022-06-01")), "I.2");

        Assert.Equal(Enum.Parse<QuotaStatus>(expected), progress.Status);
        Assert.Equal(published, progress.Done);
        Assert.Equal(total, progress.Total);
    }

    [Fact]
    public void Regular_ShowsMonthsAndFlagsSilences_WhenActivityStops()
    {
        var rule = new RegularRule { Types = ["Article"], MaxSilenceDays = 30 };
        var input = Input(Item("2024-01-05T09:00:00"), Item("2024-01-20T09:00:00"), Item("2024-04-10T09:00:00"));

        var progress = Rule(QuotaEngine.Compute(Plan(2024, Task("2.8", rule)), input, D("2024-06-15")), "2.8");

        Assert.Null(progress.Required);
        Assert.Equal([2, 0, 0, 1, 0, 0], progress.Months.Select(m => m.Count));
        Assert.Equal(2, progress.Silences.Count);
        Assert.Equal(new Silence(D("2024-01-21"), D("2024-04-09"), 80, false), progress.Silences[0]);
        Assert.True(progress.Silences[1].Ongoing);
        Assert.Equal(D("2024-06-15"), progress.Silences[1].To);
        Assert.Equal(QuotaStatus.Behind, progress.Status);
    }

    [Fact]
    public void Regular_IsOnTrack_WhenNoGapExceedsLimit()
    {
        var rule = new RegularRule { Types = ["Article"], MaxSilenceDays = 40 };
        var input = Input(Item("2024-01-30T09:00:00"), Item("2024-03-05T09:00:00"));

        var progress = Rule(QuotaEngine.Compute(Plan(2024, Task("2.8", rule)), input, D("2024-04-10")), "2.8");

        Assert.Empty(progress.Silences);
        Assert.Equal(QuotaStatus.OnTrack, progress.Status);
    }

    [Fact]
    public void Task_TakesWorstRule_WhenItHasTwoRules()
    {
        var regular = new RegularRule { Types = ["Article"], Topics = ["chi-dao-dieu-hanh"], MaxSilenceDays = 200 };
        var input = Input(Item("2024-02-01T09:00:00", topics: ["chi-dao-dieu-hanh"]));

        var task = QuotaEngine.Compute(Plan(2024, Task("2.11", regular, TwoArticlesFirstHalf)), input, D("2024-07-10")).Tasks.Single();

        Assert.Equal(QuotaStatus.OnTrack, task.Rules[0].Status);
        Assert.Equal(QuotaStatus.Missed, task.Rules[1].Status);
        Assert.Equal(QuotaStatus.Missed, task.Status);
        Assert.Single(task.Evidence);
    }

    [Fact]
    public void Task_IsRegular_WhenItHasNoRules()
    {
        var progress = QuotaEngine.Compute(Plan(2024, Task("2.7")), Input(Item("2024-02-01T09:00:00", links: ["2.7"])), D("2024-03-01"));

        Assert.Equal(QuotaStatus.Regular, progress.Tasks.Single().Status);
    }

    [Fact]
    public void Combine_ReadsOnTrack_WhenMetRuleSitsBesideNotStartedRule()
    {
        Assert.Equal(QuotaStatus.OnTrack, QuotaEngine.Combine([QuotaStatus.Met, QuotaStatus.NotStarted]));
        Assert.Equal(QuotaStatus.NotStarted, QuotaEngine.Combine([QuotaStatus.NotStarted, QuotaStatus.NotStarted]));
        Assert.Equal(QuotaStatus.Behind, QuotaEngine.Combine([QuotaStatus.Met, QuotaStatus.Behind, QuotaStatus.OnTrack]));
    }

    [Fact]
    public void DueNext_ListsOpenDeadlinesAndReports_WhenAfterAsOf()
    {
        var plan = Plan(2024,
            Task("2.1", new DeliverableRule { Types = ["Document"], DocumentKinds = ["Kế hoạch"], DueDate = D("2024-01-31") }),
            Task("2.2", new DeliverableRule { Types = ["Document"], DocumentKinds = ["Công văn"], DueDate = D("2024-03-31") }),
            Task("2.11", TwoArticlesFirstHalf)) with
        {
            ReportingPeriods = [new ReportingPeriod { Label = "Năm 2024", Kind = ReportingPeriodKind.Year, DueDate = D("2024-11-29") }],
        };
        var input = Input(Item("2024-01-15T09:00:00", type: "Document", kind: "Kế hoạch"));

        var due = QuotaEngine.Compute(plan, input, D("2024-02-01")).DueNext;

        Assert.Equal([D("2024-03-31"), D("2024-06-30"), D("2024-11-29")], due.Select(d => d.Date));
        Assert.Equal(["2.2", "2.11", null], due.Select(d => d.TaskCode));
    }

    [Fact]
    public void DueRule_GivesDayBeforeTwelfthOfLastMonth_WhenBeforeIsSet()
    {
        var period = new ReportingPeriod
        {
            Label = "Quý 3/2022",
            Kind = ReportingPeriodKind.Quarter,
            Window = QuotaWindow.Quarter(3),
            DueRule = new DueRule { Anchor = DueAnchor.LastMonthOfPeriod, Day = 12, Before = true },
        };

        Assert.Equal(D("2022-09-11"), period.ResolveDueDate(2022));
    }

    [Fact]
    public void ComputeForPeriod_ClipsWindowAndProratesQuota_WhenPeriodIsQ1()
    {
        var yearly = new CountRule { Min = 8, Types = ["Article"] };
        var period = new ReportingPeriod { Label = "Quý 1/2024", Kind = ReportingPeriodKind.Quarter, Window = QuotaWindow.Quarter(1) };
        var plan = Plan(2024, Task("2.8", yearly), Task("2.9", new CountRule { Min = 1, Window = QuotaWindow.Quarter(2, 3) })) with { ReportingPeriods = [period] };
        var input = Input(Item("2024-02-01T09:00:00"), Item("2024-03-01T09:00:00"), Item("2024-04-02T09:00:00"));

        var progress = QuotaEngine.ComputeForPeriod(plan, input, "Quý 1/2024", D("2024-12-31"));

        var rule = Rule(progress, "2.8");
        Assert.Equal(D("2024-03-31"), progress.AsOf);
        Assert.Equal(new DateRange(D("2024-01-01"), D("2024-03-31")), rule.Window);
        Assert.Equal(2, rule.Required); // ⌈8 × 91 / 366⌉
        Assert.Equal(2, rule.Done);
        Assert.Equal(QuotaStatus.Met, rule.Status);
        Assert.Equal(QuotaStatus.NotApplicable, progress.Tasks.Single(t => t.Code == "2.9").Status);
    }

    [Fact]
    public void Matrix_CountsEvidencePerUnit_WithPerUnitRequirement()
    {
        var plan = Plan(2024, Task("2.5", new PerUnitRule { Min = 1, Types = ["Article"], UnitSet = ["GTVT-VP", "GTVT-DK"] }));
        var input = Input(Item("2024-02-01T09:00:00", unit: "GTVT-VP"), Item("2024-02-02T09:00:00", unit: "GTVT-VP"));

        var matrix = QuotaEngine.Compute(plan, input, D("2024-03-01")).Matrix;

        Assert.Contains(new UnitTaskCell("GTVT-VP", "2.5", 2, 1), matrix.Cells);
        Assert.Contains(new UnitTaskCell("GTVT-DK", "2.5", 0, 1), matrix.Cells);
        Assert.DoesNotContain(matrix.Units, u => u.Code == "XD");
    }

    [Fact]
    public void Compute_GivesSameResult_WithPrebuiltIndex()
    {
        var items = new[] { Item("2024-02-01T09:00:00", topics: ["chi-dao-dieu-hanh"]) };
        var plan = Plan(2024, Task("2.11", TwoArticlesFirstHalf));
        var index = QuotaItemIndex.Build(items);

        var viaIndex = Rule(QuotaEngine.Compute(plan, index, SharedUnits, [], D("2024-03-01")));
        var viaInput = Rule(QuotaEngine.Compute(plan, Input(items), D("2024-03-01")));

        Assert.Equal(viaInput.Done, viaIndex.Done);
        Assert.Equal(viaInput.Status, viaIndex.Status);
    }
}
