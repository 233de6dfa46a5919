using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Feedback.Ratings;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;
using ParPortal.Tests.Public;

namespace ParPortal.Tests.Feedback;

/// <summary>"Thông tin này có hữu ích không?": one private vote per browser, page and day, robots ignored, cache intact.</summary>
public sealed class PageRatingTests : IDisposable
{
    private const string Phone = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Vote_CountsOncePerBrowserPageAndDay_AndStoresNothingPersonal()
    {
        var first = await VoteAsync("/tin-bai", "5", "Thông tin rõ ràng");
        var again = await VoteAsync("/tin-bai", "1");
        var otherPage = await VoteAsync("/thu-tuc", "4");
        var otherBrowser = await VoteAsync("/tin-bai", "3", userAgent: Phone.Replace("SM-A155F", "Pixel 8"));

        Assert.Equal(("Recorded", "AlreadyRated", "Recorded", "Recorded"), (first, again, otherPage, otherBrowser));
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("Recorded", await VoteAsync("/tin-bai", "2"));

        await using var scope = _factory.Scope();
        var db = _factory.Db(scope);
        var votes = await db.Set<PageRating>().OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([5, 4, 3, 2], votes.Select(v => v.Score));
        Assert.Equal(["Article", "Procedure", "Article", "Article"], votes.Select(v => v.ContentType));
        Assert.All(votes, v => Assert.Matches("^[0-9a-f]{64}$", v.VoterKey));
        Assert.DoesNotContain(votes, v => (v.Comment ?? string.Empty).Contains("Android", StringComparison.Ordinal));
        // Yesterday's salt is gone once today's exists, so yesterday's keys can no longer be matched to anyone.
        Assert.Equal([ParPortal.Time.VietnamTime.Today(_factory.Clock)], await db.Set<RatingSalt>().Select(s => s.Day).ToListAsync());
    }

    [Fact]
    public async Task Vote_IsIgnored_ForRobotsAndTheHiddenField_AndRefused_FromAnotherSite()
    {
        Assert.Equal("Ignored", await VoteAsync("/tin-bai", "5", userAgent: "Googlebot/2.1 (+http://www.google.com/bot.html)"));
        Assert.Equal("Ignored", await VoteAsync("/tin-bai", "5", userAgent: string.Empty));
        Assert.Equal("Ignored", await VoteAsync("/tin-bai", "5", honeypot: "http://spam.example"));
        Assert.Equal("Invalid", await VoteAsync("/admin/users", "5"));
        Assert.Equal("Invalid", await VoteAsync("/tin-bai", "7"));

        var client = _factory.CreateClient();
        var request = Post("/tin-bai", "5", null, Phone, null);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        var crossSite = await client.SendAsync(request);
        Assert.True(crossSite.StatusCode == HttpStatusCode.Forbidden, $"{(int)crossSite.StatusCode}: {await crossSite.Content.ReadAsStringAsync()}");

        await using var scope = _factory.Scope();
        Assert.False(await _factory.Db(scope).Set<PageRating>().AnyAsync());
    }

    [Fact]
    public async Task RatedPage_StaysInTheOutputCache_WithTheWidgetInIt()
    {
        var client = _factory.CreateClient();
        await using (var scope = _factory.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var item = await content.CreateAsync(new ArticleVersion { Title = "Bài được đánh giá", Body = "<p>Nội dung</p>" }, "bai-duoc-danh-gia", "admin");
            await content.PublishAsync(item.Id, "admin");
        }

        var page = await client.GetPageAsync("/tin-bai/bai-duoc-danh-gia");
        var form = page.QuerySelector("section.page-rating form")!;
        Assert.Equal("/danh-gia", form.GetAttribute("action"));
        Assert.Equal("/tin-bai/bai-duoc-danh-gia", form.QuerySelector("input[name=trang]")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("section.page-rating input[name=__RequestVerificationToken]"));
        await using (var scope = _factory.Scope())
        {
            var db = _factory.Db(scope);
            (await db.Articles.SingleAsync(a => a.IsPublished)).Title = "Tiêu đề sửa thẳng trong cơ sở dữ liệu";
            await db.SaveChangesAsync();
        }

        Assert.Equal("Recorded", await VoteAsync("/tin-bai/bai-duoc-danh-gia", "4"));

        var after = await client.GetStringAsync("/tin-bai/bai-duoc-danh-gia");
        Assert.Contains("Bài được đánh giá", after);
        Assert.DoesNotContain("Tiêu đề sửa thẳng", after);
        Assert.Contains("Thông tin này có hữu ích không?", after);
    }

    [Fact]
    public async Task Results_ArePerPageAndPerType_InTheAdminAndItsSpreadsheet()
    {
        await VoteAsync("/thu-tuc", "4", "Cần thêm biểu mẫu");
        await VoteAsync("/thu-tuc", "2", userAgent: Phone + " 2");
        await VoteAsync("/", "5");
        await _factory.EnsureUserAsync("bientap-dg", "Editor");
        var editor = await _factory.LoginAsync("bientap-dg");

        var page = await editor.GetPageAsync("/admin/feedback/ratings?from=2026-11-01&to=2026-11-30");
        var byPage = page.QuerySelectorAll("table.ratings")[1].Rows();
        Assert.StartsWith("/thu-tuc", byPage[0][0]);
        // The admin speaks Vietnamese: a decimal comma.
        Assert.Equal(["2", "3,00", "0", "1", "0", "1", "0", "1"], byPage[0][1..]);
        Assert.Contains("Cần thêm biểu mẫu", page.DocumentElement.TextContent);

        var xlsx = await editor.GetAsync("/admin/feedback/ratings?handler=Xlsx&from=2026-11-01&to=2026-11-30");
        var text = FeedbackTestData.XlsxText(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Contains("Thủ tục hành chính|2|3.00|0|1|0|1|0|1", text);
        Assert.Contains("/thu-tuc|Thủ tục hành chính|2|3.00", text);
        var api = await _factory.ApiClientAsync("bientap-dg");
        Assert.Equal(3, JsonDocument.Parse(await api.GetStringAsync("/api/ratings?from=2026-11-01&to=2026-11-30")).RootElement.GetProperty("total").GetProperty("votes").GetInt32());
    }

    private async Task<string> VoteAsync(string path, string score, string? comment = null, string userAgent = Phone, string? honeypot = null)
    {
        var response = await _factory.CreateClient().SendAsync(Post(path, score, comment, userAgent, honeypot));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString()!;
    }

    private static HttpRequestMessage Post(string path, string score, string? comment, string userAgent, string? honeypot)
    {
        var fields = new Dictionary<string, string> { ["trang"] = path, ["diem"] = score, ["gop-y"] = comment ?? string.Empty, ["trang-web"] = honeypot ?? string.Empty };
        var request = new HttpRequestMessage(HttpMethod.Post, "/danh-gia") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.ParseAdd("application/json");
        if (userAgent.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        return request;
    }
}
