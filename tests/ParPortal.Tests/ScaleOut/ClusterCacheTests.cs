using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Public;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.ScaleOut;

/// <summary>
/// Two nodes of one site in one test (two hosts on one database): a publish on one evicts the other's cached pages
/// through the configured channel. PostgreSQL sites use NOTIFY by default and Redis when configured; the single-node
/// SQLite default has no channel of its own, so on SQLite only Redis is tried.
/// </summary>
public sealed class ClusterCacheTests
{
    public static TheoryData<string> Channels => TestDatabase.IsPostgres ? new TheoryData<string> { "notify", "redis" } : new TheoryData<string> { "redis" };

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Publish_EvictsTheListOnAnotherNode_ThroughTheChannel(string channel)
    {
        using var redis = channel == "redis" ? RedisServer.Start() : null;
        using var first = Node(new ParPortalFactory(), redis);
        using var second = Node(new SecondNodeFactory(first), redis);
        var reader = second.CreateClient();
        Assert.DoesNotContain("Bài từ nút thứ nhất", await reader.GetStringAsync("/tin-bai"));

        await using (var scope = first.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var item = await content.CreateAsync(new ArticleVersion { Title = "Bài từ nút thứ nhất", Summary = "Tóm tắt", Body = "<p>Nội dung</p>" }, "bai-tu-nut-1", "admin");
            await content.PublishAsync(item.Id, "admin");
        }

        // The issue asks for a second; the bound is wider only for a loaded test machine, the figure is printed.
        var wait = Stopwatch.StartNew();
        while (!(await reader.GetStringAsync("/tin-bai")).Contains("Bài từ nút thứ nhất", StringComparison.Ordinal))
        {
            Assert.True(wait.Elapsed < TimeSpan.FromSeconds(10), $"The second node still serves the old list after {wait.Elapsed.TotalSeconds:0.0} s ({channel}).");
            await Task.Delay(50);
        }
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task DraftSave_SendsNothingToOtherNodes(string channel)
    {
        using var redis = channel == "redis" ? RedisServer.Start() : null;
        using var first = Node(new ParPortalFactory(), redis);
        using var second = Node(new SecondNodeFactory(first), redis);
        var generation = second.Services.GetRequiredService<PublicCacheGeneration>();
        var before = generation.Current;

        await using (var scope = first.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var item = await content.CreateAsync(new ArticleVersion { Title = "Chỉ là bản nháp", Body = "<p>Nháp</p>" }, "chi-la-ban-nhap", "admin");
            await content.SaveAsync(item.Id, 1, v => v.Title = "Bản nháp lần hai", "admin");
            // A publish afterwards proves the channel works: the second node evicts exactly once.
            await content.PublishAsync(item.Id, "admin");
        }

        var wait = Stopwatch.StartNew();
        while (generation.Current == before && wait.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        await Task.Delay(500);
        Assert.Equal(before + 1, generation.Current);
    }

    [Fact]
    public void EvictionMessage_CarriesTheSenderAndTags_AndFallsBackToEverything_WhenTooLong()
    {
        var sender = Guid.NewGuid();
        var parsed = EvictionMessage.Parse(EvictionMessage.Format(sender, [CacheTags.Home, CacheTags.Page("/tin-bai/mot")]));
        Assert.Equal(sender, parsed!.Value.Sender);
        Assert.Equal([CacheTags.Home, "page:/tin-bai/mot"], parsed.Value.Tags);

        var many = Enumerable.Range(0, 2000).Select(i => CacheTags.Page($"/thu-tuc/thu-tuc-so-{i}")).ToList();
        Assert.Equal([CacheTags.All], EvictionMessage.Parse(EvictionMessage.Format(sender, many))!.Value.Tags);
        Assert.Null(EvictionMessage.Parse("not ours"));
    }

    private static T Node<T>(T factory, RedisServer? redis)
        where T : ParPortalFactory
    {
        if (redis is not null)
        {
            factory.ExtraSettings["ParPortal:ScaleOut:Redis"] = redis.Configuration;
        }

        _ = factory.Services;
        return factory;
    }
}
