using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Content;
using ParPortal.Features.Procedures;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Integration;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>The outbox and the background indexer of SQLite sites: durable, replayed, self-healing.</summary>
public sealed class LuceneIndexerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parportal-tests", "lucene-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Indexer_AppliesAPublicationWithoutAnySearchWaiting_WhenContentIsPublished()
    {
        using var site = new EmbeddedSite(_folder);
        var ids = await site.PublishProceduresAsync("Đăng ký thử nghiệm outbox", 3);

        // The indexer wakes on the commit; nothing here asks it to hurry.
        await site.WaitUntilDrainedAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ids.Order(), site.SearchIndex("dang ky thu nghiem outbox").Select(h => h.ItemId).Order());
        Assert.Equal(0, await site.OutboxCountAsync());
    }

    [Fact]
    public async Task Outbox_HoldsNoRowAndIndexNothing_WhenTheContentTransactionRollsBack()
    {
        using var site = new EmbeddedSite(_folder);
        _ = site.Server;
        await using (var scope = site.Scope())
        {
            var db = site.Db(scope);
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await manager.CreateAsync(new ProcedureVersion { Title = "Thủ tục bị hủy giữa chừng", Code = "9.999999", Field = "Thử", Summary = "Thử" }, null, "test");
            Assert.Equal(1, await db.SearchOutbox.CountAsync());
            await tx.RollbackAsync();
        }

        Assert.Equal(0, await site.OutboxCountAsync());
        var response = await site.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString("thu tuc bi huy giua chung") + "&drafts=true");
        Assert.DoesNotContain("bị hủy", response);
    }

    [Fact]
    public async Task Indexer_ReplaysTheOutboxAtStart_WhenChangesWereCommittedWhileItWasNotRunning()
    {
        List<Guid> ids;
        using (var stopped = new EmbeddedSite(_folder, indexing: false))
        {
            ids = await stopped.PublishProceduresAsync("Thủ tục chờ lập chỉ mục", 5);
            Assert.Equal(10, await stopped.OutboxCountAsync());
        }

        using var restarted = new EmbeddedSite(_folder);
        await restarted.PublishProceduresAsync("Khác", 0);
        await restarted.WaitUntilDrainedAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(ids.Order(), restarted.SearchIndex("thu tuc cho lap chi muc").Select(h => h.ItemId).Order());
    }

    [Fact]
    public async Task Indexer_RebuildsAMissingIndexInTheBackground_AndTheSearchPageSaysSoMeanwhile()
    {
        List<Guid> ids;
        using (var first = new EmbeddedSite(_folder))
        {
            ids = await first.PublishProceduresAsync("Cấp giấy phép chỉ mục mất", 4);
            await first.WaitUntilDrainedAsync(TimeSpan.FromSeconds(10));
        }
        Directory.Delete(Path.Combine(_folder, "search-index"), recursive: true);

        using var site = new EmbeddedSite(_folder);
        _ = site.Server;
        Assert.Equal(IndexProblem.Missing, site.Search.Index.ProblemAtOpen);
        Assert.Equal(ids.Order(), site.SearchIndex("cap giay phep chi muc mat").Select(h => h.ItemId).Order());

        // While a rebuild runs, the page says that results may be incomplete.
        site.Search.BeginRebuild();
        var during = await site.CreateClient().GetStringAsync("/tim-kiem?q=giay+phep");
        site.Search.EndRebuild(site.Search.Index.OutboxMark);
        var after = await site.CreateClient().GetStringAsync("/tim-kiem?q=giay+phep");
        Assert.Contains("Chỉ mục tìm kiếm đang được xây dựng lại", during);
        Assert.DoesNotContain("Chỉ mục tìm kiếm đang được xây dựng lại", after);
    }

    [Fact]
    public async Task Indexer_RebuildsACorruptIndex_WhenItsFilesAreDamaged()
    {
        List<Guid> ids;
        using (var first = new EmbeddedSite(_folder))
        {
            ids = await first.PublishProceduresAsync("Thủ tục chỉ mục hỏng", 3);
            await first.WaitUntilDrainedAsync(TimeSpan.FromSeconds(10));
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_folder, "search-index")).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            Array.Fill(bytes, (byte)0x5a, 0, Math.Min(bytes.Length, 64));
            File.WriteAllBytes(file, bytes);
        }

        using var site = new EmbeddedSite(_folder);
        _ = site.Server;

        Assert.Equal(IndexProblem.Corrupt, site.Search.Index.ProblemAtOpen);
        Assert.Contains(site.Logs.Entries, e => e.Contains("is Corrupt; rebuilding it in the background", StringComparison.Ordinal));
        Assert.Equal(ids.Order(), site.SearchIndex("thu tuc chi muc hong").Select(h => h.ItemId).Order());
    }

    [Fact]
    public async Task RebuildVerb_HandsTheRebuildToTheRunningSite_WhenTheSiteHoldsTheIndex()
    {
        using var site = new EmbeddedSite(_folder);
        var ids = await site.PublishProceduresAsync("Xây dựng lại bởi trang đang chạy", 2);
        await site.WaitUntilDrainedAsync(TimeSpan.FromSeconds(10));
        // Another process's view: its own index object on the same folder (Lucene's write lock keeps it out).
        using var otherProcessIndex = new EmbeddedSearch(site.IndexFolder);
        long request;
        await using (var scope = site.Scope())
        {
            var rebuilder = new SearchRebuilder(site.Db(scope), otherProcessIndex, scope.ServiceProvider.GetRequiredService<Features.Search.Postgres.PostgresSearchIndex>(),
                scope.ServiceProvider.GetRequiredService<SearchDocuments>());
            Assert.Null(await rebuilder.RebuildAsync());
            request = await site.Db(scope).SearchOutbox.Where(r => r.ContentItemId == Guid.Empty).Select(r => r.Id).SingleAsync();
        }

        await site.WaitUntilDrainedAsync(TimeSpan.FromSeconds(20));

        // The site took the request (its row is gone and the index is past it) and the index still holds everything.
        Assert.True(site.Search.IndexedThrough >= request);
        Assert.Equal(ids.Order(), site.SearchIndex("xay dung lai boi trang dang chay").Select(h => h.ItemId).Order());
    }

    [Fact]
    public async Task SearchApi_FindsAnEditJustCommitted_WhenTheIndexerHasNotRunYet()
    {
        using var site = new EmbeddedSite(_folder);
        await site.PublishProceduresAsync("Thủ tục vừa xuất bản", 1);

        var response = await site.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString("thu tuc vua xuat ban"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thủ tục vừa xuất bản 1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Indexer_GathersChangesForTheIndexDelay_BeforeApplyingThem()
    {
        using var site = new EmbeddedSite(_folder, indexDelay: TimeSpan.FromSeconds(4));
        await site.PublishProceduresAsync("Khởi động", 0);
        await site.WaitUntilDrainedAsync(TimeSpan.FromSeconds(20));

        var ids = await site.PublishProceduresAsync("Thủ tục gom lô", 2);
        await Task.Delay(TimeSpan.FromSeconds(1));

        // Still waiting for more changes to join the batch: nothing applied yet.
        Assert.True(await site.OutboxCountAsync() > 0);
        Assert.Empty(site.SearchIndex("thu tuc gom lo"));
        await site.WaitUntilDrainedAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(ids.Order(), site.SearchIndex("thu tuc gom lo").Select(h => h.ItemId).Order());
    }

    [Fact]
    public async Task SearchApi_FindsAChangeAtOnce_WhenTheIndexerIsGatheringChanges()
    {
        // Longer than the search's freshness wait (2 s): only the search cutting the gathering short finds the item.
        using var site = new EmbeddedSite(_folder, indexDelay: TimeSpan.FromSeconds(60));
        await site.PublishProceduresAsync("Khởi động", 0);
        await site.WaitUntilDrainedAsync(TimeSpan.FromSeconds(20));
        await site.PublishProceduresAsync("Thủ tục cần tìm ngay", 1);

        var response = await site.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString("thu tuc can tim ngay"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thủ tục cần tìm ngay 1", await response.Content.ReadAsStringAsync());
    }
}
