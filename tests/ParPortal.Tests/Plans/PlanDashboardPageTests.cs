using System.Net;
using AngleSharp.Html.Parser;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>The dashboard pages over the demo (read-only).</summary>
public sealed class PlanDashboardPageTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task DashboardIndex_LinksToTheLatestPlan_WhenOfficeVisits()
    {
        var client = await factory.LoginAsync("vanphong");
        var html = await client.GetStringAsync("/admin/dashboard");

        Assert.Contains($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}", html);
    }

    [Fact]
    public async Task Dashboard_ShowsStatusTextAndNextStep_WhenOfficeVisits()
    {
        var client = await factory.LoginAsync("vanphong");
        var planId = await PlanTestData.PlanIdAsync(factory);
        var html = await client.GetStringAsync($"/admin/dashboard/{planId}?asOf=2024-12-31");
        var doc = new HtmlParser().ParseDocument(html);

        // Status is text, not colour alone: every status cell of the task table has its Vietnamese label.
        var statuses = doc.QuerySelectorAll("table.tasks span[data-status]").ToList();
        Assert.Equal(16, doc.QuerySelectorAll("table.tasks tbody tr").Length);
        Assert.Contains(statuses, s => s.GetAttribute("data-status") == "Met" && s.TextContent == "Đạt");
        Assert.Contains(statuses, s => s.GetAttribute("data-status") == "Overdue" && s.TextContent == "Quá hạn");
        Assert.NotNull(doc.QuerySelector("table.tasks caption"));
        Assert.All(doc.QuerySelectorAll("table.tasks thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));

        // The overview is an overview: each task links to its own page; evidence lists are there, not here.
        Assert.Empty(doc.QuerySelectorAll("table.evidence"));
        var link = doc.QuerySelector("table.tasks tr[data-task='2.11'] th a")!.GetAttribute("href");
        Assert.StartsWith($"/admin/dashboard/{planId}/nhiem-vu/2.11?", link);
        Assert.Contains("còn thiếu 01 công văn (hạn 31/10/2024)", doc.QuerySelector("table.tasks tr[data-task='2.3'] td.next")!.TextContent);

        // Units × tasks: every unit of 2024 is a row; units at zero for a per-unit quota are marked in text.
        var rows = doc.QuerySelectorAll("table.matrix tbody tr").Select(r => r.GetAttribute("data-unit")).ToList();
        Assert.Contains("GTVT-QLVT", rows);
        Assert.Contains("GTVT-VP", rows);
        Assert.NotEmpty(doc.QuerySelectorAll("table.matrix td.short"));
        Assert.All(doc.QuerySelectorAll("table.matrix td.short"), td => Assert.Contains("chưa đạt", td.TextContent));
        Assert.Contains("Sắp đến hạn", html);
    }

    [Fact]
    public async Task Dashboard_NeverCallsAQuotaAlreadyReachedBehind_WhenMidYear()
    {
        var client = await factory.LoginAsync("vanphong");
        var doc = new HtmlParser().ParseDocument(await client.GetStringAsync($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}?asOf=2024-06-30"));

        // A task with as many items as required (or more) before its deadline is not "Chậm" and needs nothing next.
        var reached = doc.QuerySelectorAll("table.tasks tbody tr")
            .Select(r => (Done: r.Children[2].TextContent.Split(" / "), Status: r.QuerySelector("span[data-status]")?.TextContent, Next: r.QuerySelector("td.next")!.TextContent))
            .Where(r => r.Done.Length == 2 && int.Parse(r.Done[0]) >= int.Parse(r.Done[1]))
            .ToList();
        Assert.True(reached.Count >= 3, $"expected several tasks at or over their quota, got {reached.Count}");
        Assert.All(reached, r => Assert.NotEqual("Chậm", r.Status));
        Assert.All(reached, r => Assert.Equal("–", r.Next));
        Assert.Contains("cần thêm 01 công văn trước 31/10/2024", doc.QuerySelector("table.tasks tr[data-task='2.3'] td.next")!.TextContent);
    }

    [Fact]
    public async Task TaskPage_ShowsRulesAndEvidence_WhenOfficeVisits()
    {
        var client = await factory.LoginAsync("vanphong");
        var html = await client.GetStringAsync($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}/nhiem-vu/2.11?asOf=2024-12-31");
        var doc = new HtmlParser().ParseDocument(html);

        Assert.Equal("Nhiệm vụ 2.11", doc.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(doc.QuerySelectorAll("article.rule h3"));
        var evidence = doc.QuerySelector("table.evidence[data-task='2.11']");
        Assert.NotNull(evidence);
        Assert.All(evidence.QuerySelectorAll("tbody th a"), a => Assert.StartsWith("/admin/content/", a.GetAttribute("href")));
        Assert.Contains("khớp điều kiện", evidence.TextContent);
    }

    [Fact]
    public async Task TaskPage_Returns404_WhenTaskUnknown()
    {
        var client = await factory.LoginAsync("vanphong");
        var response = await client.GetAsync($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}/nhiem-vu/9.99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ShowsOnlyOwnUnit_WhenContributor()
    {
        // congtacvien.vt belongs to XD-QLVT, the 2025 successor of GTVT-QLVT: the 2024 plan shows its predecessor's part.
        var client = await factory.LoginAsync("congtacvien.vt");
        var planId = await PlanTestData.PlanIdAsync(factory);
        var response = await client.GetAsync($"/admin/dashboard/{planId}?asOf=2024-12-31");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var rows = doc.QuerySelectorAll("table.matrix tbody tr").Select(r => r.GetAttribute("data-unit")).ToList();
        Assert.Equal(["GTVT-QLVT"], rows);
        Assert.Empty(doc.QuerySelectorAll("a[href$='report.docx'], a[href*='report.docx?'], a[href*='/bao-cao'], a[href$='/edit']"));

        // Every task's page lists the unit's own evidence only.
        var units = new HashSet<string>();
        foreach (var code in doc.QuerySelectorAll("table.tasks tbody tr").Select(r => r.GetAttribute("data-task")!))
        {
            var task = new HtmlParser().ParseDocument(await client.GetStringAsync($"/admin/dashboard/{planId}/nhiem-vu/{Uri.EscapeDataString(code)}?asOf=2024-12-31"));
            units.UnionWith(task.QuerySelectorAll("table.evidence tbody td:nth-child(3)").Select(td => td.TextContent));
        }

        Assert.Equal(["Phòng Quản lý vận tải, phương tiện và người lái"], units);
    }

    [Fact]
    public async Task Dashboard_ShowsErrorOnAsOf_WhenAsOfMalformed()
    {
        var client = await factory.LoginAsync("vanphong");
        var html = await client.GetStringAsync($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}?asOf=2024-02-30");

        Assert.Contains("YYYY-MM-DD", html);
    }

    [Fact]
    public async Task Dashboard_Returns404_WhenPlanUnknown()
    {
        var client = await factory.LoginAsync("vanphong");
        var response = await client.GetAsync($"/admin/dashboard/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
