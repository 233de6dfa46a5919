using AngleSharp.Html.Parser;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Editor;

/// <summary>The admin home's view of the current plan over the demo (plan 004 of 2024): a unit's quotas, the office's counts.</summary>
public sealed class AdminHomePlanTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task Home_ShowsTheUnitsTasksWithDoneAndStatus_WhenTheUserIsAContributor()
    {
        var client = await factory.LoginAsync("congtacvien.vt");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/admin"));

        var glance = page.QuerySelector("section.plan-glance")!;
        Assert.StartsWith("Chỉ tiêu của ", glance.QuerySelector("h2")!.TextContent.Trim());
        var tasks = glance.QuerySelectorAll(".home-items li");
        Assert.InRange(tasks.Length, 1, 6);
        Assert.All(tasks, t => Assert.Matches(@"Đã có \d+", t.TextContent));
        Assert.StartsWith("/admin/dashboard/", glance.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Home_ShowsTheStatusCountsOfTheWholePlan_WhenTheUserIsTheOffice()
    {
        var client = await factory.LoginAsync("vanphong");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/admin"));

        var glance = page.QuerySelector("section.plan-glance")!;
        Assert.Equal("Tiến độ kế hoạch", glance.QuerySelector("h2")!.TextContent.Trim());
        var counts = glance.QuerySelectorAll(".status-counts li").Select(li => li.TextContent).ToList();
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.Matches(@"\d+ nhiệm vụ", c));
    }
}
