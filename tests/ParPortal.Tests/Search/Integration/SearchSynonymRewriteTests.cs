using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Search.Integration;

/// <summary>
/// A search that finds nothing tries the synonyms of its dictionary term (the shipped dictionary: "CCCD, căn cước công
/// dân, …"): engines look for synonyms in titles and summaries only, so an abbreviation alone would otherwise miss an
/// item that writes the words out only in its body.
/// </summary>
public sealed class SearchSynonymRewriteTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task PublishArticleAsync(string title, string body)
    {
        _ = _factory.Server;
        await using var scope = _factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await manager.CreateAsync(new ArticleVersion { Title = title, Summary = "Tin ngắn của Sở", Body = body }, null, "tester");
        await manager.PublishAsync(item.Id, "tester");
    }

    private async Task<JsonElement> SearchAsync(string query)
    {
        var response = await _factory.CreateClient().GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Titles(JsonElement results) =>
        results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();

    [Fact]
    public async Task Search_AnswersWithTheSynonymsResults_WhenTheAbbreviationAloneFindsNothing()
    {
        await PublishArticleAsync("Những điểm mới khi đổi giấy tờ xe trên môi trường điện tử", "<p>Người dân không còn phải nộp bản sao căn cước công dân khi làm thủ tục.</p>");

        var results = await SearchAsync("CCCD");

        Assert.Equal("căn cước công dân", results.GetProperty("rewrittenQuery").GetString());
        Assert.Equal("Những điểm mới khi đổi giấy tờ xe trên môi trường điện tử", Titles(results).First());
        Assert.True(results.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task Search_KeepsTheTypedQuery_WhenItFindsSomething()
    {
        await PublishArticleAsync("Cấp CCCD lưu động cho người cao tuổi", "<p>Công an xã cấp căn cước công dân tại nhà.</p>");
        await PublishArticleAsync("Hướng dẫn làm căn cước công dân", "<p>Nội dung</p>");

        var results = await SearchAsync("cccd");

        Assert.Equal(JsonValueKind.Null, results.GetProperty("rewrittenQuery").ValueKind);
        Assert.Contains("Cấp CCCD lưu động cho người cao tuổi", Titles(results));
    }

    [Fact]
    public async Task Search_StaysEmptyWithoutRewrite_WhenNoSynonymFindsAnything()
    {
        await PublishArticleAsync("Tin về đăng kiểm", "<p>Nội dung không liên quan</p>");
        // Three of the four words of "bảo hiểm y tế": enough for the words typed, not for a synonym the user did not type.
        await PublishArticleAsync("Bảo đảm trạm y tế xã hoạt động liên tục", "<p>Nội dung</p>");

        var results = await SearchAsync("bhyt");

        Assert.Equal(0, results.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, results.GetProperty("rewrittenQuery").ValueKind);
    }

    [Fact]
    public async Task SearchPage_SaysWhoseResultsAreShown_WhenTheQueryWasRewritten()
    {
        await PublishArticleAsync("Thủ tục mới về giấy tờ tùy thân", "<p>Từ tháng 7, căn cước công dân gắn chip được dùng thay nhiều giấy tờ.</p>");

        var html = await _factory.CreateClient().GetStringAsync("/tim-kiem?q=cccd");

        Assert.Contains("Không có kết quả cho “cccd”; đang hiển thị kết quả cho “căn cước công dân”.", html);
        Assert.Contains("Thủ tục mới về giấy tờ tùy thân", html);
        Assert.DoesNotContain("Không tìm thấy kết quả phù hợp", html);
    }
}
