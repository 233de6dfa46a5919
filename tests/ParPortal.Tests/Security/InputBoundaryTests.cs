using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security;

/// <summary>
/// The defects the hostile-user review found at the input boundary, each one reproduced: what was accepted and broke
/// a page for everyone is now cleaned or refused with a ProblemDetails naming the field, and stored data that slipped
/// through before no longer breaks the pages that show it.
/// </summary>
public sealed class InputBoundaryTests
{
    [Fact]
    public async Task Feeds_Answer200AndTitlesLoseControlCharacters_WhenATitleHadOne()
    {
        using var factory = new ParPortalFactory();
        using var api = await EditorAsync(factory);

        var created = await api.PostAsync("/api/content", AdminTestData.Json("""{"type":"Article","title":"Tin \u0001 x","body":"<p>Nội dung</p>","topics":["cai-cach-the-che"]}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/content/{id}/publish", null)).StatusCode);

        await using (var scope = factory.Scope())
        {
            Assert.Equal("Tin  x", await factory.Db(scope).ContentVersions.Where(v => v.ContentItemId == id && v.IsLatest).Select(v => v.Title).SingleAsync());
        }

        using var reader = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/rss.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/chu-de/cai-cach-the-che/rss.xml")).StatusCode);
    }

    [Fact]
    public async Task Feeds_Answer200_WhenAStoredTitleHasAControlCharacter()
    {
        using var factory = new ParPortalFactory();
        using var api = await EditorAsync(factory);
        var created = await api.PostAsync("/api/content", AdminTestData.Json("""{"type":"Article","title":"Tin cũ","body":"<p>Nội dung</p>"}"""));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        await api.PostAsync($"/api/content/{id}/publish", null);
        await using (var scope = factory.Scope())
        {
            // Data stored before the input boundary cleaned text, written past every rule.
            await factory.Db(scope).ContentVersions.Where(v => v.ContentItemId == id).ExecuteUpdateAsync(u => u.SetProperty(v => v.Title, "Tin \u0001 cũ"));
        }

        var feed = await factory.CreateClient().GetAsync("/rss.xml");

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains("<title>Tin  cũ</title>", await feed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProcedureExport_Answers200_WhenAStoredLevelIsUndefined()
    {
        using var factory = new ParPortalFactory();
        using var api = await EditorAsync(factory);
        var refused = await api.PostAsync("/api/content", AdminTestData.Json("""{"type":"Procedure","title":"Cấp giấy phép","code":"1.009991","field":"Đường bộ","level":99}"""));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(ErrorsOf(await refused.Content.ReadAsStringAsync()).ContainsKey("level"));
        foreach (var field in (string[])["onlineLevel", "status"])
        {
            var other = await api.PostAsync("/api/content", AdminTestData.Json($$"""{"type":"Procedure","title":"Cấp phép","code":"1.009992","field":"Đường bộ","{{field}}":"Khác"}"""));
            Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
            Assert.True(ErrorsOf(await other.Content.ReadAsStringAsync()).ContainsKey(field), field);
        }

        var created = await api.PostAsync("/api/content", AdminTestData.Json("""{"type":"Procedure","title":"Cấp giấy phép","code":"1.009991","field":"Đường bộ","level":"Tinh"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await using (var scope = factory.Scope())
        {
            await factory.Db(scope).Database.ExecuteSqlRawAsync("UPDATE \"ContentVersions\" SET \"Level\" = '99' WHERE \"Code\" = '1.009991'");
        }

        using var admin = await factory.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/procedures/export")).StatusCode);
    }

    [Fact]
    public async Task Schedule_Returns400NamingTheField_WhenTheDateIsCenturiesAway()
    {
        using var factory = new ParPortalFactory();
        using var api = await EditorAsync(factory);
        var id = await factory.CreateHotlineAsync("Đường dây nóng hẹn giờ", AdminTestData.UnitA);

        var response = await api.PostAsync($"/api/content/{id}/schedule", AdminTestData.Json("""{"publishAt":"9999-12-31T23:59:59Z"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"field\":\"publishAt\"", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Scope();
        Assert.Null(await factory.Db(scope).ContentItems.Where(i => i.Id == id).Select(i => i.ScheduledPublishUtc).SingleAsync());
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0d%0a/evil.example")]
    [InlineData("/%5cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task LanguageSwitch_RedirectsHome_WhenTheReturnAddressLeavesTheSite(string returnUrl)
    {
        using var factory = new ParPortalFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/ngon-ngu?culture=en-US&returnUrl=" + returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LanguageSwitch_ReturnsToAVietnamesePath_WhenTheAddressIsLocal()
    {
        using var factory = new ParPortalFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/ngon-ngu?culture=en-US&returnUrl=" + Uri.EscapeDataString("/tim-kiem?q=đất đai"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tim-kiem?q=%C4%91%E1%BA%A5t%20%C4%91ai", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("""{"type":"Article","title":"Ảnh","body":"<p>x</p>","gallery":[{"url":"javascript:alert(1)","alt":"Ảnh"}]}""", "gallery[0].url")]
    [InlineData("""{"type":"Article","title":"Ảnh","body":"<p>x</p>","gallery":[{"url":"/media/a/960.webp","alt":"ALT"}]}""", "gallery[0].alt")]
    [InlineData("""{"type":"Article","title":"Ảnh","body":"<p>x</p>","imageUrl":"/media/a/960.webp","imageAlt":"ALT"}""", "imageAlt")]
    public async Task Create_Returns400NamingTheField_WhenAnImageFieldIsUnsafeOrTooLong(string json, string field)
    {
        using var factory = new ParPortalFactory();
        using var api = await EditorAsync(factory);

        var response = await api.PostAsync("/api/content", AdminTestData.Json(json.Replace("ALT", new string('a', 10_000), StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(ErrorsOf(await response.Content.ReadAsStringAsync()).ContainsKey(field), field);
        await using var scope = factory.Scope();
        Assert.Equal(0, await factory.Db(scope).ContentItems.CountAsync());
    }

    [Fact]
    public async Task UnitApi_Returns400NamingTheCode_WhenItHasPathCharacters()
    {
        using var factory = new ParPortalFactory();
        await factory.CreateUserAsync("b-admin", Roles.Administrator);
        using var api = await factory.ApiClientAsync("b-admin");

        var response = await api.PostAsync("/api/units", AdminTestData.Json("""{"code":"../ X","name":"Đơn vị lạ","validFrom":"2025-07-01"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(ErrorsOf(await response.Content.ReadAsStringAsync()).ContainsKey("code"));
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Units.AnyAsync(u => u.Code == "../ X"));
    }

    [Fact]
    public async Task ProcedureApi_Returns400NamingTheCode_WhenAnotherProcedureHasIt()
    {
        using var factory = new ParPortalFactory();
        using var api = await EditorAsync(factory);
        const string procedure = """{"type":"Procedure","title":"TITLE","code":"1.000001","field":"Đường bộ","level":"Tinh"}""";
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/content", AdminTestData.Json(procedure.Replace("TITLE", "Thủ tục một", StringComparison.Ordinal)))).StatusCode);

        var second = await api.PostAsync("/api/content", AdminTestData.Json(procedure.Replace("TITLE", "Thủ tục hai", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.True(ErrorsOf(await second.Content.ReadAsStringAsync()).ContainsKey("code"));
        await using var scope = factory.Scope();
        Assert.Equal(1, await factory.Db(scope).ContentItems.CountAsync());
        Assert.Equal(0, await factory.Db(scope).ContentVersions.CountAsync(v => v.Title == "Thủ tục hai"));
    }

    [Fact]
    public async Task Create_Returns415NamingTheContentType_WhenTheBodyHasNone()
    {
        using var factory = new ParPortalFactory();
        using var api = await EditorAsync(factory);
        using var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(AdminTestData.HotlineJson("Không có kiểu", AdminTestData.UnitA)));

        var response = await api.PostAsync("/api/content", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(ErrorsOf(await response.Content.ReadAsStringAsync()).ContainsKey("Content-Type"));
        await using var scope = factory.Scope();
        Assert.Equal(0, await factory.Db(scope).ContentItems.CountAsync());
    }

    [Theory]
    [InlineData("/api/content?page=abc", "page")]
    [InlineData("/api/content?status=Foo", "status")]
    [InlineData("/api/content?from=hom-qua", "from")]
    [InlineData("/api/units?activeOn=abc", "activeOn")]
    [InlineData("/api/search?q=thu+tuc&year=nam-nay", "year")]
    public async Task Api_Returns400NamingTheParameter_WhenAQueryValueDoesNotParse(string url, string parameter)
    {
        using var factory = new ParPortalFactory();

        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = ErrorsOf(await response.Content.ReadAsStringAsync());
        Assert.Contains($"“{parameter}”", Assert.Single(errors[parameter]));
    }

    [Fact]
    public async Task Api_Answers414WithAProblem_AndPages414WithAPage_WhenTheAddressIsTooLong()
    {
        using var factory = new ParPortalFactory();
        using var client = factory.CreateClient();
        var longQuery = "?q=" + new string('a', 9_000);

        var api = await client.GetAsync("/api/content" + longQuery);
        var page = await client.GetAsync("/tim-kiem" + longQuery);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("quá dài", await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestUriTooLong, page.StatusCode);
        Assert.Contains("Địa chỉ quá dài", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_Answers413WithAProblem_WhenTheBodyIsOverTheLimit()
    {
        using var factory = new ParPortalFactory();
        using var api = await EditorAsync(factory);
        var huge = "{\"type\":\"Article\",\"title\":\"x\",\"body\":\"" + new string('a', 4_100_000) + "\"}";

        var response = await api.PostAsync("/api/content", AdminTestData.Json(huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(ErrorsOf(await response.Content.ReadAsStringAsync()).ContainsKey("body"));
    }

    [Fact]
    public async Task ApiList_FindsTheItem_WhenTheQueryValueHoldsANulCharacter()
    {
        using var factory = new ParPortalFactory();
        using var api = await EditorAsync(factory);
        await factory.CreateHotlineAsync("Đường dây nóng tìm thấy", AdminTestData.UnitA);

        // Minimal APIs bind query values without the form's binder: the NUL reached PostgreSQL (500) or the LIKE (no match).
        var response = await api.GetAsync("/api/content?q=t%C3%ACm%00%20th%E1%BA%A5y");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32());
    }

    private static async Task<HttpClient> EditorAsync(ParPortalFactory factory)
    {
        await factory.SeedUnitsAsync();
        await factory.EnsureUserAsync("b-editor", Roles.Editor);
        return await factory.ApiClientAsync("b-editor");
    }

    private static Dictionary<string, string[]> ErrorsOf(string problem) =>
        JsonDocument.Parse(problem).RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray())
            : [];
}
