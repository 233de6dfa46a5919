using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Documents;
using ParPortal.Features.Procedures;
using ParPortal.Features.Public;
using ParPortal.Features.Topics;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Public;

/// <summary>
/// The public pages' totals and filter choices are kept until the next eviction (<see cref="PublicFacts"/>): they must
/// follow every publish and unpublish, and a draft save must not disturb them. The pages are fetched with an
/// Authorization header, which the output cache never serves or stores (as the page benchmark does), so each request
/// renders the page and only the kept figures can be stale.
/// </summary>
public sealed partial class PublicFactsTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TopicPage_ArticleCount_ChangesAfterPublishAndAfterUnpublish()
    {
        var client = UncachedClient();
        var topic = await AddTopicAsync("Chủ đề đếm bài", "chu-de-dem-bai");
        var first = await PublishArticleAsync("Bài đếm thứ nhất", "bai-dem-1", topic);
        Assert.Equal(1, await CountAsync(client, "/chu-de/chu-de-dem-bai"));

        var second = await PublishArticleAsync("Bài đếm thứ hai", "bai-dem-2", topic);
        Assert.Equal(2, await CountAsync(client, "/chu-de/chu-de-dem-bai"));

        // A new draft of a published article leaves the public count as it was.
        await using (var scope = _factory.Scope())
        {
            var latest = await _factory.Db(scope).ContentItems.Where(i => i.Id == second).Select(i => i.LatestVersionNumber).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<ContentManager>().SaveAsync(second, latest, v => v.Title = "Bản nháp mới", "admin");
        }

        Assert.Equal(2, await CountAsync(client, "/chu-de/chu-de-dem-bai"));

        await UnpublishAsync(first);
        Assert.Equal(1, await CountAsync(client, "/chu-de/chu-de-dem-bai"));
        Assert.Equal(1, await CountAsync(client, "/tin-bai?chu-de=chu-de-dem-bai"));
    }

    [Fact]
    public async Task TopicPage_ArticleCount_IsKeptUntilAPublish_WhenTheDatabaseChangesBehindTheContentManager()
    {
        var client = UncachedClient();
        var topic = await AddTopicAsync("Chủ đề giữ số", "chu-de-giu-so");
        var id = await PublishArticleAsync("Bài giữ số", "bai-giu-so", topic);
        Assert.Equal(1, await CountAsync(client, "/chu-de/chu-de-giu-so"));

        // Unpublished in the table directly: no eviction, so the kept count stands (the page is rendered, the figure is not recounted).
        await using (var scope = _factory.Scope())
        {
            await _factory.Db(scope).Articles.Where(v => v.ContentItemId == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsPublished, false));
        }

        Assert.Equal(1, await CountAsync(client, "/chu-de/chu-de-giu-so"));

        await PublishArticleAsync("Bài khác chủ đề", "bai-khac-chu-de", null);
        Assert.Equal(0, await CountAsync(client, "/chu-de/chu-de-giu-so"));
    }

    [Fact]
    public async Task DocumentList_CountAndTypeChoices_ChangeAfterPublishAndAfterUnpublish()
    {
        var client = UncachedClient();
        var before = await CountAsync(client, "/van-ban");
        Assert.DoesNotContain("Chỉ thị thử đếm", await client.GetStringAsync("/van-ban"));

        Guid id;
        await using (var scope = _factory.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var draft = new DocumentVersion { Title = "Văn bản thử đếm", Number = "99/CT-THU", DocumentType = "Chỉ thị thử đếm", Issuer = "Cơ quan thử đếm", IssueDate = new DateOnly(2019, 5, 2) };
            id = (await content.CreateAsync(draft, "van-ban-thu-dem", "admin")).Id;
            await content.PublishAsync(id, "admin");
        }

        var page = await client.GetStringAsync("/van-ban");
        Assert.Equal(before + 1, Count(page));
        Assert.Contains("<option value=\"Chỉ thị thử đếm\"", page);
        Assert.Contains("<option value=\"Cơ quan thử đếm\"", page);
        Assert.Contains("<option value=\"2019\"", page);
        Assert.Equal(1, await CountAsync(client, "/van-ban?loai=Ch%E1%BB%89+th%E1%BB%8B+th%E1%BB%AD+%C4%91%E1%BA%BFm"));

        await UnpublishAsync(id);
        page = await client.GetStringAsync("/van-ban");
        Assert.Equal(before, Count(page));
        Assert.DoesNotContain("Chỉ thị thử đếm", page);
        Assert.Equal(0, await CountAsync(client, "/van-ban?loai=Ch%E1%BB%89+th%E1%BB%8B+th%E1%BB%AD+%C4%91%E1%BA%BFm"));
    }

    [Fact]
    public async Task ProcedureList_CountAndFieldChoices_ChangeAfterPublishAndAfterUnpublish()
    {
        var client = UncachedClient();
        var before = await CountAsync(client, "/thu-tuc");
        Guid id;
        await using (var scope = _factory.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var draft = new ProcedureVersion { Title = "Thủ tục thử đếm", Code = "9.999901", Field = "Lĩnh vực thử đếm" };
            id = (await content.CreateAsync(draft, "thu-tuc-thu-dem", "admin")).Id;
            await content.PublishAsync(id, "admin");
        }

        var page = await client.GetStringAsync("/thu-tuc");
        Assert.Equal(before + 1, Count(page));
        Assert.Contains("<option value=\"Lĩnh vực thử đếm\"", page);
        Assert.Contains("/thu-tuc/thu-tuc-thu-dem", page + await client.GetStringAsync("/thu-tuc?linh-vuc=L%C4%A9nh+v%E1%BB%B1c+th%E1%BB%AD+%C4%91%E1%BA%BFm"));
        Assert.Contains($"Tra cứu {before + 1} thủ tục", await client.GetStringAsync("/"));

        await UnpublishAsync(id);
        page = await client.GetStringAsync("/thu-tuc");
        Assert.Equal(before, Count(page));
        Assert.DoesNotContain("Lĩnh vực thử đếm", page);
        Assert.Contains($"Tra cứu {before} thủ tục", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task PublicFacts_DoesNotKeepAValue_WhenAnEvictionHappensWhileItIsComputed()
    {
        var generation = new PublicCacheGeneration();
        var facts = new PublicFacts(generation);
        var computed = 0;

        Assert.Equal(1, await facts.GetAsync("k", _ => { generation.Advance(); return Task.FromResult(++computed); }, CancellationToken.None));
        Assert.Equal(2, await facts.GetAsync("k", _ => Task.FromResult(++computed), CancellationToken.None));
        Assert.Equal(2, await facts.GetAsync("k", _ => Task.FromResult(++computed), CancellationToken.None));

        generation.Advance();
        Assert.Equal(3, await facts.GetAsync("k", _ => Task.FromResult(++computed), CancellationToken.None));
    }

    private HttpClient UncachedClient()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "uncached-render");
        return client;
    }

    private static async Task<int> CountAsync(HttpClient client, string url) => Count(await client.GetStringAsync(url));

    /// <summary>The total a list or topic page prints ("3 tin, bài", "12 văn bản").</summary>
    private static int Count(string page) => int.Parse(CountPattern().Match(page).Groups[1].Value.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("class=\"count\">([0-9.]+) ")]
    private static partial Regex CountPattern();

    private async Task<Topic> AddTopicAsync(string name, string slug)
    {
        await using var scope = _factory.Scope();
        var db = _factory.Db(scope);
        var topic = new Topic { Name = name, Slug = slug, SortOrder = 900 };
        db.Topics.Add(topic);
        await db.SaveChangesAsync();
        return topic;
    }

    private async Task<Guid> PublishArticleAsync(string title, string slug, Topic? topic)
    {
        await using var scope = _factory.Scope();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var tagged = topic is null ? [] : new List<Topic> { await _factory.Db(scope).Topics.SingleAsync(t => t.Id == topic.Id) };
        var item = await content.CreateAsync(new ArticleVersion { Title = title, Summary = "Tóm tắt " + title, Body = "<p>Nội dung " + title + "</p>", Topics = tagged }, slug, "admin");
        await content.PublishAsync(item.Id, "admin");
        return item.Id;
    }

    private async Task UnpublishAsync(Guid id)
    {
        await using var scope = _factory.Scope();
        await scope.ServiceProvider.GetRequiredService<ContentManager>().UnpublishAsync(id, "admin");
    }
}
