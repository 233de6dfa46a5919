using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Editor;

/// <summary>
/// Two editors save the same item: the second is told who saved and when, keeps the text they typed in the form,
/// sees what changed, and nothing is overwritten unless they choose to save over the newer version.
/// </summary>
public sealed class SaveConflictTests(AdminHost factory) : IClassFixture<AdminHost>
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private static Dictionary<string, string> Form(string title, string body, int baseVersion) => new()
    {
        ["Input.Title"] = title,
        ["Input.Body"] = body,
        ["Input.Unit"] = AdminTestData.UnitA,
        ["BaseVersion"] = baseVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task EditForm_NamesWhoSavedKeepsTheTextAndShowsTheirChanges_WhenSomeoneSavedMeanwhile()
    {
        var admin = await factory.AdminClientAsync();
        await factory.EnsureUserAsync("bientap.hai." + run, Roles.Editor);
        var other = await factory.LoginAsync("bientap.hai." + run);
        var id = await factory.CreateArticleAsync($"Lịch tiếp dân {run}", "<p>Thứ Năm hằng tuần.</p>", AdminTestData.UnitA);
        var url = $"/admin/content/{id}/edit";

        var theirs = await other.PostFormAsync(url, Form($"Lịch tiếp dân {run}", "<p>Thứ Sáu hằng tuần.</p>", 1));
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        var mine = await admin.PostFormAsync(url, Form($"Lịch tiếp dân mới {run}", "<p>Thứ Năm và thứ Bảy.</p>", 1));

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var page = new HtmlParser().ParseDocument(await mine.Content.ReadAsStringAsync());
        var heading = page.QuerySelector(".conflict h2")!.TextContent;
        Assert.Contains("bientap.hai." + run, heading);
        Assert.Contains("phiên bản 2", heading);
        Assert.Matches(@"\d{2}/\d{2}/\d{4}", heading);
        Assert.Equal($"Lịch tiếp dân mới {run}", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Contains("Thứ Năm và thứ Bảy.", page.QuerySelector("#Input_Body")!.TextContent);
        Assert.Equal("1", page.QuerySelector("input[name=BaseVersion]")!.GetAttribute("value"));
        // What the other editor changed (version 1 → 2) is shown word by word.
        Assert.Contains(page.QuerySelectorAll(".conflict tr[data-field=Body] ins"), e => e.TextContent == "Sáu");
        Assert.Equal("2", page.QuerySelector("button[name=ReplaceVersion]")!.GetAttribute("value"));
        await using var scope = factory.Scope();
        var latest = await factory.Db(scope).ContentVersions.SingleAsync(v => v.ContentItemId == id && v.IsLatest);
        Assert.Equal((2, "bientap.hai." + run), (latest.VersionNumber, latest.CreatedBy));
    }

    [Fact]
    public async Task EditForm_SavesOverTheNewerVersion_WhenTheEditorChoosesToReplaceIt()
    {
        var admin = await factory.AdminClientAsync();
        var id = await factory.CreateArticleAsync($"Thông báo {run}", "<p>Bản một.</p>", AdminTestData.UnitA);
        await factory.SaveArticleAsync(id, 1, $"Thông báo {run}", "<p>Bản hai của người khác.</p>", "nguoikhac");
        var url = $"/admin/content/{id}/edit";

        var replaced = await admin.PostFormAsync(url, new(Form($"Thông báo {run}", "<p>Bản của tôi.</p>", 1)) { ["ReplaceVersion"] = "2" });
        var stale = await admin.PostFormAsync(url, new(Form($"Thông báo {run}", "<p>Lần nữa.</p>", 1)) { ["ReplaceVersion"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        // Version 2 is no longer the latest: replacing it again is refused like any stale save.
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        await using var scope = factory.Scope();
        var versions = await factory.Db(scope).Articles.Where(v => v.ContentItemId == id).OrderBy(v => v.VersionNumber).Select(v => v.Body).ToListAsync();
        Assert.Equal(["<p>Bản một.</p>", "<p>Bản hai của người khác.</p>", "<p>Bản của tôi.</p>"], versions);
    }
}
