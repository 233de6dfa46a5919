using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Content;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Content;

/// <summary>The content engine on the real database: versions, lifecycle, audit, concurrency, restore, scheduling.</summary>
public sealed class ContentEngineTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<Guid> CreateArticleAsync(string title = "Cải cách thủ tục hành chính năm 2026")
    {
        _ = _factory.Server;
        await using var scope = _factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await manager.CreateAsync(new ArticleVersion { Title = title, Body = "<p>Nội dung</p>" }, null, "tester");
        return item.Id;
    }

    private async Task<T> WithAsync<T>(Func<ContentManager, Microsoft.EntityFrameworkCore.DbContext, Task<T>> act)
    {
        await using var scope = _factory.Scope();
        return await act(scope.ServiceProvider.GetRequiredService<ContentManager>(), _factory.Db(scope));
    }

    private Task WithAsync(Func<ContentManager, Task> act) => WithAsync<bool>(async (m, _) =>
    {
        await act(m);
        return true;
    });

    [Fact]
    public async Task Create_MakesVersionOneDraftWithVietnameseSlug_WhenTitleHasDiacritics()
    {
        var id = await CreateArticleAsync("Đất đai và thủ tục");
        await using var scope = _factory.Scope();
        var item = await _factory.Db(scope).ContentItems.Include(i => i.Versions).SingleAsync(i => i.Id == id);
        Assert.Equal("dat-dai-va-thu-tuc", item.Slug);
        var v = Assert.Single(item.Versions);
        Assert.Equal((1, ContentState.Draft, true, false), (v.VersionNumber, v.State, v.IsLatest, v.IsPublished));
    }

    [Fact]
    public async Task Create_MakesSlugUnique_WhenTitleRepeatsWithinType()
    {
        var a = await CreateArticleAsync("Họp giao ban");
        var b = await CreateArticleAsync("Họp giao ban");
        await using var scope = _factory.Scope();
        var slugs = await _factory.Db(scope).ContentItems.Where(i => i.Id == a || i.Id == b).Select(i => i.Slug).ToListAsync();
        Assert.Equal(["hop-giao-ban", "hop-giao-ban-2"], slugs.Order());
    }

    [Fact]
    public async Task Save_KeepsThePublishedVersion_WhenEditingAfterPublish()
    {
        var id = await CreateArticleAsync();
        await WithAsync(m => m.PublishAsync(id, "editor"));
        await WithAsync(m => m.SaveAsync(id, 1, v => v.Title = "Tiêu đề mới", "editor"));
        await using var scope = _factory.Scope();
        var versions = await _factory.Db(scope).ContentVersions.Where(v => v.ContentItemId == id).OrderBy(v => v.VersionNumber).ToListAsync();
        Assert.Equal(2, versions.Count);
        Assert.True(versions[0].IsPublished && !versions[0].IsLatest);
        Assert.True(versions[1].IsLatest && !versions[1].IsPublished);
        Assert.Equal(ContentState.Draft, versions[1].State);
        Assert.Contains("tiêu đề", versions[1].ChangeNote);
    }

    [Fact]
    public async Task Save_RefusesWithConflictAndKeepsTheOtherEdit_WhenBaseVersionIsStale()
    {
        var id = await CreateArticleAsync();
        await WithAsync(m => m.SaveAsync(id, 1, v => v.Title = "Sửa của người A", "a"));
        var e = await Assert.ThrowsAsync<ContentRuleException>(() => WithAsync(m => m.SaveAsync(id, 1, v => v.Title = "Sửa của người B", "b")));
        Assert.Equal(ContentRuleKind.Conflict, e.Kind);
        await using var scope = _factory.Scope();
        var latest = await _factory.Db(scope).ContentVersions.SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        Assert.Equal(("Sửa của người A", 2), (latest.Title, latest.VersionNumber));
    }

    [Fact]
    public async Task Save_WritesNothing_WhenAFieldIsInvalid()
    {
        var id = await CreateArticleAsync();
        var e = await Assert.ThrowsAsync<ContentValidationException>(() => WithAsync(m => m.SaveAsync(id, 1, v => v.Title = " ", "a")));
        Assert.True(e.Errors.ContainsKey("title"));
        await using var scope = _factory.Scope();
        Assert.Equal(1, await _factory.Db(scope).ContentVersions.CountAsync(v => v.ContentItemId == id));
        Assert.Equal(1, await _factory.Db(scope).AuditLog.CountAsync(a => a.ContentItemId == id));
    }

    [Fact]
    public async Task Lifecycle_RecordsEveryStepInTheAuditLog_WhenSubmittedPublishedUnpublishedArchived()
    {
        var id = await CreateArticleAsync();
        await WithAsync(m => m.SubmitAsync(id, "ctv"));
        await WithAsync(m => m.PublishAsync(id, "editor"));
        await WithAsync(m => m.UnpublishAsync(id, "editor"));
        await WithAsync(m => m.ArchiveAsync(id, "editor"));
        await using var scope = _factory.Scope();
        var actions = await _factory.Db(scope).AuditLog.Where(a => a.ContentItemId == id).OrderBy(a => a.Id).Select(a => a.Action + ":" + a.UserName).ToListAsync();
        Assert.Equal(["create:tester", "submit:ctv", "publish:editor", "unpublish:editor", "archive:editor"], actions);
        var item = await _factory.Db(scope).ContentItems.SingleAsync(i => i.Id == id);
        Assert.Null(item.PublishedVersionNumber);
    }

    [Fact]
    public async Task Publish_IsRefused_WhenItemIsArchived()
    {
        var id = await CreateArticleAsync();
        await WithAsync(m => m.ArchiveAsync(id, "editor"));
        await Assert.ThrowsAsync<ContentRuleException>(() => WithAsync(m => m.PublishAsync(id, "editor")));
    }

    [Fact]
    public async Task Restore_CreatesANewDraftWithTheOldContent_WhenRestoringVersionOne()
    {
        var id = await CreateArticleAsync("Bản đầu");
        await WithAsync(m => m.SaveAsync(id, 1, v => v.Title = "Bản hai", "a"));
        await WithAsync(m => m.RestoreAsync(id, 1, "a"));
        await using var scope = _factory.Scope();
        var latest = await _factory.Db(scope).ContentVersions.SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        Assert.Equal(("Bản đầu", 3, ContentState.Draft), (latest.Title, latest.VersionNumber, latest.State));
        Assert.Equal(3, await _factory.Db(scope).ContentVersions.CountAsync(v => v.ContentItemId == id));
    }

    [Fact]
    public async Task Scheduler_PublishesAndUnpublishes_WhenTheFakeClockPassesTheTimes()
    {
        var id = await CreateArticleAsync();
        var start = _factory.Clock.GetUtcNow();
        await WithAsync(m => m.ScheduleAsync(id, start.AddMinutes(10), start.AddHours(2), "editor"));
        Assert.Equal(0, await WithAsync((m, _) => m.RunDueSchedulesAsync()));
        _factory.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await WithAsync((m, _) => m.RunDueSchedulesAsync()));
        await using (var scope = _factory.Scope())
        {
            Assert.NotNull((await _factory.Db(scope).ContentItems.SingleAsync(i => i.Id == id)).PublishedVersionNumber);
        }

        _factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await WithAsync((m, _) => m.RunDueSchedulesAsync()));
        await using (var scope = _factory.Scope())
        {
            var item = await _factory.Db(scope).ContentItems.SingleAsync(i => i.Id == id);
            Assert.Null(item.PublishedVersionNumber);
            Assert.Null(item.ScheduledUnpublishUtc);
            Assert.Contains(await _factory.Db(scope).AuditLog.Where(a => a.ContentItemId == id).Select(a => a.UserName).ToListAsync(), u => u == "scheduler");
        }
    }

    [Fact]
    public async Task Delete_RemovesVersionsButKeepsTheAuditTrail()
    {
        var id = await CreateArticleAsync();
        await WithAsync(m => m.DeleteAsync(id, "editor"));
        await using var scope = _factory.Scope();
        Assert.False(await _factory.Db(scope).ContentVersions.AnyAsync(v => v.ContentItemId == id));
        Assert.Equal(["create", "delete"], await _factory.Db(scope).AuditLog.Where(a => a.ContentItemId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Save_RefusesSlugChange_WhenItemWasPublished()
    {
        var id = await CreateArticleAsync("Tin cũ");
        await WithAsync(m => m.PublishAsync(id, "editor"));
        var e = await Assert.ThrowsAsync<ContentValidationException>(() => WithAsync(m => m.SaveAsync(id, 1, _ => { }, "editor", "duong-dan-moi")));
        Assert.True(e.Errors.ContainsKey("slug"));
    }
}
