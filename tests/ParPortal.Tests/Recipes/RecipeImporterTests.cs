using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Recipes;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Recipes;

public sealed class RecipeImporterTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private const string GoodRecipe = """
        { "name": "thu", "steps": [
          { "step": "units", "units": [ { "code": "T-SO", "name": "Sở Thử nghiệm", "validFrom": "2020-01-01", "successors": [] } ] },
          { "step": "content", "items": [
            { "type": "Article", "key": "t-1", "title": "Tin thử một", "summary": "Tóm tắt", "unit": "T-SO", "topics": ["chi-dao-dieu-hanh"], "state": "Published", "publishedAt": "2026-01-05T08:00:00+07:00", "body": "<p>Một</p><script>alert(1)</script>" },
            { "type": "Hotline", "key": "t-2", "title": "Đường dây nóng", "unit": "T-SO", "state": "Published", "publishedAt": "2026-01-05T08:00:00+07:00", "purpose": "Phản ánh TTHC", "phones": ["0233 3852 000"] }
          ] } ] }
        """;

    private async Task<RecipeResult> ImportAsync(string json, string? filesFolder = null)
    {
        _ = _factory.Server;
        await using var scope = _factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportAsync(json, "test", filesFolder);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = _factory.Scope();
        return await _factory.Db(scope).ContentItems.CountAsync() + await _factory.Db(scope).Units.CountAsync();
    }

    [Fact]
    public async Task Import_CreatesPublishedItemsWithSanitizedBody_WhenRecipeIsValid()
    {
        var result = await ImportAsync(GoodRecipe);
        Assert.Equal(3, result.Created);
        await using var scope = _factory.Scope();
        var article = await _factory.Db(scope).Articles.SingleAsync(a => a.Item.ExternalKey == "t-1");
        Assert.True(article.IsPublished);
        Assert.Equal(new DateTime(2026, 1, 5, 1, 0, 0, DateTimeKind.Utc), article.PublishedUtc);
        Assert.DoesNotContain("script", article.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Import_CreatesNothingTwice_WhenImportedAgain()
    {
        await ImportAsync(GoodRecipe);
        var before = await CountAsync();
        var second = await ImportAsync(GoodRecipe);
        Assert.Equal(0, second.Created);
        Assert.Equal(3, second.Skipped);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Import_ChangesNothingAndNamesStepItemAndField_WhenOneItemIsInvalid()
    {
        var before = await CountAsync();
        var bad = GoodRecipe.Replace("\"phones\": [\"0233 3852 000\"]", "\"phones\": [\"gọi tôi\"]", StringComparison.Ordinal);
        var e = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(bad));
        Assert.Contains("Bước 2", e.Message);
        Assert.Contains("t-2", e.Message);
        Assert.Contains("phones", e.Message);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("{ not json", "JSON")]
    [InlineData("{ \"name\": \"x\" }", "steps")]
    [InlineData("{ \"steps\": [ { \"step\": \"khong-co\" } ] }", "khong-co")]
    [InlineData("{ \"steps\": [ { \"step\": \"content\", \"items\": [ { \"type\": \"Article\", \"title\": \"x\" } ] } ] }", "key")]
    [InlineData("{ \"steps\": [ { \"step\": \"content\", \"items\": [ { \"type\": \"Article\", \"key\": \"k\", \"title\": \"x\", \"body\": \"<p>a</p>\", \"unit\": \"KHONG\" } ] } ] }", "unit")]
    public async Task Import_RefusesWithAClearMessage_WhenRecipeIsMalformed(string json, string expectedInMessage)
    {
        var before = await CountAsync();
        var e = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(json));
        Assert.Contains(expectedInMessage, e.Message);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Import_LoadsEverySeedPlan_WhenDemoUnitsArePresent()
    {
        var recipes = Path.Combine(AppContext.BaseDirectory, "recipes");
        await ImportAsync(File.ReadAllText(Path.Combine(recipes, "demo.json")), recipes);
        foreach (var plan in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "recipes", "plans"), "*.json"))
        {
            var result = await ImportAsync(File.ReadAllText(plan));
            Assert.True(result.Created >= 1, plan);
        }

        await using var scope = _factory.Scope();
        Assert.Equal(5, await _factory.Db(scope).Plans.CountAsync(p => p.IsPublished));
    }
}
