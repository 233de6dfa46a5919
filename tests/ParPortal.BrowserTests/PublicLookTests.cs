using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Media;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// The public site on a phone and a desktop: a header of at most about 100 px, a first screen with top stories and
/// the quick links, nothing wider than the screen, tables as cards on phones, a procedure that prints whole. Saves the
/// "after" screenshots of issue 18 (test-results/screenshots/before-after).
/// </summary>
public sealed class PublicLookTests(DemoSiteFixture site, ITestOutputHelper output) : IClassFixture<DemoSiteFixture>
{
    private const int PhoneHeight = 844;

    private static readonly SemaphoreSlim Pictures = new(1, 1);

    /// <summary>
    /// Gives the six newest demo articles a featured picture from the media library (once per site), as editors do, so
    /// that the pages and screenshots show the site with pictures. The pictures are drawn in the browser.
    /// </summary>
    private async Task EnsurePicturesAsync(BrowserSession s)
    {
        await Pictures.WaitAsync();
        try
        {
            await using var scope = site.Host.Scope();
            var db = site.Host.Db(scope);
            var newest = await db.Articles.Where(v => v.IsPublished).OrderByDescending(v => v.PublishedUtc).Take(6).Select(v => new { v.ContentItemId, v.VersionNumber, v.ImageUrl, v.Title }).ToListAsync();
            if (newest.All(a => a.ImageUrl is not null))
            {
                return;
            }

            var store = scope.ServiceProvider.GetRequiredService<MediaStore>();
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            string[] colours = ["#0b4f8a", "#1e6b34", "#a3161d", "#8a4b00", "#4a5563", "#083a66"];
            for (var i = 0; i < newest.Count; i++)
            {
                await s.Page.SetContentAsync($"<body style='margin:0'><div style='width:360px;height:203px;background:linear-gradient(135deg,{colours[i]},#f0f4f8)'></div></body>");
                var png = await s.Page.ScreenshotAsync(new PageScreenshotOptions { Clip = new Clip { X = 0, Y = 0, Width = 360, Height = 203 } });
                var file = await store.SaveAsync(new MemoryStream(png), $"anh-{i}.png", "image/png", "bientap");
                file.AltText = newest[i].Title;
                db.MediaFiles.Add(file);
                await db.SaveChangesAsync();
                var path = MediaUrls.Variant(file.Id, file.Variants.Where(v => v.Format != "webp").MaxBy(v => v.Width)!);
                await manager.SaveAsync(newest[i].ContentItemId, newest[i].VersionNumber, v =>
                {
                    ((ArticleVersion)v).ImageUrl = path;
                    ((ArticleVersion)v).ImageAlt = "Ảnh minh họa: " + newest[i].Title;
                }, "bientap");
                await manager.PublishAsync(newest[i].ContentItemId, "bientap");
            }
        }
        finally
        {
            Pictures.Release();
        }
    }

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task TourPages_FitTheScreenWidthWithACompactHeader_WhenOpened(string width)
    {
        await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, width, output);
        await EnsurePicturesAsync(s);
        foreach (var name in PublicTour.Pages)
        {
            await s.GotoAsync(await PublicTour.PathOfAsync(site.Host, name));
            var header = (await s.Page.Locator("header.site-header").BoundingBoxAsync())!;
            var widths = await s.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (scroll, client) = (widths[0], widths[1]);
            output.WriteLine($"{width} {name}: header {header.Height:0} px, {await s.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight")} px tall");
            Assert.True(scroll <= client, $"{name} is {scroll} px wide on a {client} px screen.");
            if (s.IsPhone)
            {
                Assert.True(header.Height <= 100, $"The header of {name} takes {header.Height} px of the phone's first screen.");
            }

