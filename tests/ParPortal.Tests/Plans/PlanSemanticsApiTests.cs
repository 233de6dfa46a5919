using System.Net;
using ParPortal.Features.Plans;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>
/// The quota semantics of issue 13 through the API, on the engine the suite runs on: each test builds its own agency
/// (units with a fresh suffix, items published on their original dates by an administrator, a plan) and reads
/// <c>GET /api/plans/{id}/progress</c>.
/// </summary>
public sealed class PlanSemanticsApiTests(ParPortalFactory factory) : IClassFixture<ParPortalFactory>
{
    private static PlanDefinition Plan(PlanSite site, int year, string agency, params PlanTask[] tasks) => new()
    {
        Number = $"01/KH-{site.Suffix}",
        Title = "Kế hoạch tuyên truyền CCHC " + site.Suffix,
        Year = year,
        IssuingUnit = site.U(agency),
        Tasks = tasks,
    };

    private static PlanTask Task(string code, params QuotaRule[] rules) => new() { Code = code, Content = "Nhiệm vụ " + code, Rules = rules };

    private static RuleProgressDto Rule(PlanProgressDto progress, string task, int index = 1) =>
        progress.Tasks.Single(t => t.Code == task).Rules[index - 1];

    [Fact]
    public async Task Progress_CountsOnlyTheIssuingAgency_WhenTwoAgenciesShareTheSite()
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("SGT");
        await site.UnitAsync("SGT-VP", "SGT");
        await site.UnitAsync("SYT");
        await site.UnitAsync("SYT-VP", "SYT");
        await site.ArticleAsync("Tin CCHC của Sở GTVT", "SGT-VP", "2024-02-01");
        await site.ArticleAsync("Tin CCHC của Sở Y tế", "SYT-VP", "2024-02-02");
        await site.ArticleAsync("Tin CCHC khác của Sở Y tế", "SYT", "2024-03-02");
        var rule = new CountRule { Min = 2, Types = ["Article"], Window = QuotaWindow.FirstHalf() };

        var gtvt = await site.ProgressAsync(await site.PlanAsync(Plan(site, 2024, "SGT", Task("2.11", rule))), "2024-06-10");
        var syt = await site.ProgressAsync(await site.PlanAsync(Plan(site, 2024, "SYT", Task("2.11", rule))), "2024-06-10");

