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
    public async Task Dashboard_ShowsStatusTextAndEvidence_WhenOfficeVisits()
    {
        var client = await factory.LoginAsync("vanphong");
        var html = await client.GetStringAsync($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}?asOf=2024-12-31");
        var doc = new HtmlParser().ParseDocument(html);

        // Status is text, not colour alone: every status cell of the task table has its Vietnamese label.
        var statuses = doc.QuerySelectorAll("table.tasks span[data-status]").ToList();
        Assert.Equal(16, doc.QuerySelectorAll("table.tasks tbody tr").Length);
        Assert.Contains(statuses, s => s.GetAttribute("data-status") == "Met" && s.TextContent == "Đạt");
        Assert.Contains(statuses, s => s.GetAttribute("data-status") == "Overdue" && s.TextContent == "Quá hạn");
        Assert.NotNull(doc.QuerySelector("table.tasks caption"));
        Assert.All(doc.QuerySelectorAll("table.tasks thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));

        // Evidence of 2.11 links to the admin item page and says why it counts.
        var evidence = doc.QuerySelector("table.evidence[data-task='2.11']");
        Assert.NotNull(evidence);
        Assert.All(evidence.QuerySelectorAll("tbody th a"), a => Assert.StartsWith("/admin/content/", a.GetAttribute("href")));
        Assert.Contains("khớp điều kiện", evidence.TextContent);

        // Units × tasks: every unit of 2024 is a row; units at zero for a per-unit quota are marked in text.
        var rows = doc.QuerySelectorAll("table.matrix tbody tr").Select(r => r.GetAttribute("data-unit")).ToList();
        Assert.Contains("GTVT-QLVT", rows);
        Assert.Contains("GTVT-VP", rows);
        Assert.NotEmpty(doc.QuerySelectorAll("table.matrix td.short"));
        Assert.All(doc.QuerySelectorAll("table.matrix td.short"), td => Assert.Contains("chưa đạt", td.TextContent));
        Assert.Contains("Sắp đến hạn", html);
    }

    [Fact]
    public async Task Dashboard_ShowsOnlyOwnUnit_WhenContributor()
    {
        // congtacvien.vt belongs to XD-QLVT, the 2025 successor of GTVT-QLVT: the 2024 plan shows its predecessor's part.
        var client = await factory.LoginAsync("congtacvien.vt");
        var response = await client.GetAsync($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}?asOf=2024-12-31");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var rows = doc.QuerySelectorAll("table.matrix tbody tr").Select(r => r.GetAttribute("data-unit")).ToList();
        Assert.Equal(["GTVT-QLVT"], rows);
        var units = doc.QuerySelectorAll("table.evidence tbody td:nth-child(3)").Select(td => td.TextContent).Distinct().ToList();
        Assert.Equal(["Phòng Quản lý vận tải, phương tiện và người lái"], units);
        Assert.DoesNotContain("Văn phòng Sở Giao thông vận tải", doc.QuerySelector("#evidence-heading")!.ParentElement!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("a[href$='report.docx'], a[href*='report.docx?']"));
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
