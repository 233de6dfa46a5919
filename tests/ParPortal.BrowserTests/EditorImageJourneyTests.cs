using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// Images inside the editor: pasted, dropped, or chosen with the image button from the computer or the library, each
/// through the media store with a required description and an optional caption.
/// </summary>
public sealed partial class EditorImageJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task ImagesPastedDroppedAndPicked_AreStoredWithTheirDescriptions_WhenTheEditorWritesAnArticle(string width)
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        var page = s.Page;
        var title = $"Ảnh trong bài ({width} {Guid.NewGuid():N})"[..40];
        var editor = await AdminSteps.OpenNewArticleAsync(s);
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_Unit").SelectOptionAsync("XD-VP");
        await editor.ClickAsync();
        await editor.PressSequentiallyAsync("Bộ phận một cửa đã sửa sang lại.");

        // Pasted: the dialog opens with the picture; without a description it is refused.
        await ImageSteps.PasteImageAsync(editor, "anh-dan.png");
        var dialog = page.Locator("dialog.pp-media-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator(".pp-media-preview")).ToBeVisibleAsync();
        await Expect(dialog.Locator(".pp-chosen")).ToContainTextAsync("anh-dan.png");
        await s.ScreenshotAsync("i-dialog-pasted");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await dialog.Locator(".pp-media-insert").ClickAsync();
        await Expect(dialog.Locator(".pp-media-error")).ToHaveTextAsync("Hãy nhập mô tả ảnh trước khi chèn.");
        await dialog.GetByLabel("Mô tả ảnh (văn bản thay thế, bắt buộc)").FillAsync("Quầy tiếp nhận hồ sơ");
        await dialog.GetByLabel("Chú thích ảnh (không bắt buộc, hiện dưới ảnh)").FillAsync("Quầy tiếp nhận sau khi sửa");
        await dialog.Locator(".pp-media-insert").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(editor.Locator("figure img[src^='/media/'][alt='Quầy tiếp nhận hồ sơ']")).ToHaveCountAsync(1);
        await Expect(editor.Locator("figure figcaption")).ToHaveTextAsync("Quầy tiếp nhận sau khi sửa");

        // Dropped onto the text: the same dialog, no caption this time.
        await ImageSteps.DropImageAsync(editor, "anh-keo-tha.png");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByLabel("Mô tả ảnh (văn bản thay thế, bắt buộc)").FillAsync("Người dân lấy số thứ tự");
        await dialog.Locator(".pp-media-insert").ClickAsync();
        await Expect(editor.Locator("img[alt='Người dân lấy số thứ tự']")).ToHaveCountAsync(1);

        // The image button: the library holds the uploads, found by their description; picking one fills it in.
        await page.Locator(".jodit-toolbar-button_ppImage button").ClickAsync();
        await dialog.GetByRole(AriaRole.Tab, new() { Name = "Thư viện ảnh" }).ClickAsync();
        await dialog.GetByLabel("Tìm trong thư viện").FillAsync("quầy tiếp");
        var pick = dialog.Locator("button.pp-pick", new() { HasTextString = "Quầy tiếp nhận hồ sơ" });
        await Expect(pick).ToHaveCountAsync(1);
        await Expect(dialog.Locator("button.pp-pick", new() { HasTextString = "Người dân lấy số thứ tự" })).ToHaveCountAsync(0);
        await pick.ClickAsync();
        await Expect(dialog.GetByLabel("Mô tả ảnh (văn bản thay thế, bắt buộc)")).ToHaveValueAsync("Quầy tiếp nhận hồ sơ");
        await s.ScreenshotAsync("i-dialog-library");
        await dialog.Locator(".pp-media-insert").ClickAsync();
        await Expect(editor.Locator("img[alt='Quầy tiếp nhận hồ sơ']")).ToHaveCountAsync(2);

        await page.Locator("form.form button[type=submit]:not([name])").ClickAsync();
        await page.WaitForURLAsync(ItemUrl());
        await s.AssertCleanAsync();

        await using var scope = host.Scope();
        var db = host.Db(scope);
        var body = await db.Articles.Where(v => v.IsLatest && v.Title == title).Select(v => v.Body).SingleAsync();
        Assert.Matches("<figure><img src=\"/media/[0-9a-f]{32}/[^\"]+\" alt=\"Quầy tiếp nhận hồ sơ\"[^>]*><figcaption>Quầy tiếp nhận sau khi sửa</figcaption></figure>", body);
        Assert.Contains("alt=\"Người dân lấy số thứ tự\"", body);
        Assert.DoesNotContain("data:", body);
        Assert.Equal(2, await db.MediaFiles.CountAsync(f => f.CreatedBy == "bientap"));
    }

    [GeneratedRegex(@"/admin/content/[0-9a-fA-F-]{36}$")]
    private static partial Regex ItemUrl();
}
