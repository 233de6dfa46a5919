using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Editor;

/// <summary>The admin content list: publish and unpublish of checked items, each checked on its own; filters that are kept.</summary>
public sealed class ContentListTests(AdminHost factory) : IClassFixture<AdminHost>
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private static Dictionary<string, string> Bulk(string act, params Guid[] ids) =>
        new(ids.Select((id, i) => new KeyValuePair<string, string>($"ids[{i}]", id.ToString())).Append(new("act", act)));

    [Fact]
    public async Task Bulk_PublishesEveryCheckedItemAndReportsTheRefused_WhenAnEditorPublishes()
    {
        var admin = await factory.AdminClientAsync();
        var a = await factory.CreateArticleAsync($"Hàng loạt A {run}", "<p>a</p>", AdminTestData.UnitA);
        var b = await factory.CreateHotlineAsync($"Hàng loạt B {run}", AdminTestData.UnitB);
        var archived = await factory.CreateArticleAsync($"Đã lưu trữ {run}", "<p>c</p>", AdminTestData.UnitA);
        await using (var scope = factory.Scope())
        {
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ParPortal.Features.Content.ContentManager>(scope.ServiceProvider).ArchiveAsync(archived, "test");
        }

        var response = await admin.PostFormAsync("/admin/content?handler=Bulk", Bulk("publish", a, b, archived), "/admin/content");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = factory.Scope();
        var db = factory.Db(check);
        Assert.True(await db.ContentVersions.AnyAsync(v => v.ContentItemId == a && v.IsPublished));
        Assert.True(await db.ContentVersions.AnyAsync(v => v.ContentItemId == b && v.IsPublished));
        Assert.False(await db.ContentVersions.AnyAsync(v => v.ContentItemId == archived && v.IsPublished));
        var notice = await admin.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã xuất bản 2 mục.", notice);
        Assert.Contains($"Đã lưu trữ {run}", notice);
    }

    [Fact]
    public async Task Bulk_PublishesNothing_WhenTheUserMayNotPublish()
    {
        await factory.AdminClientAsync();
        await factory.EnsureUserAsync("ctv.a." + run, Roles.Contributor, AdminTestData.UnitA);
        var contributor = await factory.LoginAsync("ctv.a." + run);
        var own = await factory.CreateArticleAsync($"Của tôi {run}", "<p>a</p>", AdminTestData.UnitA);

        // The list has no bulk form for a contributor; the token comes from any form of theirs.
        var response = await contributor.PostFormAsync("/admin/content?handler=Bulk", Bulk("publish", own), "/admin/content/new/Article");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).ContentVersions.AnyAsync(v => v.ContentItemId == own && v.IsPublished));
        Assert.Contains("không có quyền", await contributor.GetStringAsync(response.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task List_ReturnsToTheLastFilters_WhenOpenedWithoutAQuery()
    {
        await factory.AdminClientAsync();
        var client = await factory.LoginAsync("admin", ParPortalFactory.AdminPassword);

        var filtered = await client.GetAsync("/admin/content?type=Hotline&status=Draft");
        var back = await client.GetAsync("/admin/content");
        var cleared = await client.GetAsync("/admin/content?clear=true");
        var after = await client.GetAsync("/admin/content");

        Assert.Equal(HttpStatusCode.OK, filtered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/admin/content?type=Hotline&status=Draft", back.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(filtered.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("path=/admin/content", StringComparison.OrdinalIgnoreCase));
    }
}
