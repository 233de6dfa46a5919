using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// After publishing, an editor changes an article: previews the unpublished version as the public page, compares it
/// with the published one side by side, opens any older version, and goes to the live page.
/// </summary>
public sealed partial class HistoryJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task UnpublishedVersion_IsPreviewedComparedAndTheLiveOneOpened_WhenAnEditorChangesAPublishedArticle(string width)
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        var page = s.Page;
        var title = $"Lịch tiếp công dân ({width} {Guid.NewGuid():N})"[..40];
        await AdminSteps.LoginAsync(s, "bientap");
        var id = await AdminSteps.CreateArticleAsync(s, title, "Tiếp công dân vào sáng thứ Năm hằng tuần.", null);
        await AdminSteps.ActAsync(s, id, "Xuất bản", "Published");

        // A second version, saved but not published.
        await s.GotoAsync($"/admin/content/{id}/edit");
        var editor = page.Locator(".jodit-wysiwyg");
        await editor.WaitForAsync();
        await page.EvaluateAsync("() => { Object.values(Jodit.instances)[0].value = '<p>Tiếp công dân vào sáng thứ Sáu hằng tuần.</p>'; }");
        await page.Locator("form.form button[type=submit]:not([name])").ClickAsync();
        await page.WaitForURLAsync(ItemUrl());

        // Preview: the public article page with the draft, under a banner.
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trước", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex($"/admin/preview/article/{id}/2$"));
        await Expect(page.Locator(".preview-banner")).ToContainTextAsync("phiên bản 2");
        await Expect(page.Locator("main .body")).ToContainTextAsync("thứ Sáu");
        await s.ScreenshotAsync("h-preview");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Locator(".preview-banner a").ClickAsync();

        // Compare the two versions side by side.
        await page.GetByRole(AriaRole.Link, new() { Name = "So sánh với bản đang xuất bản" }).ClickAsync();
        var body = page.Locator("tr[data-field=Body]");
        await Expect(body.Locator("td").Nth(0).Locator("del")).ToHaveTextAsync("Năm");
        await Expect(body.Locator("td").Nth(1).Locator("ins")).ToHaveTextAsync("Sáu");
        // Both versions are on the screen, on a phone too (stacked there): nothing to scroll sideways to.
        var box = await page.Locator(".scroll:has(table.compare)").EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
        Assert.True(box[0] <= box[1], $"The comparison is {box[0]} px wide in a {box[1]} px box ({width}).");
        await s.ScreenshotAsync("h-compare");
        await Axe.AssertNoSeriousViolationsAsync(page);

        // Any older version, from the history table.
        await s.GotoAsync($"/admin/content/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem phiên bản 1" }).ClickAsync();
        await Expect(page.Locator(".version-body")).ToContainTextAsync("thứ Năm");

        // The live page still shows the published version.
        await s.GotoAsync($"/admin/content/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trên trang" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/tin-bai/"));
        await Expect(page.Locator("main .body")).ToContainTextAsync("thứ Năm");
        await Expect(page.Locator(".preview-banner")).ToHaveCountAsync(0);
        await s.AssertCleanAsync();
    }

    [GeneratedRegex(@"/admin/content/[0-9a-fA-F-]{36}$")]
    private static partial Regex ItemUrl();
}
