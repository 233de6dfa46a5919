using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Media;
using ParPortal.Hosting;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Backups;

/// <summary>
/// <c>backup create</c> and <c>backup restore</c> on the engine the suite runs on: the SQLite online backup API, or
/// pg_dump and pg_restore for PostgreSQL. A backup of one site is restored into a new, empty site (a lost server).
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parportal-backup-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_BringsBackContentMediaAndSearch_IntoAnEmptySite()
    {
        string mediaUrl;
        using (var site = new ParPortalFactory())
        {
            await PublishAsync(site, "Kết quả sao lưu dữ liệu cải cách", "bai-truoc-sao-luu");
            await using (var scope = site.Scope())
            {
                var file = await scope.ServiceProvider.GetRequiredService<MediaStore>().SaveAsync(new MemoryStream(Pdf), "Kế hoạch.pdf", "application/pdf", "admin");
                site.Db(scope).MediaFiles.Add(file);
                await site.Db(scope).SaveChangesAsync();
                mediaUrl = MediaUrls.Variant(file.Id, file.Variants[0]);
            }

            Assert.Equal(0, await RunVerbAsync(site, "backup create", _folder));
            await PublishAsync(site, "Bài viết sau khi sao lưu", "bai-sau-sao-luu");
        }

        Assert.True(File.Exists(Path.Combine(_folder, "manifest.json")));
        using var fresh = new ParPortalFactory();
        var client = fresh.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin-bai/bai-truoc-sao-luu")).StatusCode);

        Assert.Equal(0, await RunVerbAsync(fresh, "backup restore", _folder));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tin-bai/bai-truoc-sao-luu")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin-bai/bai-sau-sao-luu")).StatusCode);
        var media = await client.GetAsync(mediaUrl);
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal(Pdf, await media.Content.ReadAsByteArrayAsync());
        // Search answers from the restored site (on SQLite the index was rebuilt, on PostgreSQL it came with the dump).
        Assert.Contains("bai-truoc-sao-luu", await client.GetStringAsync("/api/search?q=sao+luu+du+lieu"));
        await using var check = fresh.Scope();
        Assert.Equal(1, await fresh.Db(check).AuditLog.CountAsync(e => e.Action == "publish" && e.Title == "Kết quả sao lưu dữ liệu cải cách"));
    }

    [Fact]
    public async Task Create_RefusesAFolderThatIsNotEmpty_AndRestore_RefusesAFolderWithoutManifest()
    {
        using var site = new ParPortalFactory();
        await PublishAsync(site, "Bài không được đụng tới", "bai-khong-dung-toi");
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "ghi-chu.txt"), "đã có");

        Assert.Equal(1, await RunVerbAsync(site, "backup create", _folder));
        Assert.Equal(1, await RunVerbAsync(site, "backup restore", _folder));
        Assert.Equal(2, await RunVerbAsync(site, "backup create"));

        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/tin-bai/bai-khong-dung-toi")).StatusCode);
    }

    private static async Task<int> RunVerbAsync(ParPortalFactory site, string verb, params string[] args)
    {
        await using var scope = site.Scope();
        var command = scope.ServiceProvider.GetServices<ICommandVerb>().Single(v => v.Verb == verb);
        return await command.RunAsync(scope.ServiceProvider, args, CancellationToken.None);
    }

    private static async Task PublishAsync(ParPortalFactory site, string title, string slug)
    {
        await using var scope = site.Scope();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await content.CreateAsync(new ArticleVersion { Title = title, Summary = title, Body = $"<p>{title}</p>" }, slug, "admin");
        await content.PublishAsync(item.Id, "admin");
    }
}
