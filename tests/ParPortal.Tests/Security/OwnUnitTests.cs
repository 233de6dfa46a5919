using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security;

/// <summary>
/// Contributors act only on their own unit on every path, and each content type's own permission holds on the API and
/// in the admin: restoring an old version, deleting uploads, plans and their progress.
/// </summary>
public sealed class OwnUnitTests
{
    [Fact]
    public async Task Restore_Returns403AndKeepsTheUnit_WhenTheOldVersionBelongsToAnotherUnit()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("o-contributor", Roles.Contributor, AdminTestData.UnitA);
        // Version 1 was written for unit B; an editor moved the item to unit A (version 2), which the contributor may edit.
        var id = await factory.CreateHotlineAsync("Đường dây nóng chuyển đơn vị", AdminTestData.UnitB);
        using (var editor = await EditorApiAsync(factory))
        {
            var moved = await editor.PutAsync($"/api/content/{id}", AdminTestData.Json($$"""{"baseVersion":1,"content":{{AdminTestData.HotlineJson("Đường dây nóng chuyển đơn vị", AdminTestData.UnitA)}}}"""));
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        using var api = await factory.ApiClientAsync("o-contributor");
        var response = await api.PostAsync($"/api/content/{id}/versions/1/restore", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var scope = factory.Scope();
        var latest = await factory.Db(scope).ContentVersions.Include(v => v.Unit).SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        Assert.Equal(AdminTestData.UnitA, latest.Unit!.Code);
        Assert.Equal(2, latest.VersionNumber);

        using var admin = await factory.LoginAsync("o-contributor");
        var page = await admin.PostFormAsync($"/admin/content/{id}?handler=Restore&version=1", [], $"/admin/content/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("không khôi phục được", await page.Content.ReadAsStringAsync());
        await using var after = factory.Scope();
        Assert.Equal(2, await factory.Db(after).ContentVersions.Where(v => v.ContentItemId == id).MaxAsync(v => v.VersionNumber));
    }

    [Fact]
    public async Task MediaDelete_IsRefusedAndKeepsTheFile_WhenAContributorDeletesAnotherUsersUpload()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("o-owner", Roles.Contributor, AdminTestData.UnitA);
        await factory.CreateUserAsync("o-other", Roles.Contributor, AdminTestData.UnitB);
        await factory.CreateUserAsync("o-editor", Roles.Editor);
        using var owner = await factory.LoginAsync("o-owner");
        var first = await UploadPdfAsync(factory, owner, "ke-hoach.pdf");
        var second = await UploadPdfAsync(factory, owner, "bao-cao.pdf");

        using var other = await factory.LoginAsync("o-other");
        var page = await (await other.GetAsync("/admin/media")).Content.ReadAsStringAsync();
        Assert.Null(new HtmlParser().ParseDocument(page).QuerySelector($"form[action*='{first}']"));
        var refused = await other.PostFormAsync($"/admin/media?id={first}&handler=Delete", [], "/admin/media");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/admin/denied", refused.Headers.Location!.AbsolutePath);
        Assert.True(await ExistsAsync(factory, first));

        Assert.Equal("/admin/media", (await owner.PostFormAsync($"/admin/media?id={first}&handler=Delete", [], "/admin/media")).Headers.Location!.OriginalString);
        Assert.False(await ExistsAsync(factory, first));
        using var editor = await factory.LoginAsync("o-editor");
        Assert.Equal("/admin/media", (await editor.PostFormAsync($"/admin/media?id={second}&handler=Delete", [], "/admin/media")).Headers.Location!.OriginalString);
        Assert.False(await ExistsAsync(factory, second));
    }

    [Fact]
    public async Task PlanCreation_FollowsThePlanPermission_OnTheApiAndInTheAdmin()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("o-plan-contributor", Roles.Contributor, AdminTestData.UnitA);
        await factory.CreateUserAsync("o-plan-editor", Roles.Editor);
        await factory.CreateUserAsync("o-plan-office", Roles.Office);
        const string plan = """
            {"type":"Plan","title":"Kế hoạch thử","number":"01/KH-TEST","year":2026,
             "definition":{"number":"01/KH-TEST","title":"Kế hoạch thử","year":2026,
               "tasks":[{"code":"1.1","content":"Đăng tin về CCHC","rules":[{"kind":"count","types":["Article"],"min":4,"window":{"kind":"Year"}}]}]}}
            """;

        foreach (var (user, may) in ((string, bool)[])[("o-plan-contributor", false), ("o-plan-editor", false), ("o-plan-office", true)])
        {
            using var api = await factory.ApiClientAsync(user);
            var response = await api.PostAsync("/api/content", AdminTestData.Json(plan));
            var expected = may ? HttpStatusCode.Created : HttpStatusCode.Forbidden;
            Assert.True(response.StatusCode == expected, $"{user}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");

            using var admin = await factory.LoginAsync(user);
            var form = await admin.GetAsync("/admin/content/new/Plan");
            var list = await (await admin.GetAsync("/admin/content")).Content.ReadAsStringAsync();
            var button = new HtmlParser().ParseDocument(list).QuerySelector("a[href='/admin/content/new/Plan']");
            Assert.Equal(may ? HttpStatusCode.OK : HttpStatusCode.Redirect, form.StatusCode);
            Assert.Equal(may, button is not null);
            if (!may)
            {
                Assert.Equal("/admin/denied", form.Headers.Location!.AbsolutePath);
            }
        }

        await using var scope = factory.Scope();
        Assert.Equal(1, await factory.Db(scope).Plans.CountAsync(p => p.Number == "01/KH-TEST"));
    }

