using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Hosting;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.ScaleOut;

/// <summary>
/// What makes nodes interchangeable: a login, an antiforgery token and the key ring made on one node are valid on
/// another, and scheduled publishing runs on one node at a time. On PostgreSQL the nodes share only the database (each
/// has its own data folder); the single-node SQLite site keeps its key ring in its data folder, so there the two hosts
/// share that folder, as two processes on one machine would.
/// </summary>
public sealed class ScaleOutNodeTests
{
    [Fact]
    public async Task LoginAndAntiforgery_MadeOnOneNode_AreAcceptedByAnother()
    {
        using var first = new ParPortalFactory();
        using var second = new SecondNodeFactory(first, shareDataFolder: !TestDatabase.IsPostgres);
        var a = first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var b = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        // The form and its antiforgery cookie come from node A; the password is posted to node B.
        var form = await a.GetAsync("/admin/login");
        var antiforgeryCookie = CookiesOf(form);
        var token = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync())
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var login = new HttpRequestMessage(HttpMethod.Post, "/admin/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "admin", ["Input.Password"] = ParPortalFactory.AdminPassword, ["__RequestVerificationToken"] = token,
            }),
        };
        login.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await b.SendAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var authCookie = CookiesOf(signedIn);
        Assert.Contains("parportal.auth=", authCookie);

        // The session made by node B opens the admin on node A.
        using var admin = new HttpRequestMessage(HttpMethod.Get, "/admin");
        admin.Headers.Add("Cookie", authCookie);
        Assert.Equal(HttpStatusCode.OK, (await a.SendAsync(admin)).StatusCode);
    }

    [Fact]
    public async Task DataProtectionKeys_AreInTheDatabaseOnPostgres_AndInTheDataFolderOnSqlite()
    {
        using var factory = new ParPortalFactory();
        _ = factory.CreateClient();
        await using var scope = factory.Scope();
        var inDatabase = await factory.Db(scope).DataProtectionKeys.CountAsync();
        var folder = Path.Combine(scope.ServiceProvider.GetRequiredService<IHostEnvironment>().ContentRootPath,
            scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.DataFolder, "keys");
        var inFolder = Directory.Exists(folder) ? Directory.GetFiles(folder, "key-*.xml").Length : 0;

        // The first-run set-up makes the first key, so every node that starts later finds it.
        Assert.Equal(TestDatabase.IsPostgres ? (1, 0) : (0, 1), (inDatabase, inFolder));
    }

    [Fact]
    public async Task ClusterLock_RefusesASecondHolder_UntilTheFirstReleasesIt()
    {
        using var first = new ParPortalFactory();
        using var second = new SecondNodeFactory(first);
        // On SQLite the lock is the process's: the "nodes" are two hosts, so the test uses one host's lock twice.
        var lockA = first.Services.GetRequiredService<IClusterLock>();
        var lockB = (TestDatabase.IsPostgres ? second : first).Services.GetRequiredService<IClusterLock>();

        var held = await lockA.TryAcquireAsync("test-lock");
        Assert.NotNull(held);
        Assert.Null(await lockB.TryAcquireAsync("test-lock"));
        await using (var other = await lockB.TryAcquireAsync("another-lock"))
        {
            Assert.NotNull(other);
        }

        await held!.DisposeAsync();
        await using var now = await lockB.TryAcquireAsync("test-lock");
        Assert.NotNull(now);
    }

    [Fact]
    public async Task ScheduledPublish_RunsOnOneNode_AndIsAuditedOnce()
    {
        using var first = new ParPortalFactory();
        using var second = new SecondNodeFactory(first);
        Guid id;
        await using (var scope = first.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            id = (await content.CreateAsync(new ArticleVersion { Title = "Bài hẹn giờ trên hai nút", Body = "<p>Hẹn giờ</p>" }, "bai-hen-gio", "admin")).Id;
            await content.ScheduleAsync(id, first.Clock.GetUtcNow().AddMinutes(5), null, "admin");
        }

        first.Clock.Advance(TimeSpan.FromMinutes(6));
        second.Clock.Set(first.Clock.GetUtcNow());
        // The single SQLite node's lock is its process's, so there both "nodes" are the first host's scheduler.
        ParPortalFactory[] nodes = TestDatabase.IsPostgres ? [first, second] : [first, first];
        var schedulers = nodes.Select(f => f.Services.GetServices<IHostedService>().OfType<ScheduledPublishingService>().Single()).ToList();

        // While one node holds the period's lock, the other does nothing.
        var clusterLock = first.Services.GetRequiredService<IClusterLock>();
        await using (await clusterLock.TryAcquireAsync(ScheduledPublishingService.LockName))
        {
            Assert.Null(await schedulers[1].RunOnceAsync(CancellationToken.None));
        }

        // Both nodes tick at once, a few times: the item is published once.
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => schedulers).Select(s => s.RunOnceAsync(CancellationToken.None)));
        Assert.Equal(1, runs.Sum(r => r ?? 0));
        await using var check = first.Scope();
        var db = first.Db(check);
        Assert.Equal(1, await db.AuditLog.CountAsync(e => e.ContentItemId == id && e.Action == "publish"));
        Assert.True(await db.ContentItems.Where(i => i.Id == id).Select(i => i.PublishedVersionNumber != null).SingleAsync());
    }

    [Fact]
    public async Task Readiness_FailsWhenTheMediaFolderCannotBeWritten_WhileLivenessStaysUp()
    {
        using var factory = new ParPortalFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        // A file where the media folder should be: the share is not mounted, or mounted wrong.
        var media = factory.Services.GetRequiredService<ParPortal.Features.Media.MediaStore>().RootPath;
        Directory.CreateDirectory(Path.GetDirectoryName(media)!);
        if (Directory.Exists(media))
        {
            Directory.Delete(media, recursive: true);
        }

        await File.WriteAllTextAsync(media, "not a folder");
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        File.Delete(media);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);
}
