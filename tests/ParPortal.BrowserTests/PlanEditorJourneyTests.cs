using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// The office writes a plan in the editor form: adds a task and a rule, sees the rule read back in Vietnamese and the
/// save's own message while typing (the live check), fixes it and saves; no JSON on the way.
/// </summary>
public sealed class PlanEditorJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task PlanEditor_ReadsRulesBackAndSaves_WhenOfficeFillsTheForm(string width)
    {
        await using var host = new BrowserHost();
        await using var office = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        await AdminSteps.LoginAsync(office, "vanphong");
        await office.GotoAsync("/admin/dashboard");
        await office.Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Tạo kế hoạch", Exact = true }).ClickAsync();
        await office.Page.WaitForURLAsync(new Regex("/admin/content/new/Plan$"));
        Assert.Equal(0, await office.Page.Locator("textarea.code, [name='Input.DefinitionJson']").CountAsync());

        var page = office.Page;
        await page.Locator("#Input_Title").FillAsync($"Kế hoạch tuyên truyền thử ({width})");
        await page.Locator("#Input_Number").FillAsync("77/KH-THU");
        await page.Locator("#Input_Year").FillAsync("2026");
        await page.Locator("[name='Plan.Tasks[0].Code']").FillAsync("1.1");
        await page.Locator("[name='Plan.Tasks[0].Content']").FillAsync("Đăng tin tuyên truyền cải cách hành chính");
        await page.Locator("[name='Plan.Tasks[0].Rules[0].Kind']").SelectOptionAsync("count");
        await page.Locator("[name='Plan.Tasks[0].Rules[0].Min']").FillAsync("2");
        await page.Locator("[name='Plan.Tasks[0].Rules[0].WindowKind']").SelectOptionAsync("FirstHalf");
        await page.Locator("[name='Plan.Tasks[0].Rules[0].Types'][value='Article']").CheckAsync();
        await Expect(page.Locator("[data-readback='0.0']")).ToHaveTextAsync("6 tháng đầu năm: ít nhất 02 tin, bài");
        // Fields the rule's kind does not use are hidden (the coverage percent of another kind).
        await Expect(page.Locator("[name='Plan.Tasks[0].Rules[0].Percent']")).ToBeHiddenAsync();

        // A second task with a deliverable and no due date: the live check gives the save's message at once.
        await page.Locator("[data-add='tasks']").ClickAsync();
        var task = page.Locator("[data-list='tasks'] > fieldset").Last;
        await task.Locator("input[name$='].Code']").FillAsync("1.2");
        await task.Locator("textarea[name$='].Content']").FillAsync("Ban hành kế hoạch");
        await task.Locator("select[name$='Rules[0].Kind']").SelectOptionAsync("deliverable");
        await Expect(page.Locator("#plan-check")).ToContainTextAsync("Nhiệm vụ 1.2, quy tắc 1: thiếu hạn hoàn thành.");
        await task.Locator("input[name$='Rules[0].DueDate']").FillAsync("2026-03-31");
        await Expect(page.Locator("#plan-check")).Not.ToContainTextAsync("thiếu hạn hoàn thành");
        await office.ScreenshotAsync("h-plan-editor");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Lưu", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/content/[0-9a-f-]{36}$"));
        await office.AssertCleanAsync();
    }

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task PlanOverviewAndTaskPage_FitAndHaveNoSeriousAxeViolations_WhenOfficeVisits(string width)
    {
        await using var host = new BrowserHost();
        await using var office = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        await AdminSteps.LoginAsync(office, "vanphong");
        await office.GotoAsync("/admin/dashboard");
        // Followed by address rather than by click: once in CI (December) the click's navigation was not seen within
        // 15 s although the server answers this page in ~20 ms (not reproduced since). The link itself is checked.
        var planLink = await office.Page.Locator("main tr:has(td:text-is('2024')) a[href^='/admin/dashboard/']").First.GetAttributeAsync("href");
        Assert.Matches("^/admin/dashboard/[0-9a-f-]{36}$", planLink);
        await office.GotoAsync(planLink + "?asOf=2024-06-30");

        // The overview is short enough to read (the old page was 15,000 px) and never wider than the screen.
        var height = await office.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.False(await office.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        Assert.True(height < (office.IsPhone ? 9000 : 4000), $"overview is {height} px high");
        await Axe.AssertNoSeriousViolationsAsync(office.Page);
        await office.ScreenshotAsync("h-plan-overview");

        var taskLink = await office.Page.Locator("table.tasks tr[data-task='2.3'] th a").GetAttributeAsync("href");
        Assert.Contains("/nhiem-vu/2.3", taskLink);
        await office.GotoAsync(taskLink!);
        await Expect(office.Page.Locator("h1")).ToHaveTextAsync("Nhiệm vụ 2.3");
        await Axe.AssertNoSeriousViolationsAsync(office.Page);
        await office.ScreenshotAsync("h-plan-task");
        await office.AssertCleanAsync();
    }
}
