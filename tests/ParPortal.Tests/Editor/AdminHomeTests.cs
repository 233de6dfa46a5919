using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Content;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Editor;

/// <summary>The admin home of each role: the lists a person needs, within what their role lets them see.</summary>
public sealed class AdminHomeTests(AdminHost factory) : IClassFixture<AdminHost>
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private static async Task<IDocument> HomeAsync(HttpClient client) => new HtmlParser().ParseDocument(await client.GetStringAsync("/admin"));

    private static IEnumerable<string> Titles(IDocument page, string listId) =>
        page.QuerySelector($"section[aria-labelledby={listId}]")?.QuerySelectorAll(".home-items a").Select(a => a.TextContent.Trim()) ?? [];

    private async Task SubmitAsync(Guid id, string actor)
    {
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<ContentManager>().SubmitAsync(id, actor);
    }

    [Fact]
    public async Task Home_ListsItemsWaitingForReview_WhenTheUserIsAnEditor()
    {
        await factory.AdminClientAsync();
        await factory.EnsureUserAsync("bientap." + run, Roles.Editor);
        var id = await factory.CreateArticleAsync($"Chờ duyệt {run}", "<p>a</p>", AdminTestData.UnitB, actor: "ai.do");
        await SubmitAsync(id, "ai.do");

        var page = await HomeAsync(await factory.LoginAsync("bientap." + run));

        Assert.Equal("Chờ tôi duyệt", page.QuerySelector("#to-review")!.FirstChild!.TextContent.Trim());
        Assert.Contains($"Chờ duyệt {run}", Titles(page, "to-review"));
        Assert.NotNull(page.QuerySelector("#activity"));
    }

    [Fact]
    public async Task Home_ShowsOnlyTheContributorsOwnDraftsAndUnit_WhenTheUserIsAContributor()
    {
        await factory.AdminClientAsync();
        var me = "ctv.a." + run;
        await factory.EnsureUserAsync(me, Roles.Contributor, AdminTestData.UnitA);
        await factory.CreateArticleAsync($"Nháp của tôi {run}", "<p>a</p>", AdminTestData.UnitA, actor: me);
        await factory.CreateArticleAsync($"Nháp của người khác {run}", "<p>a</p>", AdminTestData.UnitA, actor: "nguoi.khac");
        await factory.CreateArticleAsync($"Đơn vị B đã xuất bản {run}", "<p>a</p>", AdminTestData.UnitB, publish: true);
        var sent = await factory.CreateArticleAsync($"Tôi đã gửi {run}", "<p>a</p>", AdminTestData.UnitA, actor: me);
        await SubmitAsync(sent, me);

        var page = await HomeAsync(await factory.LoginAsync(me));

        Assert.Equal([$"Nháp của tôi {run}"], Titles(page, "my-drafts").Where(t => t.EndsWith(run, StringComparison.Ordinal)));
        Assert.Null(page.QuerySelector("#to-review"));
        Assert.Contains($"Tôi đã gửi {run}", Titles(page, "sent"));
        Assert.DoesNotContain($"Đơn vị B đã xuất bản {run}", Titles(page, "published"));
        Assert.Equal("Việc tôi làm gần đây", page.QuerySelector("#activity")!.TextContent.Trim());
    }

    [Fact]
    public async Task Home_HasNoDraftOrReviewList_WhenTheUserIsTheOffice()
    {
        await factory.AdminClientAsync();
        await factory.EnsureUserAsync("vanphong." + run, Roles.Office);

        var page = await HomeAsync(await factory.LoginAsync("vanphong." + run));

        Assert.Null(page.QuerySelector("#my-drafts"));
        Assert.Null(page.QuerySelector("#to-review"));
        Assert.Null(page.QuerySelector("#sent"));
        Assert.NotNull(page.QuerySelector("#published"));
    }
}
