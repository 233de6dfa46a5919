using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using ParPortal.Features.Feedback;
using ParPortal.Features.Feedback.Intake;
using ParPortal.Features.Feedback.Ratings;
using ParPortal.Features.Feedback.Workflow;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// Citizens' questions and the page rating, through the real pages: a citizen asks, tracks and reads the answer; a
/// unit answers and an editor approves; a visitor rates a page on a phone. axe-core checks every page they see.
/// </summary>
public sealed partial class FeedbackJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string ProcedureCode = "1.002859";

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task Citizen_AsksTracksAndReadsThePublishedAnswer(string width)
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        await s.GotoAsync("/hoi-dap");
        await Axe.AssertNoSeriousViolationsAsync(s.Page);
        await s.Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Gửi câu hỏi, phản ánh" }).ClickAsync();
        await s.Page.WaitForURLAsync(new Regex("/hoi-dap/gui-cau-hoi"));

        await s.Page.GetByLabel("Họ và tên").FillAsync("Trần Thị Hỏi");
        await s.Page.GetByLabel("Số điện thoại").FillAsync("0905 111 222");
        await s.Page.Locator("#Form_ProcedureCode").SelectOptionAsync(ProcedureCode);
        await s.Page.Locator("#Form_Question").FillAsync("Xin hỏi phù hiệu xe tải <b>hết hạn</b> thì làm lại có mất phí không?");
        await s.Page.Locator("#Form_ChallengeAnswer").FillAsync(Solve(await s.Page.Locator("label[for=Form_ChallengeAnswer]").InnerTextAsync()));
        await Axe.AssertNoSeriousViolationsAsync(s.Page);
        await s.ScreenshotAsync("f-question-form");
        await s.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Gửi câu hỏi", Exact = true }).ClickAsync();

        await s.Page.WaitForURLAsync(new Regex("/hoi-dap/tra-cuu\\?ma="));
        var code = (await s.Page.Locator(".tracking-code").InnerTextAsync()).Trim();
        Assert.Matches("^PA-[2-9A-Z]{4}-[2-9A-Z]{4}$", code);
        await Expect(s.Page.Locator("dd[data-status]")).ToHaveAttributeAsync("data-status", "New");
        await Axe.AssertNoSeriousViolationsAsync(s.Page);
        await s.ScreenshotAsync("f-question-received");

        // The agency's side, through the workflow as the admin pages use it (the next test drives those pages).
        await using (var scope = host.Scope())
        {
            var id = await host.Db(scope).Set<FeedbackVersion>().Where(v => v.TrackingCode == code).Select(v => v.ContentItemId).SingleAsync();
            var workflow = scope.ServiceProvider.GetRequiredService<FeedbackWorkflow>();
            await workflow.AssignAsync(id, "XD-QLVT", As("bientap", "Editor"), default);
            var version = await host.Db(scope).ContentVersions.Where(v => v.ContentItemId == id && v.IsLatest).Select(v => v.VersionNumber).SingleAsync();
            await workflow.AnswerAsync(id, version, "Phù hiệu hết hạn được cấp lại theo thủ tục cấp phù hiệu; không thu phí.", true, As("congtacvien.vt", "Contributor", "XD-QLVT", host), default);
            await workflow.ApproveAsync(id, As("bientap", "Editor"), default);
        }

        await s.GotoAsync("/hoi-dap/tra-cuu?ma=" + Uri.EscapeDataString(code.ToLowerInvariant().Replace("-", " ")));
        await Expect(s.Page.Locator("dd[data-status]")).ToHaveAttributeAsync("data-status", "Answered");
        await Expect(s.Page.GetByText("không thu phí")).ToBeVisibleAsync();
        await s.Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Xem câu hỏi và câu trả lời trên trang Hỏi đáp" }).ClickAsync();
        await s.Page.WaitForURLAsync(new Regex("/hoi-dap/[a-z0-9-]+$"));
        await Expect(s.Page.Locator("main")).ToContainTextAsync("<b>hết hạn</b>");
        await Expect(s.Page.Locator("main")).Not.ToContainTextAsync("Trần Thị Hỏi");
        await Expect(s.Page.Locator("main")).Not.ToContainTextAsync("0905 111 222");
        await Axe.AssertNoSeriousViolationsAsync(s.Page);
        await s.ScreenshotAsync("f-answer-published");
        await s.AssertCleanAsync();
    }

    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task Unit_AnswersAndEditor_ApprovesThroughTheAdminPages(string width)
    {
        await using var host = new BrowserHost();
        Guid id;
        await using (var scope = host.Scope())
        {
            var receipt = await scope.ServiceProvider.GetRequiredService<FeedbackIntake>().SubmitAsync(
                new FeedbackSubmission("Lê Văn Hỏi", null, "hoi@example.com", "Phù hiệu xe ô tô có thời hạn bao lâu?", ProcedureCode, null, null, Guid.NewGuid().ToString("N")),
                null, default);
            id = receipt.ItemId;
            await scope.ServiceProvider.GetRequiredService<FeedbackWorkflow>().AssignAsync(id, "XD-QLVT", As("bientap", "Editor"), default);
        }

        await using (var unit = await BrowserSession.OpenAsync(browser.Browser, host, width, output))
        {
            await AdminSteps.LoginAsync(unit, "congtacvien.vt");
            await unit.GotoAsync("/admin/feedback");
            await unit.Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Phù hiệu xe ô tô có thời hạn bao lâu?" }).ClickAsync();
            await unit.Page.Locator("#answer").FillAsync("Phù hiệu có giá trị theo thời hạn của giấy phép kinh doanh vận tải.");
            await Axe.AssertNoSeriousViolationsAsync(unit.Page);
            await unit.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Gửi duyệt câu trả lời" }).ClickAsync();
            await Expect(unit.Page.Locator("dd[data-status]")).ToHaveAttributeAsync("data-status", "AwaitingApproval");
            await unit.ScreenshotAsync("f-unit-answered");
            await unit.AssertCleanAsync();
        }

        await using (var editor = await BrowserSession.OpenAsync(browser.Browser, host, width, output))
        {
            await AdminSteps.LoginAsync(editor, "bientap");
            await editor.GotoAsync($"/admin/feedback/{id}");
            await Expect(editor.Page.GetByText("hoi@example.com")).ToBeVisibleAsync();
            await Axe.AssertNoSeriousViolationsAsync(editor.Page);
            await editor.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Duyệt và công khai" }).ClickAsync();
            await Expect(editor.Page.Locator("dd[data-status]")).ToHaveAttributeAsync("data-status", "Answered");
            await editor.ScreenshotAsync("f-editor-approved");
            await editor.AssertCleanAsync();
        }

        await using var reader = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        await using (var scope = host.Scope())
        {
            var slug = await host.Db(scope).Procedures.Where(p => p.IsPublished && p.Code == ProcedureCode).Select(p => p.Item.Slug).FirstAsync();
            await reader.GotoAsync("/thu-tuc/" + slug);
        }

        var link = reader.Page.Locator("#hoi-dap ~ ul.items a").Filter(new LocatorFilterOptions { HasTextString = "Phù hiệu xe ô tô có thời hạn bao lâu?" });
        await Expect(link).ToBeVisibleAsync();
        await reader.AssertCleanAsync();
    }

    [Fact]
    public async Task Visitor_RatesAPage_AtPhoneWidth_WithAndWithoutJavaScript()
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, Width.Phone, output);
        await s.GotoAsync("/duong-day-nong");
        var widget = s.Page.Locator("section.page-rating");
        await widget.ScrollIntoViewIfNeededAsync();
        await Expect(widget.GetByText("Thông tin này có hữu ích không?")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(s.Page);
        await widget.GetByLabel("4").CheckAsync();
        await widget.GetByLabel("Góp ý thêm (không bắt buộc, xin đừng ghi thông tin cá nhân)").FillAsync("Nên có số điện thoại ngoài giờ.");
        await widget.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Gửi đánh giá" }).ClickAsync();
        await Expect(widget.Locator(".rating-status")).ToHaveTextAsync("Cảm ơn bạn đã đánh giá!");
        Assert.EndsWith("/duong-day-nong", s.Page.Url);
        await s.ScreenshotAsync("f-rated");
        await s.AssertCleanAsync();

        // Without JavaScript the same form posts and the answer is a page.
        var plain = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString(), JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await plain.NewPageAsync();
        await page.GotoAsync("/tin-bai");
        await page.Locator("section.page-rating").GetByLabel("5").CheckAsync();
        await page.Locator("section.page-rating button").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Cảm ơn bạn đã đánh giá!");
        await plain.CloseAsync();

        await using var scope = host.Scope();
        var votes = await host.Db(scope).Set<PageRating>().OrderBy(r => r.Id).Select(r => new { r.Path, r.Score, r.Comment }).ToListAsync();
        Assert.Equal(2, votes.Count);
        Assert.Equal(("/duong-day-nong", 4, "Nên có số điện thoại ngoài giờ."), (votes[0].Path, votes[0].Score, votes[0].Comment));
        Assert.Equal(("/tin-bai", 5), (votes[1].Path, votes[1].Score));
    }

    /// <summary>A signed-in user as the workflow sees one: name, role and unit.</summary>
    private static ClaimsPrincipal As(string name, string role, string? unitCode = null, BrowserHost? host = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role) };
        if (unitCode is not null && host is not null)
        {
            using var scope = host.Services.CreateScope();
            var unitId = scope.ServiceProvider.GetRequiredService<ParPortal.Data.ParPortalDbContext>().Units.Single(u => u.Code == unitCode).Id;
            claims.Add(new Claim(ParPortal.Features.Users.PortalClaims.UnitId, unitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    /// <summary>Answers "Bảy cộng hai bằng mấy?" as a person would.</summary>
    private static string Solve(string label)
    {
        var m = Challenge().Match(label);
        var (a, b) = (FeedbackChallenge.ParseNumber(m.Groups[1].Value)!.Value, FeedbackChallenge.ParseNumber(m.Groups[3].Value)!.Value);
        return (m.Groups[2].Value == "cộng" ? a + b : a - b).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(.+?) (cộng|trừ) (.+?) bằng mấy")]
    private static partial Regex Challenge();
}
