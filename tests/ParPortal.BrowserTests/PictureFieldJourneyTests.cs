using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// The featured image and the gallery chosen from the media library with thumbnails (or uploaded there and then),
/// and the published article showing them with every stored width.
/// </summary>
public sealed class PictureFieldJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task FeaturedImageAndGallery_AreChosenInTheDialogAndShownWithSrcset_WhenTheArticleIsPublished(string width)
    {
        await using var host = new BrowserHost();
        var title = $"Ảnh đại diện và bộ ảnh ({width} {Guid.NewGuid():N})"[..45];
        Guid id;
        await using (var s = await BrowserSession.OpenAsync(browser.Browser, host, width, output))
        {
            var page = s.Page;
            await AdminSteps.LoginAsync(s, "bientap");
            await s.GotoAsync("/admin/content/new/Article");
            await page.Locator(".jodit-wysiwyg").WaitForAsync();
            await page.Locator("#Input_Title").FillAsync(title);
            await page.Locator("#Input_Unit").SelectOptionAsync("XD-VP");
            await page.Locator(".jodit-wysiwyg").ClickAsync();
            await page.Locator(".jodit-wysiwyg").PressSequentiallyAsync("Hội nghị tổng kết công tác cải cách hành chính.");

            // The featured image: uploaded from the computer inside the dialog, with its description and caption.
            var featured = page.Locator("fieldset.media-field").First;
            await featured.GetByRole(AriaRole.Button, new() { Name = "Chọn hoặc tải ảnh lên" }).ClickAsync();
            var dialog = page.Locator("dialog.pp-media-dialog");
            await ImageSteps.ChooseImageAsync(page, dialog.Locator("input[type=file]"), "hoi-nghi.png", 1600, 900);
            await dialog.GetByLabel("Mô tả ảnh (văn bản thay thế, bắt buộc)").FillAsync("Toàn cảnh hội nghị tổng kết");
            await dialog.GetByLabel("Chú thích ảnh (không bắt buộc, hiện dưới ảnh)").FillAsync("Hội nghị sáng 15/12");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Chọn ảnh này" }).ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            await Expect(page.Locator("#Input_ImageUrl")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^/media/[0-9a-f]{32}/"));
            await Expect(page.Locator("#Input_ImageAlt")).ToHaveValueAsync("Toàn cảnh hội nghị tổng kết");
            await Expect(page.Locator("#Input_ImageCaption")).ToHaveValueAsync("Hội nghị sáng 15/12");
            await Expect(featured.Locator("img.media-field-preview")).ToBeVisibleAsync();

            // The gallery: the same picture picked from the library by its thumbnail, then one more row typed by hand.
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm ảnh vào bộ ảnh" }).ClickAsync();
            await dialog.GetByRole(AriaRole.Tab, new() { Name = "Thư viện ảnh" }).ClickAsync();
            var thumb = dialog.Locator("button.pp-pick", new() { HasTextString = "Toàn cảnh hội nghị tổng kết" });
            await Expect(thumb.Locator("img")).ToBeVisibleAsync();
            await thumb.ClickAsync();
            await dialog.GetByLabel("Chú thích ảnh (không bắt buộc, hiện dưới ảnh)").FillAsync("Đại biểu dự hội nghị");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Chọn ảnh này" }).ClickAsync();
            var rows = page.Locator(".gallery-rows > li");
            await Expect(rows.First.Locator("input[name='Input.GalleryUrl']")).ToHaveValueAsync(await page.Locator("#Input_ImageUrl").InputValueAsync());
            await Expect(rows.First.Locator("input[name='Input.GalleryCaption']")).ToHaveValueAsync("Đại biểu dự hội nghị");
            await s.ScreenshotAsync("p-picture-fields");
            await Axe.AssertNoSeriousViolationsAsync(page);

            await page.Locator("form.form button[type=submit]:not([name])").ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/content/[0-9a-fA-F-]{36}$"));
            id = Guid.Parse(page.Url.Split('/')[^1]);
            await AdminSteps.ActAsync(s, id, "Xuất bản", "Published");
            await s.AssertCleanAsync();
        }

        await using var reader = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        await reader.GotoAsync("/tin-bai");
        var link = reader.Page.Locator(".items li.has-image h3 a", new() { HasTextString = title });
        await Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        var figure = reader.Page.Locator("figure.featured");
        await Expect(figure.Locator("img")).ToHaveAttributeAsync("alt", "Toàn cảnh hội nghị tổng kết");
        Assert.Matches(@"\d+w, .+\d+w", await figure.Locator("source").GetAttributeAsync("srcset") ?? "");
        await figure.ScrollIntoViewIfNeededAsync();
        await PageWaitsForImageAsync(figure.Locator("img"));
        await Expect(reader.Page.Locator("ul.gallery figcaption")).ToHaveTextAsync("Đại biểu dự hội nghị");
        await reader.ScreenshotAsync("p-article-with-pictures");
        await Axe.AssertNoSeriousViolationsAsync(reader.Page);
        await reader.AssertCleanAsync();
    }

    /// <summary>Waits until the browser has decoded the image (it is lazy-loaded or just came into view).</summary>
    private static async Task PageWaitsForImageAsync(ILocator img)
    {
        await img.EvaluateAsync("i => i.decode()");
        Assert.True(await img.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"), "The picture did not load.");
    }
}
