using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// Nothing typed is lost: the form is kept in the browser while it is written and offered back after a reload, and a
/// save that meets someone else's newer save keeps the text, says who saved and when, and shows the differences.
/// </summary>
public sealed partial class AutosaveAndConflictJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task Draft_IsOfferedBackAfterAReloadAndDroppedAfterSaving_WhenTheFormWasNotSaved(string width)
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        var page = s.Page;
        var title = $"Nháp tự lưu ({width} {Guid.NewGuid():N})"[..30];
        var editor = await AdminSteps.OpenNewArticleAsync(s);
        await page.Locator("#Input_Title").FillAsync(title);
        await editor.ClickAsync();
        await editor.PressSequentiallyAsync("Đoạn văn chưa kịp lưu.");
        await Expect(page.Locator(".autosave-status")).ToContainTextAsync("Đã lưu nháp trên máy này");

        // The tab is closed by mistake; the form comes back empty with an offer to restore.
        await page.ReloadAsync();
        await Expect(page.Locator("#Input_Title")).ToHaveValueAsync(string.Empty);
        var notice = page.Locator(".autosave-notice");
        await Expect(notice).ToContainTextAsync("Có bản nháp chưa lưu");
        await s.ScreenshotAsync("n-restore-offer");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await notice.GetByRole(AriaRole.Button, new() { Name = "Khôi phục bản nháp" }).ClickAsync();
        await Expect(page.Locator("#Input_Title")).ToHaveValueAsync(title);
        await Expect(editor).ToContainTextAsync("Đoạn văn chưa kịp lưu.");

        await page.Locator("#Input_Unit").SelectOptionAsync("XD-VP");
        await page.Locator("form.form button[type=submit]:not([name])").ClickAsync();
        await page.WaitForURLAsync(ItemUrl());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('parportal:draft:')).length"));
        await s.GotoAsync("/admin/content/new/Article");
        await editor.WaitForAsync();
        await Expect(page.Locator(".autosave-notice")).ToHaveCountAsync(0);
        await s.AssertCleanAsync();
    }

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task SecondSave_KeepsTheTextAndShowsWhoSavedAndWhat_WhenTwoEditorsEditTheSameArticle(string width)
    {
        await using var host = new BrowserHost();
        var title = $"Hai người cùng sửa ({width} {Guid.NewGuid():N})"[..35];
        await using var first = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        await using var second = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        await AdminSteps.LoginAsync(first, "bientap");
        await AdminSteps.LoginAsync(second, "bientap2");
        var id = await AdminSteps.CreateArticleAsync(first, title, "Hồ sơ nộp tại bộ phận một cửa.", null);

        // Both open the form at version 1; the second editor saves first.
        await first.GotoAsync($"/admin/content/{id}/edit");
        await second.GotoAsync($"/admin/content/{id}/edit");
        await second.Page.Locator("#Input_Summary").FillAsync("Tóm tắt của người thứ hai.");
        await second.Page.Locator("form.form button[type=submit]:not([name])").ClickAsync();
        await second.Page.WaitForURLAsync(ItemUrl());

        await first.Page.Locator("#Input_Title").FillAsync(title + " (sửa)");
        await first.Page.Locator("form.form button[type=submit]:not([name])").ClickAsync();
        var conflict = first.Page.Locator("section.conflict");
        await Expect(conflict.Locator("h2")).ToContainTextAsync("bientap2 đã lưu phiên bản 2 lúc");
        await Expect(first.Page.Locator("#Input_Title")).ToHaveValueAsync(title + " (sửa)");
        // What the other editor changed, word by word: their summary is in the new column of the first comparison.
        await Expect(conflict.Locator("table.compare").First.Locator("tr[data-field=Summary] td").Nth(1)).ToContainTextAsync("Tóm tắt của người thứ hai.");
        await Expect(conflict.Locator("table.compare").First.Locator("tr[data-field=Summary] ins").First).ToBeVisibleAsync();
        await first.ScreenshotAsync("c-conflict");
        await Axe.AssertNoSeriousViolationsAsync(first.Page);

        // Having seen the other change, the first editor copies it into the form and saves over version 2.
        await first.Page.Locator("#Input_Summary").FillAsync("Tóm tắt của người thứ hai.");
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Lưu bản của tôi thay cho phiên bản 2" }).ClickAsync();
        await first.Page.WaitForURLAsync(ItemUrl());
        await first.AssertCleanAsync();

        await using var scope = host.Scope();
        var latest = await host.Db(scope).Articles.SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        Assert.Equal((3, title + " (sửa)", "Tóm tắt của người thứ hai."), (latest.VersionNumber, latest.Title, latest.Summary));
    }

    [GeneratedRegex(@"/admin/content/[0-9a-fA-F-]{36}$")]
    private static partial Regex ItemUrl();
}
