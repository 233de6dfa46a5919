using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>An article from writing to the home page: one editor writes and submits it, another publishes it.</summary>
public sealed class EditorJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task ArticleWithImage_AppearsOnHome_WhenSubmittedByOneEditorAndPublishedByAnother(string width)
    {
        // This test changes data, so it has a host (and database) of its own.
        await using var host = new BrowserHost();
        var title = $"Một cửa điện tử rút ngắn thời gian giải quyết hồ sơ ({width} {Guid.NewGuid():N})"[..70];

        Guid id;
        await using (var writer = await BrowserSession.OpenAsync(browser.Browser, host, width, output))
        {
            await AdminSteps.LoginAsync(writer, "bientap");
            var image = await AdminSteps.ImageUrlAsync(writer, host);
            id = await AdminSteps.CreateArticleAsync(writer, title, "Từ tháng này, hồ sơ nộp trực tuyến được giải quyết trong ngày.", image);
            await writer.ScreenshotAsync("d-article-saved");
            await AdminSteps.ActAsync(writer, id, "Gửi duyệt", "InReview");
            await writer.AssertCleanAsync();
        }

        await using (var publisher = await BrowserSession.OpenAsync(browser.Browser, host, width, output))
        {
            await AdminSteps.LoginAsync(publisher, "bientap2");
            await AdminSteps.ActAsync(publisher, id, "Xuất bản", "Published");
            await publisher.ScreenshotAsync("d-article-published");
            await publisher.AssertCleanAsync();
        }

        await using var reader = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        await reader.GotoAsync("/");
        var link = reader.Page.Locator("main a").Filter(new LocatorFilterOptions { HasTextString = title }).First;
        await Expect(link).ToBeVisibleAsync();
        await reader.ScreenshotAsync("d-home");
        await link.ClickAsync();
        await Expect(reader.Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync(title);
        var img = reader.Page.Locator("main img[src*='/media/']").First;
        await Expect(img).ToBeVisibleAsync();
        await PageWaits.AssertImageLoadedAsync(img, "The article's image");
        await reader.ScreenshotAsync("d-article");
        await reader.AssertCleanAsync();
    }
}
