using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParPortal.Features.Media;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>Steps of the admin journeys, done through the real pages as a person would.</summary>
public static partial class AdminSteps
{
    /// <summary>Logs in through /admin/login and waits to leave the login page.</summary>
    public static async Task LoginAsync(BrowserSession s, string userName)
    {
        await s.GotoAsync("/admin/login");
        await s.Page.Locator("#u").FillAsync(userName);
        await s.Page.Locator("#p").FillAsync(BrowserHost.DemoPassword);
        await s.Page.Locator("form button[type=submit]").ClickAsync();
        await s.Page.WaitForURLAsync(url => !url.Contains("/admin/login", StringComparison.Ordinal));
    }

    /// <summary>
    /// The article's picture. Through the media library's upload form when the site has one (/admin/media);
    /// otherwise a stored image's URL goes into the image field (an URL that really serves an image, so the browser
    /// shows it without a failed request).
    /// </summary>
    public static async Task<string> ImageUrlAsync(BrowserSession s, BrowserHost host)
    {
        var png = await s.Page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png, Clip = new Clip { X = 0, Y = 0, Width = 320, Height = 200 } });
        await using var scope = host.Scope();
        var store = scope.ServiceProvider.GetRequiredService<MediaStore>();
        var file = await store.SaveAsync(new MemoryStream(png), "anh-bai-viet.png", "image/png", "bientap");
        var db = host.Db(scope);
        db.MediaFiles.Add(file);
        await db.SaveChangesAsync();
        var variant = file.Variants.OrderByDescending(v => v.Width).First();
        return MediaUrls.Variant(file.Id, variant);
    }

    /// <summary>Logs in as <paramref name="userName"/> and opens an empty article form; returns the editor's editing area, ready.</summary>
    public static async Task<ILocator> OpenNewArticleAsync(BrowserSession s, string userName = "bientap")
    {
        await LoginAsync(s, userName);
        await s.GotoAsync("/admin/content/new/Article");
        var editor = s.Page.Locator(".jodit-wysiwyg");
        await editor.WaitForAsync();
        return editor;
    }

    /// <summary>Fills the new-article form (title, summary, unit, body, picture) and saves; returns the item id.</summary>
    public static async Task<Guid> CreateArticleAsync(BrowserSession s, string title, string body, string? imageUrl, string unitCode = "XD-VP")
    {
        await s.GotoAsync("/admin/content/new/Article");
        await s.Page.Locator("#Input_Title").FillAsync(title);
        await s.Page.Locator("#Input_Summary").FillAsync("Bài viết kiểm thử trình duyệt: " + title);
        await s.Page.Locator("#Input_Unit").SelectOptionAsync(unitCode);
        await FillBodyAsync(s.Page, body);
        if (imageUrl is not null)
        {
            await s.Page.Locator("#Input_ImageUrl").FillAsync(imageUrl);
            await s.Page.Locator("#Input_ImageAlt").FillAsync("Ảnh minh họa bài viết");
        }

        await s.Page.Locator("form.form button[type=submit]").Last.ClickAsync();
        await s.Page.WaitForURLAsync(ItemUrl());
        await Expect(s.Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync(title);
        return Guid.Parse(ItemUrl().Match(s.Page.Url).Groups[1].Value);
    }

    /// <summary>Clicks a lifecycle button on the item page (Gửi duyệt, Xuất bản …) and waits for the notice.</summary>
    public static async Task ActAsync(BrowserSession s, Guid id, string button, string expectedState)
    {
        if (!s.Page.Url.EndsWith("/admin/content/" + id, StringComparison.OrdinalIgnoreCase))
        {
            await s.GotoAsync("/admin/content/" + id);
        }

        await s.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = button, Exact = true }).ClickAsync();
        await s.Page.WaitForLoadStateAsync(LoadState.Load);
        await Expect(s.Page.Locator("dd[data-state]")).ToHaveAttributeAsync("data-state", expectedState);
    }

    /// <summary>Types into the rich-text editor (Jodit) when it is on the page, else into the plain textarea.</summary>
    private static async Task FillBodyAsync(IPage page, string text)
    {
        var editor = page.Locator(".jodit-wysiwyg");
        try
        {
            await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            await page.Locator("#Input_Body").FillAsync("<p>" + text + "</p>");
            return;
        }

        await editor.ClickAsync();
        await editor.PressSequentiallyAsync(text);
    }

    [GeneratedRegex(@"/admin/content/([0-9a-fA-F-]{36})$")]
    private static partial Regex ItemUrl();
}
