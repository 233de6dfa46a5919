using System.Net;
using AngleSharp.Html.Parser;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Editor;

/// <summary>Any version shown, two versions compared side by side, and the links from the item page.</summary>
public sealed class VersionPagesTests(AdminHost factory) : IClassFixture<AdminHost>
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task VersionPage_ShowsAnOldVersionsFieldsAndBody_WhenAnEditorOpensIt()
    {
        var admin = await factory.AdminClientAsync();
        var id = await factory.CreateArticleAsync($"Bản đầu {run}", "<p>Nội dung bản một.</p>", AdminTestData.UnitA);
        await factory.SaveArticleAsync(id, 1, $"Bản hai {run}", "<p>Nội dung bản hai.</p>");

        var page = new HtmlParser().ParseDocument(await (await admin.GetAsync($"/admin/content/{id}/versions/1")).Content.ReadAsStringAsync());

        Assert.Equal("Phiên bản 1", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains($"Bản đầu {run}", page.QuerySelector("dl.version-fields")!.TextContent);
        Assert.Contains("Nội dung bản một.", page.QuerySelector(".version-body")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/admin/content/{id}/compare?from=1']"));
        Assert.NotNull(page.QuerySelector($"a[href='/admin/preview/article/{id}/1']"));
    }

    [Fact]
    public async Task ComparePage_MarksRemovedAndAddedWordsSideBySide_WhenTwoVersionsDiffer()
    {
        var admin = await factory.AdminClientAsync();
        var id = await factory.CreateArticleAsync($"Lịch tiếp dân {run}", "<p>Tiếp công dân vào thứ Năm hằng tuần.</p>", AdminTestData.UnitA);
        await factory.SaveArticleAsync(id, 1, $"Lịch tiếp dân {run}", "<p>Tiếp công dân vào thứ Sáu hằng tuần.</p>");

        var page = new HtmlParser().ParseDocument(await (await admin.GetAsync($"/admin/content/{id}/compare?from=1&to=2")).Content.ReadAsStringAsync());

        var body = page.QuerySelector("tr[data-field=Body]")!;
        var cells = body.QuerySelectorAll("td");
        Assert.Equal("Năm", cells[0].QuerySelector("del")!.TextContent);
        Assert.Null(cells[0].QuerySelector("ins"));
        Assert.Equal("Sáu", cells[1].QuerySelector("ins")!.TextContent);
        Assert.Null(page.QuerySelector("tr[data-field=Title]"));
    }

    [Fact]
    public async Task ComparePage_IsForbidden_WhenAContributorOfAnotherUnitAsks()
    {
        await factory.AdminClientAsync();
        await factory.EnsureUserAsync("ctv.b." + run, Roles.Contributor, AdminTestData.UnitB);
        var contributor = await factory.LoginAsync("ctv.b." + run);
        var id = await factory.CreateArticleAsync($"Của đơn vị A {run}", "<p>a</p>", AdminTestData.UnitA);
        await factory.SaveArticleAsync(id, 1, $"Của đơn vị A {run}", "<p>b</p>");

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(contributor, $"/admin/content/{id}/compare"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(contributor, $"/admin/content/{id}/versions/1"));
    }

    [Fact]
    public async Task ItemPage_LinksToThePublicPageAndThePreview_WhenPublishedWithANewerDraft()
    {
        var admin = await factory.AdminClientAsync();
        var id = await factory.CreateArticleAsync($"Đã xuất bản {run}", "<p>a</p>", AdminTestData.UnitA, publish: true);
        await factory.SaveArticleAsync(id, 1, $"Đã xuất bản, sửa {run}", "<p>b</p>");

        var page = new HtmlParser().ParseDocument(await (await admin.GetAsync($"/admin/content/{id}")).Content.ReadAsStringAsync());

        var live = page.QuerySelectorAll("a.button").Single(a => a.TextContent.Trim() == "Xem trên trang");
        Assert.StartsWith("/tin-bai/", live.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/admin/preview/article/{id}/2");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/admin/content/{id}/versions/1");
        Assert.Equal(2, page.QuerySelectorAll("input[type=radio][form=compare-form]").Count(r => r.HasAttribute("checked")));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/admin/denied", StringComparison.Ordinal)
            ? HttpStatusCode.Forbidden
            : response.StatusCode;
    }
}
