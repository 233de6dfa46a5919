using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>The office follows plan 004 on the dashboard; an article published for a task raises its done count.</summary>
public sealed partial class DashboardJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string AsOf = "2024-06-15";

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task TaskDoneCount_Rises_WhenEditorPublishesArticleLinkedToTask(string width)
    {
        await using var host = new BrowserHost();
        // The article must count within the first half of 2024, so the site's clock is set to a day before asOf.
        host.Clock.Set(new DateTimeOffset(2024, 5, 10, 3, 0, 0, TimeSpan.Zero));

        await using var office = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        await AdminSteps.LoginAsync(office, "vanphong");
        await office.GotoAsync("/admin/dashboard");
        await office.Page.Locator("main tr:has(td:text-is('2024')) a[href^='/admin/dashboard/']").First.ClickAsync();
        await office.Page.WaitForURLAsync(new Regex("/admin/dashboard/[0-9a-f-]{36}"));
        var planUrl = new Uri(office.Page.Url).AbsolutePath;
        await office.Page.Locator("#asOf").FillAsync(AsOf);
        await office.Page.Locator("form.filters button[type=submit]").ClickAsync();
        await office.Page.WaitForURLAsync(new Regex("asOf=" + AsOf));
        var before = await DoneCountsAsync(office.Page);
        Assert.NotEmpty(before);
        await office.ScreenshotAsync("e-dashboard-before");
        // The task cards fit their box on a phone, as the table fits it on a desktop: nothing to scroll sideways.
        var box = await office.Page.Locator(".scroll:has(table.tasks)").EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
        Assert.True(box[0] <= box[1], $"The task list is {box[0]} px wide in a {box[1]} px box ({width}).");

        // An editor writes the article, ticks a task of the plan in the "counts toward" picker, and it is published.
        Guid id;
        string task;
        await using (var editor = await BrowserSession.OpenAsync(browser.Browser, host, width, output))
        {
            await AdminSteps.LoginAsync(editor, "bientap");
            id = await AdminSteps.CreateArticleAsync(editor, $"Kết quả thực hiện nhiệm vụ cải cách hành chính ({width})", "Báo cáo kết quả thực hiện nhiệm vụ trong quý II năm 2024.", null);
            var picker = editor.Page.Locator("section.task-links input[type=checkbox][name=tasks]");
            await Expect(picker.First).ToBeAttachedAsync();
            task = await PickTaskAsync(editor.Page, before.Keys);
            await editor.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Lưu liên kết nhiệm vụ" }).ClickAsync();
            // The save redirects back with a notice; leaving before it arrives would cancel the post.
            await Expect(editor.Page.GetByText("Đã lưu liên kết nhiệm vụ.")).ToBeVisibleAsync();
            await AdminSteps.ActAsync(editor, id, "Gửi duyệt", "InReview");
            await editor.AssertCleanAsync();
        }

        await using (var publisher = await BrowserSession.OpenAsync(browser.Browser, host, width, output))
        {
            await AdminSteps.LoginAsync(publisher, "bientap2");
            await AdminSteps.ActAsync(publisher, id, "Xuất bản", "Published");
            await publisher.AssertCleanAsync();
        }

        await office.GotoAsync(planUrl + "?asOf=" + AsOf);
        var after = await DoneCountsAsync(office.Page);
        await office.ScreenshotAsync("e-dashboard-after");
        Assert.True(after[task] == before[task] + 1, $"Task {task}: {before[task]} before, {after[task]} after publishing a linked article.");
        await office.AssertCleanAsync();
    }

    /// <summary>Task code → done count, read from the dashboard's task table ("3/5" or "3").</summary>
    private static async Task<Dictionary<string, int>> DoneCountsAsync(IPage page)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in await page.Locator("table.tasks tbody tr").AllAsync())
        {
            // The row names its task; the cells are the title, "done / required", the status and what is needed next.
            var code = await row.GetAttributeAsync("data-task") ?? string.Empty;
            var done = Leading().Match((await row.Locator("td").Nth(1).InnerTextAsync()).Trim());
            if (done.Success)
            {
                counts[code] = int.Parse(done.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return counts;
    }

    /// <summary>Ticks the first task of the picker that the dashboard also lists, and returns its code.</summary>
    private static async Task<string> PickTaskAsync(IPage page, IEnumerable<string> dashboardCodes)
    {
        var codes = dashboardCodes.ToHashSet(StringComparer.Ordinal);
        foreach (var label in await page.Locator("section.task-links label.check").AllAsync())
        {
            var code = (await label.InnerTextAsync()).Split(". ", 2)[0].Trim();
            if (codes.Contains(code))
            {
                await label.ClickAsync();
                return code;
            }
        }

        throw new Xunit.Sdk.XunitException("No task in the picker is on the dashboard: " + string.Join(", ", codes));
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex Leading();
}
