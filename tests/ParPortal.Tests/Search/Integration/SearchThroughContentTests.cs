using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Content;
using ParPortal.Features.Procedures;
using ParPortal.Features.Search.Integration;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Search.Integration;

/// <summary>The index follows the content engine: publish, unpublish, edit and delete change what search finds.</summary>
public sealed class SearchThroughContentTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<Guid> CreateProcedureAsync(string name, string code)
    {
        _ = _factory.Server;
        await using var scope = _factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await manager.CreateAsync(new ProcedureVersion { Title = name, Code = code, Field = "Hộ tịch", Summary = "Thủ tục cấp xã" }, null, "t");
        return item.Id;
    }

    private async Task ActAsync(Func<ContentManager, Task> act)
    {
        await using var scope = _factory.Scope();
        await act(scope.ServiceProvider.GetRequiredService<ContentManager>());
    }

    private async Task<JsonElement> SearchAsync(string query, HttpClient? client = null, bool drafts = false)
    {
        client ??= _factory.CreateClient();
        var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&drafts={drafts}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<string> Titles(JsonElement results) => results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!);

    [Fact]
    public async Task Search_FindsAnItemOnlyWhilePublished_WhenPublishedThenUnpublished()
    {
        var id = await CreateProcedureAsync("Đăng ký khai sinh lưu động", "2.000986");
        Assert.Empty(Titles(await SearchAsync("dang ky khai sinh luu dong")));

        await ActAsync(m => m.PublishAsync(id, "editor"));
        Assert.Contains("Đăng ký khai sinh lưu động", Titles(await SearchAsync("dang ky khai sinh luu dong")));
        Assert.Equal("Đăng ký khai sinh lưu động", Titles(await SearchAsync("2.000986")).First());

        await ActAsync(m => m.UnpublishAsync(id, "editor"));
        Assert.Empty(Titles(await SearchAsync("khai sinh lưu động")));
    }

    [Fact]
    public async Task Search_ShowsThePublishedTitleToCitizens_WhileANewDraftWaits()
    {
        var id = await CreateProcedureAsync("Cấp bản sao trích lục hộ tịch", "2.000635");
        await ActAsync(m => m.PublishAsync(id, "editor"));
        await ActAsync(m => m.SaveAsync(id, 1, v => v.Title = "Cấp bản sao trích lục hộ tịch (sửa đổi)", "editor"));

        Assert.Equal(["Cấp bản sao trích lục hộ tịch"], Titles(await SearchAsync("trich luc ho tich")));
        // Anonymous callers cannot ask for drafts: the flag is ignored.
        Assert.DoesNotContain("Cấp bản sao trích lục hộ tịch (sửa đổi)", Titles(await SearchAsync("trich luc ho tich", drafts: true)));
    }

    [Fact]
    public async Task Search_ForgetsAnItem_WhenItIsDeleted()
    {
        var id = await CreateProcedureAsync("Đăng ký kết hôn có yếu tố nước ngoài", "1.000894");
        await ActAsync(m => m.PublishAsync(id, "editor"));
        await ActAsync(m => m.DeleteAsync(id, "editor"));
        Assert.Empty(Titles(await SearchAsync("ket hon yeu to nuoc ngoai")));
    }

    [Fact]
    public async Task Rebuild_RestoresTheSameResults_WhenTheIndexIsRebuilt()
    {
        var id = await CreateProcedureAsync("Thay đổi, cải chính hộ tịch", "1.004859");
        await ActAsync(m => m.PublishAsync(id, "editor"));
        await using (var scope = _factory.Scope())
        {
            var count = await scope.ServiceProvider.GetRequiredService<SearchRebuilder>().RebuildAsync();
            Assert.True(count >= 1);
        }

        Assert.Contains("Thay đổi, cải chính hộ tịch", Titles(await SearchAsync("cai chinh ho tich")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(a b)")]
    [InlineData("-:")]
    [InlineData("\u0001\u0002")]
    [InlineData("!!!???")]
    public async Task SearchPage_AnswersWithAPage_WhenQueryIsOdd(string query)
    {
        var response = await _factory.CreateClient().GetAsync($"/tim-kiem?q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("fts5", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Suggest_ReturnsTitlesByPrefix_WithoutDiacritics()
    {
        var id = await CreateProcedureAsync("Đăng ký giám hộ", "1.000893");
        await ActAsync(m => m.PublishAsync(id, "editor"));
        var response = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search/suggest?q=dang+ky+gia");
        Assert.Contains("Đăng ký giám hộ", response.EnumerateArray().Select(s => s.GetProperty("title").GetString()));
    }
}
