using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Editor;

/// <summary>
/// Any unpublished version rendered by the type's own public page at an admin address: the draft's text, a
/// preview banner, noindex and no-store; never for anonymous visitors, never for a contributor of another unit, and
/// never at the public address.
/// </summary>
public sealed class PreviewTests(AdminHost factory) : IClassFixture<AdminHost>
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Preview_RendersTheDraftWithThePublicArticlePage_WhenAnEditorAsks()
    {
        var admin = await factory.AdminClientAsync();
        var id = await factory.CreateArticleAsync($"Bài đã công khai {run}", "<p>Bản công khai.</p>", AdminTestData.UnitA, publish: true);
        await factory.SaveArticleAsync(id, 1, $"Bài sửa chưa công khai {run}", "<p>Bản nháp mới.</p>");

        var response = await admin.GetAsync($"/admin/preview/article/{id}/2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Bài sửa chưa công khai {run}", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains("Bản nháp mới.", page.QuerySelector("main .body")!.TextContent);
        Assert.Contains("phiên bản 2", page.QuerySelector(".preview-banner")!.TextContent);
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));

        // The public page still shows the published version, and knows nothing of the preview.
        var publicPage = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")));
        Assert.Equal($"Bài đã công khai {run}", publicPage.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Null(publicPage.QuerySelector(".preview-banner"));
    }

    [Fact]
    public async Task Preview_RedirectsToLogin_WhenTheVisitorIsAnonymous()
    {
        await factory.AdminClientAsync();
        var id = await factory.CreateArticleAsync($"Nháp bí mật {run}", "<p>Chưa công khai.</p>", AdminTestData.UnitA);
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync($"/admin/preview/article/{id}/1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("Chưa công khai", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Preview_IsForbiddenToAContributorOfAnotherUnit_AndShownToOneOfTheItemsUnit()
    {
        await factory.AdminClientAsync();
        await factory.EnsureUserAsync("ctv.a." + run, Roles.Contributor, AdminTestData.UnitA);
        await factory.EnsureUserAsync("ctv.b." + run, Roles.Contributor, AdminTestData.UnitB);
        var id = await factory.CreateArticleAsync($"Nháp của A {run}", "<p>a</p>", AdminTestData.UnitA);

        var own = await (await factory.LoginAsync("ctv.a." + run)).GetAsync($"/admin/preview/article/{id}/1");
        var other = await (await factory.LoginAsync("ctv.b." + run)).GetAsync($"/admin/preview/article/{id}/1");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/admin/denied", other.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Preview_ShowsADraftHotlineInTheHotlineList_WhenTheHotlineIsNotPublished()
    {
        var admin = await factory.AdminClientAsync();
        var id = await factory.CreateHotlineAsync($"Đường dây nóng mới {run}", AdminTestData.UnitA);

        var preview = new HtmlParser().ParseDocument(await admin.GetStringAsync($"/admin/preview/hotline/{id}/1"));
        var list = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/duong-day-nong"));

        Assert.Contains(preview.QuerySelectorAll(".hotline h3"), h => h.TextContent == $"Đường dây nóng mới {run}");
        Assert.DoesNotContain(list.QuerySelectorAll(".hotline h3"), h => h.TextContent == $"Đường dây nóng mới {run}");
    }

    [Fact]
    public async Task Preview_IsNotFound_WhenTheVersionDoesNotExist()
    {
        var admin = await factory.AdminClientAsync();
        var id = await factory.CreateArticleAsync($"Một phiên bản {run}", "<p>a</p>", AdminTestData.UnitA);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/preview/article/{id}/7")).StatusCode);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).ContentVersions.AnyAsync(v => v.ContentItemId == id && v.IsPublished));
    }
}
