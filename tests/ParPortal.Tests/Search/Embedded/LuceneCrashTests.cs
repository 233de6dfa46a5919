using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>
/// kill -9 while the site is indexing: a real ParPortal.Web process applies outbox rows ten at a time and is killed
/// after its first and then its third commit. The index must stay readable (CheckIndex clean) and, once the site
/// runs again, hold every published item exactly once.
/// </summary>
public sealed class LuceneCrashTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parportal-tests", "crash-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Index_LosesNothingAndStaysReadable_WhenTheSiteIsKilledWhileIndexing()
    {
        List<Guid> before;
        using (var first = new EmbeddedSite(_folder))
        {
            before = await first.PublishProceduresAsync("Trước sự cố", 10);
            await first.WaitUntilDrainedAsync(TimeSpan.FromSeconds(20));
        }
        List<Guid> after;
        using (var stopped = new EmbeddedSite(_folder, indexing: false))
        {
            after = await stopped.PublishProceduresAsync("Sau sự cố", 300);
        }

        foreach (var commits in new[] { 1, 3 })
        {
            var (outboxBefore, outboxAfter) = await KillWhileIndexingAsync(commits);
            Assert.True(outboxAfter > 0 && outboxAfter < outboxBefore, $"killed mid-way: outbox {outboxBefore} → {outboxAfter}");
            using var directory = FSDirectory.Open(Path.Combine(_folder, "search-index"));
            Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
        }

        using var site = new EmbeddedSite(_folder);
        await site.PublishProceduresAsync("Không", 0);
        await site.WaitUntilDrainedAsync(TimeSpan.FromSeconds(60));
        var hits = site.SearchIndex("sau su co").Select(h => h.ItemId).ToList();
        Assert.Equal(after.Order(), hits.Order());
        Assert.Equal(before.Order(), site.SearchIndex("truoc su co").Select(h => h.ItemId).Order());
    }

    /// <summary>Starts the site in a child process, kills it (SIGKILL) after its n-th index commit, returns the outbox sizes.</summary>
    private async Task<(int Before, int After)> KillWhileIndexingAsync(int commits)
    {
        var outboxBefore = await OutboxRowsAsync();
        var bin = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bin, "ParPortal.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ParPortal__Database__Provider"] = "Sqlite",
            ["ParPortal__Database__ConnectionString"] = "",
            ["ParPortal__Database__DataFolder"] = _folder,
            ["ParPortal__Search__IndexBatchSize"] = "10",
            ["ParPortal__Scheduling__Enabled"] = "false",
            ["ParPortal__Media__RootPath"] = Path.Combine(_folder, "media"),
            ["ParPortal__Setup__AdminPassword"] = "Admin12345",
            ["Logging__LogLevel__Default"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var seen = 0;
        var output = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (seen < commits && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.Add(line);
            if (line.Contains("changes of", StringComparison.Ordinal))
            {
                seen++;
            }
        }
        process.Kill();
        await process.WaitForExitAsync();
        Assert.True(seen == commits, "the child never indexed: " + string.Join('\n', output.TakeLast(30)) + await process.StandardError.ReadToEndAsync());
        return (outboxBefore, await OutboxRowsAsync());
    }

    private async Task<int> OutboxRowsAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "parportal.db")};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM \"SearchOutbox\"";
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
