using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.RichText;

/// <summary>When saving removes something an editor put in the text, the editor is told what and why: in the API's answer and after the admin form.</summary>
public sealed class SanitizerNoticeTests
{
    private const string Body = "<p>Nội dung</p><script>alert(1)</script><img src=\"https://anh.example/hoi-nghi.jpg\" alt=\"Hội nghị\">";

    [Fact]
    public async Task Api_AnswersWithWarnings_WhenSavingRemovedAScriptAndAForeignImage()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("n-editor", Roles.Editor);
        using var api = await factory.ApiClientAsync("n-editor");

        var created = await api.PostAsync("/api/content", AdminTestData.Json(JsonSerializer.Serialize(new { type = "Article", title = "Tin có ảnh ngoài", body = Body })));
        var clean = await api.PostAsync("/api/content", AdminTestData.Json(JsonSerializer.Serialize(new { type = "Article", title = "Tin sạch", body = "<p>Nội dung</p>" })));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var warnings = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("script"));
        Assert.Contains(warnings, w => w.Contains("https://anh.example/hoi-nghi.jpg"));
        Assert.False(JsonDocument.Parse(await clean.Content.ReadAsStringAsync()).RootElement.TryGetProperty("warnings", out _));
    }

    [Fact]
    public async Task AdminForm_ShowsWhatWasRemoved_AfterSaving()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("n-form", Roles.Editor);
        using var admin = await factory.LoginAsync("n-form");

        var saved = await admin.PostFormAsync("/admin/content/new/Article", new() { ["Input.Title"] = "Tin từ biểu mẫu", ["Input.Body"] = Body, ["Input.Unit"] = AdminTestData.UnitA });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = new HtmlParser().ParseDocument(await (await admin.GetAsync(saved.Headers.Location!.OriginalString)).Content.ReadAsStringAsync());
        var notice = page.QuerySelector(".notice")?.TextContent ?? string.Empty;
        Assert.Contains("Đã lưu.", notice);
        Assert.Contains("script", notice);
        Assert.Contains("Thư viện tệp", notice);
    }
}