        Assert.Equal(1, Rule(gtvt, "2.11").Done);
        Assert.Equal(2, Rule(syt, "2.11").Done);
        Assert.Equal([site.U("SGT"), site.U("SGT-VP")], gtvt.Matrix.Units.Select(u => u.Code));
    }

    [Fact]
    public async Task Progress_CoverageCountsTheAgencysPublishedProcedures_AsOfTheDate()
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("KHCN");
        await site.UnitAsync("KHCN-VP", "KHCN");
        await site.UnitAsync("SYT");
        await site.ProcedureAsync("1.001", "KHCN-VP", "2022-01-10");
        var later = await site.ProcedureAsync("1.002", "KHCN-VP", "2022-01-10");
        await site.ProcedureAsync("1.003", "KHCN-VP", publishedAt: null);
        await site.ProcedureAsync("2.001", "SYT", "2022-01-10");
        var plan = await site.PlanAsync(Plan(site, 2022, "KHCN", Task("I.2", new CoverageRule { Percent = 100m })));
        // Taken down today (the test clock's 22/11/2026): the past keeps it, today does not.
        Assert.True((await site.Api.PostAsync($"/api/content/{later}/unpublish", null)).IsSuccessStatusCode);

        var then = Rule(await site.ProgressAsync(plan, "2022-06-30"), "I.2");
        var now = Rule(await site.ProgressAsync(plan, "2026-11-22"), "I.2");

        Assert.Equal((2, 2, QuotaStatus.Met), (then.Total, then.Done, then.Status));
        Assert.Equal((2, 1, 50.0m), (now.Total, now.Done, now.Percent));
    }

    [Fact]
    public async Task Progress_JudgesAClosedPeriod_AndPacesAnOpenOne()
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("SGT");
        await site.ArticleAsync("Tin tháng 2", "SGT", "2024-02-01");
        var plan = Plan(site, 2024, "SGT", Task("2.11", new CountRule { Min = 4, Types = ["Article"] })) with
        {
            ReportingPeriods = [new ReportingPeriod { Label = "6 tháng đầu năm 2024", Kind = ReportingPeriodKind.HalfYear, Window = QuotaWindow.FirstHalf() }],
        };
        var id = await site.PlanAsync(plan);

        var open = await site.ProgressAsync(id, "2024-06-30", "6 tháng đầu năm 2024");
        var closed = await site.ProgressAsync(id, "2024-07-15", "6 tháng đầu năm 2024");

        Assert.Equal(QuotaStatus.Behind, Rule(open, "2.11").Status);
        Assert.True(closed.PeriodClosed);
        Assert.Equal(QuotaStatus.Missed, Rule(closed, "2.11").Status);
        Assert.Equal(QuotaStatus.Missed, closed.Tasks.Single().Status);
    }

    [Fact]
    public async Task Progress_CountsAMergedUnitsItemsForItsSuccessor_UnlessThePlanTurnsItOff()
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("MOI", from: "2025-03-01");
        await site.UnitAsync("MOI-VP", "MOI", from: "2025-03-01");
        await site.UnitAsync("CU", to: "2025-02-28", successors: "MOI");
        await site.UnitAsync("CU-VP", "CU", to: "2025-02-28", successors: "MOI-VP");
        await site.ArticleAsync("Tin của văn phòng cũ", "CU-VP", "2025-01-15");
        await site.ArticleAsync("Tin của văn phòng mới", "MOI-VP", "2025-04-15");
        var count = new CountRule { Min = 2, Types = ["Article"], Window = QuotaWindow.FirstHalf() };
        var perUnit = new PerUnitRule { Min = 1, Types = ["Article"], UnitSet = [site.U("CU-VP")], Window = QuotaWindow.FirstHalf() };
        var plan = Plan(site, 2025, "MOI", Task("1", count), Task("2", perUnit));

        var rolled = await site.ProgressAsync(await site.PlanAsync(plan), "2025-06-30");
        var strict = await site.ProgressAsync(await site.PlanAsync(plan with { RollUpMergedUnits = false, Number = "02/KH-" + site.Suffix }), "2025-06-30");

        Assert.Equal(2, Rule(rolled, "1").Done);
        Assert.Equal(site.U("MOI-VP"), Rule(rolled, "2").Units.Single().UnitCode);
        Assert.Equal(1, Rule(strict, "1").Done);
        Assert.Equal(site.U("CU-VP"), Rule(strict, "2").Units.Single().UnitCode);
    }

    [Fact]
    public async Task Progress_ExpectsRegularActivityInEveryQuarter_AndShowsItByMonth()
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("SKH");
        await site.ArticleAsync("Tin quý 1", "SKH", "2022-02-10");
        await site.ArticleAsync("Tin quý 3", "SKH", "2022-08-10");
        var plan = Plan(site, 2022, "SKH", Task("2.2", new RegularRule { Types = ["Article"] })) with
        {
            ReportingPeriods = [.. Enumerable.Range(1, 4).Select(q => new ReportingPeriod { Label = $"Quý {q}/2022", Kind = ReportingPeriodKind.Quarter, Window = QuotaWindow.Quarter(q) })],
        };

        var rule = Rule(await site.ProgressAsync(await site.PlanAsync(plan), "2022-10-05"), "2.2");

        Assert.Equal(["Met", "Missed", "Met", "Behind"], rule.Periods.Select(p => p.Status.ToString()));
        Assert.Equal(QuotaStatus.Missed, rule.Status);
        Assert.Equal(1, rule.Months.Single(m => m.Month == 8).Count);
        Assert.Empty(rule.Silences);
    }

    [Fact]
    public async Task Progress_NeedsADocumentPerDeliverable_UntilAnEditorLinksOneToBoth()
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("HUYEN");
        var document = await site.DocumentAsync("Kế hoạch chuyển đổi số năm 2023", "Kế hoạch", "HUYEN", "2023-06-01");
        DeliverableRule Deliverable() => new() { Types = ["Document"], DocumentKinds = ["Kế hoạch"], DueDate = new DateOnly(2023, 12, 14) };
        var id = await site.PlanAsync(Plan(site, 2023, "HUYEN", Task("4", Deliverable()), Task("5", Deliverable())));

        var before = await site.ProgressAsync(id, "2023-12-20");
        var put = await site.Api.PutAsync($"/api/content/{document}/task-links", PlanSite.Json(new { planId = id, tasks = new[] { "4", "5" } }));
        var after = await site.ProgressAsync(id, "2023-12-20");

        Assert.Equal(1, before.Tasks.Count(t => t.Status == QuotaStatus.Met));
        Assert.Equal(1, before.Tasks.Count(t => t.Status == QuotaStatus.Overdue));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.All(after.Tasks, t => Assert.Equal(QuotaStatus.Met, t.Status));
    }

    [Fact]
    public async Task Progress_ShowsAnUnnumberedTask_AndAWindowWaitingForAnExternalDate()
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("SGT");
        var period = new ReportingPeriod
        {
            Label = "6 tháng đầu năm 2024",
            Kind = ReportingPeriodKind.HalfYear,
            Window = QuotaWindow.FirstHalf(),
            DueRule = new DueRule { Anchor = DueAnchor.External, Authority = "UBND tỉnh" },
        };
        var report = new CountRule
        {
            Min = 1, Types = ["Document"], DocumentKinds = ["Báo cáo"],
            Window = new QuotaWindow { Kind = WindowKind.PeriodDue, Period = period.Label, DaysBefore = 5 },
        };
        var plan = Plan(site, 2024, "SGT", new PlanTask { Code = "2.4-cap-so", Content = "Báo cáo cấp Sở", Unnumbered = true, Rules = [report] })
            with { ReportingPeriods = [period] };

        var progress = await site.ProgressAsync(await site.PlanAsync(plan), "2024-05-01");

        var task = progress.Tasks.Single();
        Assert.True(task.Unnumbered);
        Assert.True(task.Rules.Single().DueUnknown);
        Assert.Equal(new DateOnly(2024, 6, 30), task.Rules.Single().Window.End);
    }
}
