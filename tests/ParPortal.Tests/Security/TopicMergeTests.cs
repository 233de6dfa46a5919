using System.Net;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security;

/// <summary>Merges cannot make topics redirect in a circle, and an old circle does not make a page redirect forever.</summary>
public sealed class TopicMergeTests
{
    [Fact]
    public async Task Merge_Returns400AndKeepsBothTopics_WhenTheTargetWasMergedIntoTheSource()
    {
        using var factory = new ParPortalFactory();
        await factory.CreateUserAsync("t-editor", Roles.Editor);
        using var api = await factory.ApiClientAsync("t-editor");
        var a = await CreateAsync(api, "a");
        var b = await CreateAsync(api, "b");
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/topics/{a}/merge-into/{b}", null)).StatusCode);

        var back = await api.PostAsync($"/api/topics/{b}/merge-into/{a}", null);
        var again = await api.PostAsync($"/api/topics/{a}/merge-into/{b}", null);

        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        Assert.Contains("targetId", await back.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        await using var scope = factory.Scope();
        Assert.Null(await factory.Db(scope).Topics.Where(t => t.Id == b).Select(t => t.MergedIntoId).SingleAsync());
        using var reader = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.MovedPermanently, (await reader.GetAsync("/chu-de/chu-de-a")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/chu-de/chu-de-b")).StatusCode);
    }

    [Fact]
    public async Task TopicPage_ShowsTheTopic_WhenAStoredMergeFormsACircle()
    {
        using var factory = new ParPortalFactory();
        await factory.CreateUserAsync("t-editor2", Roles.Editor);
        using var api = await factory.ApiClientAsync("t-editor2");
        var a = await CreateAsync(api, "a");
        var b = await CreateAsync(api, "b");
        await using (var scope = factory.Scope())
        {
            // A circle stored before merges were checked.
            var db = factory.Db(scope);
            await db.Topics.Where(t => t.Id == a).ExecuteUpdateAsync(u => u.SetProperty(t => t.MergedIntoId, b));
            await db.Topics.Where(t => t.Id == b).ExecuteUpdateAsync(u => u.SetProperty(t => t.MergedIntoId, a));
        }

        using var reader = factory.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/chu-de/chu-de-a")).StatusCode);
    }

    private static async Task<int> CreateAsync(HttpClient api, string letter)
    {
        var response = await api.PostAsync("/api/topics", AdminTestData.Json($$"""{"name":"Chủ đề {{letter.ToUpperInvariant()}}","slug":"chu-de-{{letter}}"}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
    }
}