    [Fact]
    public async Task PlanProgressApi_ShowsAContributorOnlyTheirUnit_AsTheDashboardDoes()
    {
        using var factory = new DemoFactory();
        var planId = await ParPortal.Tests.Plans.PlanTestData.PlanIdAsync(factory);
        string unit;
        await using (var scope = factory.Scope())
        {
            // A unit with evidence in the plan, so that the scoped answer has something to show.
            unit = await factory.Db(scope).Units.Where(u => u.Code == "GTVT-VP").Select(u => u.Code).SingleAsync();
        }

        await factory.CreateUserAsync("o-progress", Roles.Contributor, unit);
        await factory.CreateUserAsync("o-progress-office", Roles.Office);
        using var contributor = await factory.ApiClientAsync("o-progress");
        using var office = await factory.ApiClientAsync("o-progress-office");

        var all = await ParPortal.Tests.Plans.PlanTestData.ProgressAsync(office, planId, "2024-12-31");
        var own = await ParPortal.Tests.Plans.PlanTestData.ProgressAsync(contributor, planId, "2024-12-31");

        Assert.True(all.Matrix.Units.Count > 1);
        var scope2 = own.Matrix.Units.Select(u => u.Code).ToHashSet();
        Assert.Contains(unit, scope2);
        Assert.True(scope2.Count < all.Matrix.Units.Count, "The contributor saw every unit's row of the matrix.");
        Assert.All(own.Matrix.Cells, c => Assert.Contains(c.UnitCode, scope2));
        Assert.All(own.Tasks.SelectMany(t => t.Evidence), e => Assert.Contains(e.Unit!, scope2));
        Assert.All(own.Tasks.SelectMany(t => t.Rules).SelectMany(r => r.Units), u => Assert.Contains(u.UnitCode, scope2));
        Assert.True(all.Tasks.SelectMany(t => t.Evidence).Count() > own.Tasks.SelectMany(t => t.Evidence).Count());
    }

    private static async Task<HttpClient> EditorApiAsync(ParPortalFactory factory)
    {
        await factory.EnsureUserAsync("o-editor-api", Roles.Editor);
        return await factory.ApiClientAsync("o-editor-api");
    }

    private static async Task<Guid> UploadPdfAsync(ParPortalFactory factory, HttpClient client, string name)
    {
        var html = await (await client.GetAsync("/admin/media")).Content.ReadAsStringAsync();
        var token = new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(string.Empty), "altText" },
            { new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")), "file", name },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/admin/media?handler=Upload", form)).StatusCode);
        await using var scope = factory.Scope();
        return await factory.Db(scope).MediaFiles.Where(f => f.OriginalFileName == name).Select(f => f.Id).SingleAsync();
    }

    private static async Task<bool> ExistsAsync(ParPortalFactory factory, Guid id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).MediaFiles.AnyAsync(f => f.Id == id);
    }
}
