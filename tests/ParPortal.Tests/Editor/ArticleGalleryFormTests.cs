using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Editor;

/// <summary>The article form's picture fields: the featured image and the gallery rows, each image with its description.</summary>
public sealed class ArticleGalleryFormTests(AdminHost factory) : IClassFixture<AdminHost>
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private static FormUrlEncodedContent Form(string token, string title, params (string Url, string Alt, string Caption)[] rows)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token), new("Input.Title", title), new("Input.Body", "<p>Nội dung.</p>"),
            new("Input.Unit", AdminTestData.UnitA), new("Input.ImageUrl", "/media/0f8fad5bd9cb469fa16570867728950e/960.jpg"),
            new("Input.ImageAlt", "Ảnh đại diện"), new("Input.ImageCaption", "Chú thích đại diện"),
        };
        foreach (var (url, alt, caption) in rows)
        {
            fields.Add(new("Input.GalleryUrl", url));
            fields.Add(new("Input.GalleryAlt", alt));
            fields.Add(new("Input.GalleryCaption", caption));
        }

        return new FormUrlEncodedContent(fields);
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync("/admin/content/new/Article"))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    [Fact]
    public async Task ArticleForm_SavesTheGalleryInRowOrderAndSkipsEmptyRows_WhenPosted()
    {
        var admin = await factory.AdminClientAsync();
        var title = $"Bộ ảnh hội nghị {run}";

        var response = await admin.PostAsync("/admin/content/new/Article", Form(await TokenAsync(admin), title,
            ("/media/aa/2.jpg", "Ảnh hai", "Phát biểu khai mạc"), ("", "", ""), ("/media/bb/1.jpg", "Ảnh một", "")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Scope();
        var v = await factory.Db(scope).Articles.SingleAsync(a => a.Title == title);
        Assert.Equal(["/media/aa/2.jpg", "/media/bb/1.jpg"], v.Gallery.Select(g => g.Url));
        Assert.Equal(("Ảnh hai", "Phát biểu khai mạc"), (v.Gallery[0].Alt, v.Gallery[0].Caption));
        Assert.Null(v.Gallery[1].Caption);
        Assert.Equal(("Ảnh đại diện", "Chú thích đại diện"), (v.ImageAlt, v.ImageCaption));

        // The form shows the rows back, plus one empty row for the next image.
        var edit = new HtmlParser().ParseDocument(await admin.GetStringAsync($"/admin/content/{v.ContentItemId}/edit"));
        Assert.Equal(["/media/aa/2.jpg", "/media/bb/1.jpg", ""], edit.QuerySelectorAll("input[name='Input.GalleryUrl']").Select(i => i.GetAttribute("value") ?? ""));
    }

    [Fact]
    public async Task ArticleForm_ShowsTheErrorAndSavesNothing_WhenAGalleryImageHasNoDescription()
    {
        var admin = await factory.AdminClientAsync();
        var title = $"Bộ ảnh thiếu mô tả {run}";

        var response = await admin.PostAsync("/admin/content/new/Article", Form(await TokenAsync(admin), title, ("/media/aa/2.jpg", "", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ảnh thứ 1 của bộ ảnh cần có mô tả", page.QuerySelector("fieldset.gallery .error")!.TextContent);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Articles.AnyAsync(a => a.Title == title));
    }
}
