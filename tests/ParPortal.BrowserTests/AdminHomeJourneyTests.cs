using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// The admin home of each role over the demo, and the content list's bulk publishing with filters that are kept
/// when the editor goes to an item and back.
/// </summary>
public sealed class AdminHomeJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("bientap", Width.Phone)]
    [InlineData("bientap", Width.Desktop)]
    [InlineData("congtacvien.vt", Width.Phone)]
    [InlineData("congtacvien.vt", Width.Desktop)]
    [InlineData("vanphong", Width.Phone)]
    [InlineData("vanphong", Width.Desktop)]
    public async Task AdminHome_ShowsTheListsOfTheRole_WhenAUserLogsIn(string user, string width)
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, width, output);

        await AdminSteps.LoginAsync(s, user);
        await s.GotoAsync("/admin");

        await Expect(s.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trang làm việc");
        // The menu leaves the page its first screen on a phone (it wrapped to five rows, 420 px, for an editor).
        if (s.IsPhone)
        {
            var header = (await s.Page.Locator("header.admin-header").BoundingBoxAsync())!;
            Assert.True(header.Height <= 200, $"The admin header is {header.Height} px tall on a phone.");
        }
        var lists = await s.Page.Locator("section.home-list h2").AllInnerTextsAsync();
        var expected = user switch
        {
            "bientap" => new[] { "Bản nháp của tôi", "Chờ tôi duyệt", "Tiến độ kế hoạch", "Mới xuất bản", "Hoạt động gần đây" },
            "congtacvien.vt" => ["Bản nháp của tôi", "Tôi đã gửi duyệt", "Chỉ tiêu của", "Mới xuất bản", "Việc tôi làm gần đây"],
            _ => ["Tiến độ kế hoạch", "Mới xuất bản", "Hoạt động gần đây"],
        };
        Assert.All(expected, e => Assert.Contains(lists, l => l.StartsWith(e, StringComparison.Ordinal)));
        if (user == "vanphong")
        {
            Assert.DoesNotContain(lists, l => l.StartsWith("Bản nháp", StringComparison.Ordinal));
        }

        await s.ScreenshotAsync("h-admin-home-" + user);
        await Axe.AssertNoSeriousViolationsAsync(s.Page);
        await s.AssertCleanAsync();
    }

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task CheckedDrafts_ArePublishedAndTheFiltersKept_WhenAnEditorUsesTheContentList(string width)
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        var page = s.Page;
        await AdminSteps.LoginAsync(s, "bientap");
        var run = Guid.NewGuid().ToString("N")[..6];
        await AdminSteps.CreateArticleAsync(s, $"Hàng loạt một {run}", "Nội dung một.", null);
        await AdminSteps.CreateArticleAsync(s, $"Hàng loạt hai {run}", "Nội dung hai.", null);

        await s.GotoAsync("/admin/content");
        // Filter fields a finger can hit, in a font a phone does not zoom into (16 px and up).
        foreach (var field in new[] { "select[name=type]", "select[name=status]", "input[name=q]" })
        {
            var size = await page.Locator(field).EvaluateAsync<double[]>("e => [parseFloat(getComputedStyle(e).fontSize), e.getBoundingClientRect().height]");
            Assert.True(size[0] >= 16 && size[1] >= 40, $"{field}: {size[0]} px font, {size[1]} px tall ({width}).");
        }
        await page.Locator("select[name=type]").SelectOptionAsync("Article");
        await page.Locator("select[name=status]").SelectOptionAsync("Draft");
        await page.Locator("input[name=q]").FillAsync(run);
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(2);

        // To an item and back: the list opens with the same filters.
        await page.Locator("table.list a", new() { HasTextString = $"Hàng loạt một {run}" }).ClickAsync();
        await page.Locator("main a", new() { HasTextString = "Nội dung" }).First.ClickAsync();
        await Expect(page.Locator("select[name=status]")).ToHaveValueAsync("Draft");
        await Expect(page.Locator("input[name=q]")).ToHaveValueAsync(run);
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(2);

        await page.GetByLabel("Chọn tất cả trên trang").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản các mục đã chọn", Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Đã xuất bản 2 mục.");
        // Still filtered to drafts: the two are published now, so none are left.
        await Expect(page.Locator("select[name=status]")).ToHaveValueAsync("Draft");
        await Expect(page.Locator("table.list")).ToHaveCountAsync(0);
        await s.ScreenshotAsync("h-bulk-published");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await s.AssertCleanAsync();
    }
}
