using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>
/// A plan saved through the API gets the same definition check as the admin form and recipes: a rule the engine
/// cannot honour is refused with a ProblemDetails naming the task and rule, and nothing is saved.
/// </summary>
public sealed class PlanApiValidationTests(ParPortalFactory factory) : IClassFixture<ParPortalFactory>
{
    private async Task<HttpClient> ApiAsync()
    {
        await factory.SeedUnitsAsync();
        await factory.EnsureUserAsync("api-plan-admin", Roles.Administrator);
        return await factory.ApiClientAsync("api-plan-admin");
    }

    private static string PlanJson(string title, string rule) => $$$"""
        {"type":"Plan","title":"{{{title}}}","number":"09/KH-API","year":2026,
         "definition":{"number":"09/KH-API","title":"{{{title}}}","year":2026,
           "tasks":[{"code":"1.1","content":"Đăng tin về CCHC","rules":[{{{rule}}}]}]}}
        """;

    private const string GoodRule = """{"kind":"count","types":["Article"],"min":4,"window":{"kind":"Year"}}""";

    private static async Task<string[]> DefinitionErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        return errors.GetProperty("definition").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    [Theory]
    [InlineData("""{"kind":"count","types":["Article"],"min":4,"window":{"kind":"Custom","from":"2026-06-30","to":"2026-01-01"}}""", "Nhiệm vụ 1.1, quy tắc 1")]
    [InlineData("""{"kind":"count","types":["Article"],"min":0,"window":{"kind":"Year"}}""", "Nhiệm vụ 1.1, quy tắc 1")]
    [InlineData("""{"kind":"count","types":["Podcast"],"min":2,"window":{"kind":"Year"}}""", "Podcast")]
    [InlineData("""{"kind":"perUnit","types":["Article"],"unitSet":["KHONG-CO"],"min":1,"window":{"kind":"Year"}}""", "KHONG-CO")]
    public async Task Create_Returns400NamingTheRule_WhenTheRuleCannotBeSatisfied(string rule, string named)
    {
        using var api = await ApiAsync();
        var title = "Kế hoạch API sai " + Guid.NewGuid().ToString("N")[..6];

        var errors = await DefinitionErrorsAsync(await api.PostAsync("/api/content", AdminTestData.Json(PlanJson(title, rule))));

        Assert.Contains(errors, e => e.Contains(named, StringComparison.Ordinal));
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).ContentVersions.AnyAsync(v => v.Title == title));
    }

    [Fact]
    public async Task Update_KeepsTheSavedPlan_WhenTheNewDefinitionIsInvalid()
    {
        using var api = await ApiAsync();
        var title = "Kế hoạch API " + Guid.NewGuid().ToString("N")[..6];
        var created = await api.PostAsync("/api/content", AdminTestData.Json(PlanJson(title, GoodRule)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var bad = PlanJson(title + " (sửa)", GoodRule.Replace("\"min\":4", "\"min\":-1", StringComparison.Ordinal));
        var errors = await DefinitionErrorsAsync(await api.PutAsync($"/api/content/{id}", AdminTestData.Json($$"""{"baseVersion":1,"content":{{bad}}}""")));

        Assert.Contains(errors, e => e.StartsWith("Nhiệm vụ 1.1, quy tắc 1", StringComparison.Ordinal));
        await using var scope = factory.Scope();
        var versions = await factory.Db(scope).Plans.Where(p => p.ContentItemId == id).ToListAsync();
        var only = Assert.Single(versions);
        Assert.Equal(title, only.Title);
        var rule = Assert.IsType<ParPortal.Quotas.Model.CountRule>(ParPortal.Quotas.Model.PlanJson.Deserialize(only.DefinitionJson).Tasks.Single().Rules.Single());
        Assert.Equal(4, rule.Min);
    }

    [Fact]
    public async Task Create_Returns400_WhenTheDefinitionIsMissing()
    {
        using var api = await ApiAsync();
        var title = "Kế hoạch không có nội dung " + Guid.NewGuid().ToString("N")[..6];

        var errors = await DefinitionErrorsAsync(await api.PostAsync("/api/content", AdminTestData.Json(
            $$"""{"type":"Plan","title":"{{title}}","number":"10/KH-API","year":2026}""")));

        Assert.NotEmpty(errors);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).ContentVersions.AnyAsync(v => v.Title == title));
    }
}
