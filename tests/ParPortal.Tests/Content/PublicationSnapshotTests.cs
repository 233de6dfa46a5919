using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Content;

/// <summary>
/// The copy of the item's first publication and of the topic ids that every publication writes onto the published
/// version (ContentVersion.RecordPublication), which plan progress reads instead of joining items and topic links.
/// </summary>
public sealed class PublicationSnapshotTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<Guid> CreateArticleAsync(params string[] topicSlugs)
    {
        _ = _factory.Server;
        await using var scope = _factory.Scope();
        var db = _factory.Db(scope);
        var topics = await db.Topics.Where(t => topicSlugs.Contains(t.Slug)).ToListAsync();
        Assert.Equal(topicSlugs.Length, topics.Count);
        var draft = new ArticleVersion { Title = "Kết quả cải cách hành chính quý I", Body = "<p>Nội dung</p>", Topics = topics };
        return (await scope.ServiceProvider.GetRequiredService<ContentManager>().CreateAsync(draft, null, "tester")).Id;
    }

    private async Task ActAsync(Func<ContentManager, Task> act)
    {
        await using var scope = _factory.Scope();
        await act(scope.ServiceProvider.GetRequiredService<ContentManager>());
    }

    private async Task<(ContentItem Item, ContentVersion Published, string? ExpectedTopicIds)> PublishedAsync(Guid id)
    {
        await using var scope = _factory.Scope();
        var db = _factory.Db(scope);
        var item = await db.ContentItems.AsNoTracking().SingleAsync(i => i.Id == id);
        var published = await db.ContentVersions.AsNoTracking().Include(v => v.Topics).SingleAsync(v => v.ContentItemId == id && v.IsPublished);
        return (item, published, TopicIdList.Format(published.Topics.Select(t => t.Id)));
    }

    private async Task<string[]> TopicSlugsAsync()
    {
        await using var scope = _factory.Scope();
        return await _factory.Db(scope).Topics.OrderBy(t => t.Id).Select(t => t.Slug).Take(3).ToArrayAsync();
    }

    [Fact]
    public async Task Publish_KeepsTheFirstPublicationAndTakesTheNewTopics_WhenRepublishedAfterUnpublish()
    {
        var slugs = await TopicSlugsAsync();
        var id = await CreateArticleAsync(slugs[0], slugs[1]);
        var first = _factory.Clock.GetUtcNow().UtcDateTime;
        await ActAsync(m => m.PublishAsync(id, "editor"));
        _factory.Clock.Advance(TimeSpan.FromDays(40));
        await ActAsync(m => m.UnpublishAsync(id, "editor"));
        await using (var scope = _factory.Scope())
        {
            // The topic is loaded by the manager's own (scoped) context, as the input mapper does.
            var third = await _factory.Db(scope).Topics.SingleAsync(t => t.Slug == slugs[2]);
            await scope.ServiceProvider.GetRequiredService<ContentManager>().SaveAsync(id, 1, v =>
            {
                v.Topics.RemoveAll(t => t.Slug == slugs[0]);
                v.Topics.Add(third);
            }, "editor");
        }

        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await ActAsync(m => m.PublishAsync(id, "editor"));

        var (item, published, expectedTopics) = await PublishedAsync(id);
        Assert.Equal(2, published.VersionNumber);
        Assert.Equal(first, item.FirstPublishedUtc);
        Assert.Equal(first, published.FirstPublishedUtc);
        Assert.Equal(first.AddDays(41), published.PublishedUtc);
        Assert.Equal([slugs[1], slugs[2]], published.Topics.Select(t => t.Slug).Order());
        Assert.Equal(expectedTopics, published.PublishedTopicIds);
    }

    [Fact]
    public async Task Publish_RecordsNoTopics_WhenTheVersionHasNone()
    {
        var id = await CreateArticleAsync();
        await ActAsync(m => m.PublishAsync(id, "editor"));

        var (item, published, _) = await PublishedAsync(id);
        Assert.Null(published.PublishedTopicIds);
        Assert.Equal(item.FirstPublishedUtc, published.FirstPublishedUtc);
    }

    [Fact]
    public async Task Save_ClearsTheCopyOnTheNewDraft_WhenEditingAPublishedItem()
    {
        var slugs = await TopicSlugsAsync();
        var id = await CreateArticleAsync(slugs[0]);
        await ActAsync(m => m.PublishAsync(id, "editor"));
        await ActAsync(m => m.SaveAsync(id, 1, v => v.Title = "Tiêu đề đã sửa", "editor"));

        await using var scope = _factory.Scope();
        var draft = await _factory.Db(scope).ContentVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        Assert.False(draft.IsPublished);
        Assert.Null(draft.FirstPublishedUtc);
        Assert.Null(draft.PublishedTopicIds);
        // The change note names what the editor changed, not the publication copy.
        Assert.DoesNotContain("FirstPublished", draft.ChangeNote ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduler_RecordsTheFirstPublicationAndTopics_WhenItPublishesADueItem()
    {
        var slugs = await TopicSlugsAsync();
        var id = await CreateArticleAsync(slugs[0], slugs[2]);
        var start = _factory.Clock.GetUtcNow();
        await ActAsync(m => m.ScheduleAsync(id, start.AddMinutes(30), null, "editor"));
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        await using (var scope = _factory.Scope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ContentManager>().RunDueSchedulesAsync());
        }

        var (item, published, expectedTopics) = await PublishedAsync(id);
        Assert.Equal(start.AddMinutes(31).UtcDateTime, published.FirstPublishedUtc);
        Assert.Equal(item.FirstPublishedUtc, published.FirstPublishedUtc);
        Assert.NotNull(expectedTopics);
        Assert.Equal(expectedTopics, published.PublishedTopicIds);
    }

    [Fact]
    public async Task Publish_Succeeds_WhenTitleIsAtItsLongestAndTheItemHasManyTopics()
    {
        // The plan-progress index holds the title and the topic ids; PostgreSQL refuses an index entry above about
        // 2.7 kB, so the longest title the validation allows (500 three-byte characters) and 40 topics must fit.
        _ = _factory.Server;
        var slugs = new List<string>();
        await using (var scope = _factory.Scope())
        {
            var db = _factory.Db(scope);
            for (var i = 0; i < 40; i++)
            {
                var slug = $"chu-de-dai-{i}-{Guid.NewGuid():N}"[..30];
                db.Topics.Add(new ParPortal.Features.Topics.Topic { Name = "Chủ đề " + i, Slug = slug, SortOrder = 1000 + i });
                slugs.Add(slug);
            }

            await db.SaveChangesAsync();
        }

        Guid id;
        await using (var scope = _factory.Scope())
        {
            var db = _factory.Db(scope);
            var topics = await db.Topics.Where(t => slugs.Contains(t.Slug)).ToListAsync();
            var draft = new ArticleVersion { Title = new string('ệ', 500), Body = "<p>Nội dung</p>", Topics = topics };
            id = (await scope.ServiceProvider.GetRequiredService<ContentManager>().CreateAsync(draft, "tieu-de-dai", "tester")).Id;
        }

        await ActAsync(m => m.PublishAsync(id, "editor"));

        var (_, published, expectedTopics) = await PublishedAsync(id);
        Assert.Equal(500, published.Title.Length);
        Assert.Equal(40, published.PublishedTopicIds!.Split(',').Length);
        Assert.Equal(expectedTopics, published.PublishedTopicIds);
    }
}
