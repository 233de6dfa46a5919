using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>
/// The public pages that issue 18 compares before and after (home, a list, an article, a procedure, the hotlines and
/// the search page), with full-page screenshots saved under test-results/screenshots/before-after/.
/// </summary>
public static class PublicTour
{
    public static readonly string[] Pages = ["home", "list", "article", "procedure", "hotlines", "search"];

    /// <summary>test-results/screenshots/before-after (git-ignored).</summary>
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(RepoPaths.Screenshots, "before-after")).FullName;

    /// <summary>The path of one page of the tour over the demo content.</summary>
    public static async Task<string> PathOfAsync(BrowserHost host, string name)
    {
        await using var scope = host.Scope();
        var db = host.Db(scope);
        return name switch
        {
            "home" => "/",
            "list" => "/tin-bai",
            "article" => "/tin-bai/" + await db.Articles.Where(v => v.IsPublished).OrderByDescending(v => v.PublishedUtc).Select(v => v.Item.Slug).FirstAsync(),
            "procedure" => "/thu-tuc/" + await db.Procedures.Where(v => v.IsPublished && v.Title == "Đăng ký thành lập hộ kinh doanh").Select(v => v.Item.Slug).FirstAsync(),
            "hotlines" => "/duong-day-nong",
            "search" => "/tim-kiem?q=thu+tuc",
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    /// <summary>Saves a full-page screenshot as before-after/{label}-{page}-{width}.png and returns its path.</summary>
    public static async Task<string> SaveAsync(IPage page, string label, string name, string width)
    {
        var path = Path.Combine(Folder, $"{label}-{name}-{(width == Width.Phone ? "390" : "1280")}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
