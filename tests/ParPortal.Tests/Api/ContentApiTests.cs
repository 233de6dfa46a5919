using System.Net;
using System.Text.Json;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Api;

/// <summary>
/// The content API's contract: status codes, Location, ProblemDetails naming the fields at fault, optimistic
/// concurrency, visibility of drafts, the lifecycle, schedules, malformed bodies and the OpenAPI document.
/// Tests share one host; each makes its own items.
/// </summary>
public sealed class ContentApiTests(ParPortalFactory factory) : IClassFixture<ParPortalFactory>
{
    private async Task<HttpClient> EditorAsync()
    {
        await factory.SeedUnitsAsync();
        await factory.EnsureUserAsync("api-editor", Roles.Editor);
        return await factory.ApiClientAsync("api-editor");
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await JsonOf(response)).GetProperty("errors");
    }

    [Fact]
    public async Task Create_Returns201WithLocation_WhenValid()
    {
        using var api = await EditorAsync();
        var response = await api.PostAsync("/api/content", AdminTestData.Json(AdminTestData.HotlineJson("Đường dây nóng mới", AdminTestData.UnitA)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonOf(response);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/content/{id}", response.Headers.Location!.OriginalString);
        var read = await JsonOf(await api.GetAsync(response.Headers.Location));
        Assert.Equal("Đường dây nóng mới", read.GetProperty("content").GetProperty("title").GetString());
        Assert.Equal("0236 3822 123", read.GetProperty("content").GetProperty("phones")[0].GetString());
    }

    [Fact]
    public async Task Get_Returns404ProblemDetails_WhenIdUnknown()
    {
        using var api = await EditorAsync();
        var response = await api.GetAsync($"/api/content/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await JsonOf(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Create_Returns400NamingFields_WhenFieldsInvalid()
    {
        using var api = await EditorAsync();

        var noTitle = await ErrorsOf(await api.PostAsync("/api/content", AdminTestData.Json(AdminTestData.HotlineJson("", AdminTestData.UnitA))));
        Assert.Contains("Tiêu đề là bắt buộc.", noTitle.GetProperty("title")[0].GetString());

        var badPhone = await ErrorsOf(await api.PostAsync("/api/content", AdminTestData.Json(AdminTestData.HotlineJson("Số sai", AdminTestData.UnitA, "gọi-ngay"))));
        Assert.Contains("gọi-ngay", badPhone.GetProperty("phones[0]")[0].GetString());

        var rank = await ErrorsOf(await api.PostAsync("/api/content", AdminTestData.Json(
            """{"type":"IndexResult","title":"PAR INDEX 2024","index":"PARINDEX","year":2024,"subject":"Tỉnh","score":80,"scale":"Percent","rank":70,"rankOf":63}""")));
        Assert.Equal("Thứ hạng phải từ 1 đến tổng số đơn vị xếp hạng.", rank.GetProperty("rank")[0].GetString());

        await using var scope = factory.Scope();
        Assert.DoesNotContain(factory.Db(scope).ContentVersions, v => v.Title == "Số sai" || v.Title == "PAR INDEX 2024");
    }

    [Fact]
    public async Task Update_Returns409AndKeepsTheOtherEdit_WhenBaseVersionIsStale()
    {
        using var api = await EditorAsync();
        var id = await factory.CreateHotlineAsync("Bản gốc", AdminTestData.UnitA);
        var first = await api.PutAsync($"/api/content/{id}", AdminTestData.Json($$"""{"baseVersion":1,"content":{{AdminTestData.HotlineJson("Sửa lần một", AdminTestData.UnitA)}}}"""));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var stale = await api.PutAsync($"/api/content/{id}", AdminTestData.Json($$"""{"baseVersion":1,"content":{{AdminTestData.HotlineJson("Sửa từ bản cũ", AdminTestData.UnitA)}}}"""));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var read = await JsonOf(await api.GetAsync($"/api/content/{id}"));
        Assert.Equal("Sửa lần một", read.GetProperty("content").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Get_HidesDraftFromAnonymous_UntilPublished()
    {
        using var api = await EditorAsync();
        using var anonymous = factory.CreateClient();
        var id = await factory.CreateHotlineAsync("Chưa xuất bản", AdminTestData.UnitA);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/content/{id}")).StatusCode);
        var list = await JsonOf(await anonymous.GetAsync("/api/content?type=Hotline&pageSize=100"));
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/content/{id}/publish", null)).StatusCode);
        var published = await anonymous.GetAsync($"/api/content/{id}");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("Published", (await JsonOf(published)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task PublishUnpublishRestore_MovesThroughStates_AndRestoresAsNewDraft()
    {
        using var api = await EditorAsync();
        using var anonymous = factory.CreateClient();
        var id = await factory.CreateHotlineAsync("Bản đầu tiên", AdminTestData.UnitA);
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsync($"/api/content/{id}", AdminTestData.Json($$"""{"baseVersion":1,"content":{{AdminTestData.HotlineJson("Bản thứ hai", AdminTestData.UnitA)}}}"""))).StatusCode);

        var published = await JsonOf(await api.PostAsync($"/api/content/{id}/publish", null));
        Assert.Equal("Published", published.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/content/{id}")).StatusCode);

        var unpublished = await JsonOf(await api.PostAsync($"/api/content/{id}/unpublish", null));
        Assert.Equal("Unpublished", unpublished.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/content/{id}")).StatusCode);

        var restored = await api.PostAsync($"/api/content/{id}/versions/1/restore", null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var body = await JsonOf(restored);
        Assert.Equal("Draft", body.GetProperty("state").GetString());
        Assert.Equal("Bản đầu tiên", body.GetProperty("content").GetProperty("title").GetString());
        Assert.True(body.GetProperty("version").GetInt32() > 2);

        var versions = await JsonOf(await api.GetAsync($"/api/content/{id}/versions"));
        Assert.Equal(body.GetProperty("version").GetInt32(), versions.GetArrayLength());
    }

    [Fact]
    public async Task Schedule_Returns400NamingTheField_WhenUnpublishIsNotAfterPublish()
    {
        using var api = await EditorAsync();
        var id = await factory.CreateHotlineAsync("Hẹn giờ", AdminTestData.UnitA);
        var now = factory.Clock.GetUtcNow();

        var backwards = await api.PostAsync($"/api/content/{id}/schedule", AdminTestData.Json(
            $$"""{"publishAt":"{{now.AddDays(3):O}}","unpublishAt":"{{now.AddDays(2):O}}"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("unpublishAt", (await JsonOf(backwards)).GetProperty("field").GetString());

        var past = await api.PostAsync($"/api/content/{id}/schedule", AdminTestData.Json($$"""{"unpublishAt":"{{now.AddDays(-1):O}}"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);

        var ok = await api.PostAsync($"/api/content/{id}/schedule", AdminTestData.Json($$"""{"publishAt":"{{now.AddDays(1):O}}"}"""));
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.NotNull((await JsonOf(await api.GetAsync($"/api/content/{id}"))).GetProperty("scheduledPublishUtc").GetString());
    }

    [Fact]
    public async Task Create_Returns400NamingThePath_WhenJsonIsMalformed()
    {
        using var api = await EditorAsync();
        var errors = await ErrorsOf(await api.PostAsync("/api/content", AdminTestData.Json(
            """{"type":"Hotline","title":"Sai kiểu","purpose":"x","displayOrder":"đầu tiên"}""")));

        Assert.True(errors.TryGetProperty("displayOrder", out _), errors.ToString());
    }

    [Fact]
    public async Task OpenApi_ListsTheContentEndpoints()
    {
        using var anonymous = factory.CreateClient();
        var doc = await JsonOf(await anonymous.GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/content", out var content));
        Assert.True(content.TryGetProperty("get", out _));
        Assert.True(content.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/content/{id}", out var item));
        Assert.True(item.TryGetProperty("put", out _));
        Assert.True(item.TryGetProperty("delete", out _));
        Assert.True(paths.TryGetProperty("/api/content/{id}/publish", out _));
        Assert.True(paths.TryGetProperty("/api/content/{id}/versions/{number}/restore", out _));
    }
}