            await PublicTour.SaveAsync(s.Page, "after", name, width);
        }

        await s.AssertCleanAsync();
    }

    [Fact]
    public async Task PhoneHome_FirstScreenHoldsTopStoriesAndQuickLinks_WhenOpened()
    {
        await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, Width.Phone, output);
        await EnsurePicturesAsync(s);
        await s.GotoAsync("/");
        await Expect(s.Page.Locator(".lead-story picture img")).ToBeVisibleAsync();

        async Task AssertInFirstScreenAsync(ILocator locator, string what)
        {
            var box = await locator.BoundingBoxAsync();
            Assert.True(box is not null && box.Y + box.Height <= PhoneHeight, $"{what} is not in the first screen ({box?.Y}+{box?.Height}).");
        }

        await AssertInFirstScreenAsync(s.Page.Locator(".lead-story h3 a"), "The lead story");
        await AssertInFirstScreenAsync(s.Page.Locator(".quick a[href='/thu-tuc']"), "The procedures link");
        await AssertInFirstScreenAsync(s.Page.Locator(".quick a[href='/duong-day-nong']"), "The hotlines link");
        await AssertInFirstScreenAsync(s.Page.Locator(".quick a[href^='/chi-so']"), "The index results link");
        await Expect(s.Page.Locator(".quick a[href^='/chi-so'] .detail")).ToContainTextAsync("PAR INDEX");
        await s.AssertCleanAsync();
    }

    [Theory]
    [InlineData(Width.Phone, "block")]
    [InlineData(Width.Desktop, "table-cell")]
    public async Task DocumentAndProcedureTables_AreCardsOnPhonesAndTablesOnDesktops_WhenOpened(string width, string cellDisplay)
    {
        await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, width, output);
        foreach (var path in new[] { "/van-ban", await PublicTour.PathOfAsync(site.Host, "procedure") })
        {
            await s.GotoAsync(path);
            var cell = s.Page.Locator("table.cards tbody td[data-label]").First;
            Assert.Equal(cellDisplay, await cell.EvaluateAsync<string>("td => getComputedStyle(td).display"));
            var label = await cell.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content");
            if (s.IsPhone)
            {
                Assert.Contains(await cell.GetAttributeAsync("data-label") ?? "?", label);
                // A caption spans the card's width (as a table caption in a block table it shrank to one word a line).
                foreach (var caption in await s.Page.Locator("table.cards caption:not(.visually-hidden)").AllAsync())
                {
                    var widths = await caption.EvaluateAsync<double[]>("c => [c.getBoundingClientRect().width, c.closest('.table-wrap, main').getBoundingClientRect().width]");
                    Assert.True(widths[0] >= widths[1] * 0.9, $"{path}: the caption is {widths[0]} px wide in {widths[1]} px.");
                }
                await Axe.AssertNoSeriousViolationsAsync(s.Page);
            }
            else
            {
                Assert.Equal("none", label);
            }
        }

        await s.AssertCleanAsync();
    }

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task ListsWithoutPictures_ShowDetailsUnderTheTitle_WhenOpened(string width)
    {
        await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, width, output);
        foreach (var path in new[] { "/thu-tuc", "/chi-so", "/hoi-dap" })
        {
            await s.GotoAsync(path);
            var item = s.Page.Locator("ul.items > li:not(.has-image)").Filter(new() { Has = s.Page.Locator("p") }).First;
            var title = (await item.Locator("h2, h3").First.BoundingBoxAsync())!;
            var details = (await item.Locator("p").First.BoundingBoxAsync())!;
            // Under the title from the same left edge, not a narrow column beside it.
            Assert.True(details.Y >= title.Y + title.Height - 1, $"{path}: the details start at {details.Y}, beside the title ({title.Y}+{title.Height}).");
            Assert.True(Math.Abs(details.X - title.X) <= 1, $"{path}: the details start at x={details.X}, the title at x={title.X}.");
        }

        await s.AssertCleanAsync();
    }

    [Fact]
    public async Task PhoneLists_ShowResultsInTheFirstScreen_WhenTheFiltersAreOpen()
    {
        await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, Width.Phone, output);
        foreach (var path in new[] { "/thu-tuc", "/van-ban" })
        {
            await s.GotoAsync(path);
            // Two filter fields a row: five fields one under another took the whole first screen of a phone.
            var form = (await s.Page.Locator("form.filters").BoundingBoxAsync())!;
            Assert.True(form.Height <= 320, $"{path}: the filters are {form.Height} px tall.");
            var first = (await s.Page.Locator("main table.cards tbody tr, main ul.items > li").First.BoundingBoxAsync())!;
            Assert.True(first.Y < PhoneHeight, $"{path}: the first result starts at {first.Y} px.");
        }

        await s.AssertCleanAsync();
    }

    [Fact]
    public async Task ProcedurePage_PrintsWithoutNavigationAndWithWholeTables_WhenPrinted()
    {
        await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, Width.Desktop, output);
        await s.GotoAsync(await PublicTour.PathOfAsync(site.Host, "procedure"));
        await Expect(s.Page.GetByRole(AriaRole.Button, new() { Name = "In thủ tục này" })).ToBeVisibleAsync();

        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { ".main-nav", ".breadcrumbs", ".topic-nav", ".page-tools", "form.search" })
        {
            await Expect(s.Page.Locator(hidden).First).ToBeHiddenAsync();
        }

        Assert.Equal("visible", await s.Page.Locator(".table-wrap").First.EvaluateAsync<string>("e => getComputedStyle(e).overflowX"));
        await Expect(s.Page.Locator("table.legal")).ToBeVisibleAsync();
        var pdf = await s.Page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 10_000);
        await s.AssertCleanAsync();
    }
}
