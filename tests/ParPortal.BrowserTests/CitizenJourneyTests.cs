using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>What a citizen does on the public column, over the demo content, at a phone and a desktop width.</summary>
public sealed class CitizenJourneyTests(DemoSiteFixture site, ITestOutputHelper output) : IClassFixture<DemoSiteFixture>
{
    private const string ProcedureTitle = "Đăng ký thành lập hộ kinh doanh";

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task SearchWithoutDiacritics_OpensProcedureAndShowsFees_WhenCitizenSearchesHoKinhDoanh(string width)
    {
        await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, width, output);
        var fee = (string)DemoRecipe.ByTitle("Procedure", ProcedureTitle)["channels"]![0]!["fee"]!;

        await s.GotoAsync("/tim-kiem");
        await s.Page.Locator("#q").FillAsync("thu tuc dang ky ho kinh doanh");
        await s.Page.Locator("#q").PressAsync("Enter");
        await s.Page.WaitForURLAsync(new Regex(@"/tim-kiem\?.*q=thu"));
        var hit = s.Page.Locator("ol.search-hits a").Filter(new LocatorFilterOptions { HasTextString = ProcedureTitle }).First;
        await Expect(hit).ToBeVisibleAsync();
        await s.ScreenshotAsync("a-search-results");

        await hit.ClickAsync();
        await s.Page.WaitForURLAsync(new Regex("/thu-tuc/"));
        await Expect(s.Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync(ProcedureTitle);
        var feeText = s.Page.GetByText(fee).First;
        await feeText.ScrollIntoViewIfNeededAsync();
        await Expect(feeText).ToBeVisibleAsync();
        await s.ScreenshotAsync("a-procedure-fees");
        await s.AssertCleanAsync();
    }

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task HotlinePage_FirstTelLinkDialsRecipeNumber_WhenCitizenOpensHotlines(string width)
    {
        await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, width, output);
        // The page lists hotlines by display order; the first one's first number must be dialable as is.
        var first = DemoRecipe.OfType("Hotline").OrderBy(h => (int?)h["displayOrder"] ?? int.MaxValue).First();
        var expected = DemoRecipe.Digits((string)first["phones"]![0]!);

        await s.GotoAsync("/duong-day-nong");
        var tel = s.Page.Locator("main a[href^='tel:']").First;
        await Expect(tel).ToBeVisibleAsync();
        var digits = DemoRecipe.Digits(await tel.GetAttributeAsync("href") ?? "");
        // A +84 international form is the same number without the leading 0.
        Assert.True(digits == expected || (digits.StartsWith("84", StringComparison.Ordinal) && "0" + digits[2..] == expected),
            $"First tel: link dials {digits}, recipe says {expected} ({first["title"]})");
        await s.ScreenshotAsync("b-hotlines");
        await s.AssertCleanAsync();
    }

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task ParIndexPage_ShowsSvgChartAndTableWithLatestScore_WhenCitizenOpensIt(string width)
    {
        await using var s = await BrowserSession.OpenAsync(site.Browser, site.Host, width, output);
        var latest = DemoRecipe.OfType("IndexResult").Where(i => (string?)i["index"] == "PARINDEX").MaxBy(i => (int)i["year"]!)!;
        var score = ((double)latest["score"]!).ToString("0.00", CultureInfo.GetCultureInfo("vi-VN"));

        await s.GotoAsync("/chi-so/parindex");
        var chart = s.Page.Locator("main svg").First;
        await chart.ScrollIntoViewIfNeededAsync();
        await Expect(chart).ToBeVisibleAsync();
        var box = await chart.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 50 }, $"The chart is drawn too small: {box?.Width}×{box?.Height}");
        var table = s.Page.Locator("main table").Filter(new LocatorFilterOptions { HasTextString = score }).First;
        await Expect(table).ToBeAttachedAsync();
        await Expect(table.Locator("td, th").Filter(new LocatorFilterOptions { HasTextString = score }).First).ToBeAttachedAsync();
        Assert.Contains(((int)latest["year"]!).ToString(CultureInfo.InvariantCulture), await table.InnerTextAsync());
        await s.ScreenshotAsync("c-parindex");
        await s.AssertCleanAsync();
    }
}
